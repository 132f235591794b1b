using System.Globalization;
using Picket.Core.Vessels;

namespace Picket.Core.Events;

/// <summary>
/// Event ids derived from content only: type, the vessel's MMSI, start time and a discriminator computed from that
/// vessel's own data (its segment id — itself from MMSI and first fix, see <c>Tracks.SegmentIds</c> —, the partner's
/// MMSI, the IMO, the new draught…). Nothing from other vessels or from the order of the input may enter an id: then
/// removing an unrelated vessel, adding a second receiver's file or splitting the work by vessel leaves every other
/// event's id as it was, and a store that upserts by id holds each event once.
/// </summary>
public static class EventIds
{
    /// <summary>The id <c>type:mmsi:yyyyMMddTHHmmssZ:discriminator</c>, e.g. <c>gap:445112000:20180302T100000Z:7</c>, with the start in UTC to the second, invariant culture.</summary>
    public static string For(EventType type, Mmsi mmsi, DateTimeOffset start, long discriminator) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{type.ToWireName()}:{mmsi}:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}:{discriminator}");
}
