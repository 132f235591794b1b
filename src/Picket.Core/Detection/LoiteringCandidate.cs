using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>A loitering run that passed its filters, held back until a partner's gap can be matched to it.</summary>
internal readonly record struct LoiteringCandidate(string Id, Mmsi Mmsi, long SegmentId, DateTimeOffset Start, DateTimeOffset End, double Lat, double Lon, LoiteringEvidence Evidence);

/// <summary>A vessel's silence at sea: closed (a reported gap) or still open (<see cref="EndTicks"/> = long.MaxValue).</summary>
internal readonly record struct GapRecord(string? EventId, Mmsi Mmsi, long StartTicks, long EndTicks, double StartLat, double StartLon, double EndLat, double EndLon)
{
    public bool IsOpen => EndTicks == long.MaxValue;
}
