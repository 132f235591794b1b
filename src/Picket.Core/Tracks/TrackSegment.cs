using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// A closed segment: a run of fixes from one MMSI that one vessel could have made. Several can exist for one MMSI at
/// once (two transmitters, a spoofed burst). <see cref="Id"/> is derived from the MMSI and the first fix alone (see
/// <see cref="SegmentIds"/>), so it does not move when other vessels' input changes; <see cref="Name"/> renders the
/// segment GFW-style as MMSI-start time.
/// </summary>
public readonly record struct TrackSegment(
    long Id,
    Mmsi Mmsi,
    DateTimeOffset Start,
    DateTimeOffset End,
    GeoPoint First,
    GeoPoint Last,
    int FixCount,
    SegmentRole Role,
    long ParentId)
{
    /// <summary>The segment as <c>MMSI-start</c> (e.g. <c>445112000-2018-03-02T10:00:00Z</c>), as Global Fishing Watch names segments.</summary>
    public string Name => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mmsi}-{Start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
}
