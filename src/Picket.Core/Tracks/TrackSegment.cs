using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// A closed segment: a run of fixes from one MMSI that one vessel could have made. Several can exist for one MMSI at
/// once (two transmitters, a spoofed burst). <see cref="Id"/> is derived from the MMSI and the first fix alone (see
/// <see cref="SegmentIds"/>), so it does not move when other vessels' input changes; <see cref="Name"/> renders the
/// segment GFW-style as MMSI-start time.
/// </summary>
/// <param name="Id">Derived from the MMSI and the first fix alone.</param>
/// <param name="Mmsi">The MMSI whose fixes the segment holds.</param>
/// <param name="Start">UTC time of the first fix.</param>
/// <param name="End">UTC time of the last fix.</param>
/// <param name="First">Position of the first fix.</param>
/// <param name="Last">Position of the last fix.</param>
/// <param name="FixCount">Fixes placed in the segment.</param>
/// <param name="Role">An ordinary track, or a jump or clash beside one.</param>
/// <param name="ParentId">For a jump or a clash, the id of the track it branched from; 0 for a track.</param>
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
