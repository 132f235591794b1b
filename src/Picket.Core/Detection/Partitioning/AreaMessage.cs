using Picket.Core.Vessels;

namespace Picket.Core.Detection;

internal enum AreaMessageKind : byte
{
    Fix,
    Gap,
    Loitering,
    SegmentClosed,
}

/// <summary>
/// A message of the vessel half to the area half, as a partitioned run records it: what, and where it falls in the
/// whole stream. The track builder releases fixes in (time, MMSI, …) order, so (<see cref="Ticks"/>, <see cref="Mmsi"/>)
/// of the fix being handled places the message among those of other vessel partitions, and <see cref="Seq"/> among
/// those of its own. Messages after the end of input (<see cref="AtEnd"/>) come in MMSI order, as the builder's flush.
/// </summary>
internal readonly record struct AreaMessage(bool AtEnd, long Ticks, uint Mmsi, long Seq, AreaMessageKind Kind,
    AreaFix Fix = default, GapReport Gap = default, LoiteringCandidate Loitering = default, long SegmentId = 0)
{
    public static int Compare(AreaMessage a, AreaMessage b)
    {
        var c = a.AtEnd.CompareTo(b.AtEnd);
        if (c == 0) c = a.Ticks.CompareTo(b.Ticks);
        if (c == 0) c = a.Mmsi.CompareTo(b.Mmsi);
        if (c == 0) c = a.Seq.CompareTo(b.Seq);
        return c;
    }
}

/// <summary>A sighting an area partition emitted for an event it owns, with its clock, for the vessel partitions' draught links.</summary>
internal readonly record struct TimedSighting(Mmsi Mmsi, StsSighting Sighting, long EmittedTicks);
