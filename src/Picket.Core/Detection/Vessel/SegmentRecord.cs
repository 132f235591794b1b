using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One open segment as every per-segment detector sees it. <see cref="VesselDetectors"/> looks it up once per fix
/// and hands it to each detector, instead of each detector hashing the segment id into its own table: at thousands
/// of vessels those tables fall out of cache, so four lookups per fix cost four cache misses where this costs one.
/// Each detector's state is a struct inside this one object (declared next to the detector that owns it), so a fix
/// touches one contiguous record. Created at a segment's first fix, dropped when the track builder closes it.
/// In one process the area half's state of the segment (<see cref="Area"/>) rides along for the same reason; a
/// partitioned area half keeps its own table of it instead.
/// </summary>
internal sealed class SegmentRecord(long segmentId, Mmsi mmsi)
{
    public readonly long SegmentId = segmentId;
    public readonly Mmsi Mmsi = mmsi;

    /// <summary>The segment's previous fix (its latest once a fix has been handled): time and position.</summary>
    public bool HasLast;
    public long LastTicks;
    public double LastLat, LastLon;

    public LoiteringDetector.SegmentState Loitering;

    public PortCallDetector.SegmentState PortCall;

    /// <summary>The silence tracker's record of this segment's MMSI, cached so the per-MMSI table is not searched per fix.</summary>
    public VesselSilences.VesselState? Silence;

    /// <summary>The hull this segment is (its draught state), shared with the hull's earlier segments.</summary>
    public DraughtHull? Draught;

    /// <summary>The area half's state of this segment, when both halves run in one process.</summary>
    public AreaTrack Area;

    /// <summary>Records the fix just handled as the segment's latest (the first, or a later instant).</summary>
    public void Seen(long ticks, double lat, double lon)
    {
        if (HasLast && ticks <= LastTicks)
            return;
        (HasLast, LastTicks, LastLat, LastLon) = (true, ticks, lat, lon);
    }
}
