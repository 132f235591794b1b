using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

// The two halves of detection talk only through these messages. The per-vessel half (Vessel/, state keyed by hull:
// segment or MMSI) sends the area half each fix, each closed or open gap and each loitering run; the per-area half
// (Area/, state keyed by sea cell) sends back the ship-to-ship sightings a draught change is explained by. In one
// process the messages are method calls (SeaEventDetectors); partitioned, they are routed by MMSI and by cell.

/// <summary>What the per-vessel half tells the per-area half, besides the fixes themselves.</summary>
internal interface IAreaInbox
{
    void OnGap(in GapReport gap);

    void OnLoitering(in LoiteringCandidate candidate);
}

/// <summary>What the per-area half tells the per-vessel half: an event a vessel took part in, at the area's clock.</summary>
internal interface ISightingInbox
{
    void OnSighting(Mmsi mmsi, in StsSighting sighting, long emittedTicks);
}

/// <summary>One fix for the area half; <paramref name="CountsForReception"/> when it is the vessel's first in its (reception cell, hour).</summary>
internal readonly record struct AreaFix(SegmentFix Fix, bool CountsForReception);

/// <summary>A loitering run that passed its filters, held back until a partner's gap can be matched to it.</summary>
internal readonly record struct LoiteringCandidate(string Id, Mmsi Mmsi, long SegmentId, DateTimeOffset Start, DateTimeOffset End, double Lat, double Lon, LoiteringEvidence Evidence);

/// <summary>
/// A vessel's silence of a gap's length as its own half saw it: closed by the fix at <see cref="OnTicks"/>, or still
/// open at that clock time (<see cref="Open"/>). <see cref="OwnKeys"/> are the (cell, hour) reception keys the vessel
/// counted itself in, so the area half can take its own share out of the "before" count.
/// </summary>
internal readonly record struct GapReport(Mmsi Mmsi, long OffTicks, double OffLat, double OffLon, long SegmentBefore,
    long OnTicks, double OnLat, double OnLon, long SegmentAfter, bool Open, long[] OwnKeys);

/// <summary>A vessel's silence at sea: closed (a reported gap) or still open (<see cref="EndTicks"/> = long.MaxValue).</summary>
internal readonly record struct GapRecord(string? EventId, Mmsi Mmsi, long StartTicks, long EndTicks, double StartLat, double StartLon, double EndLat, double EndLon)
{
    public bool IsOpen => EndTicks == long.MaxValue;
}
