using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One open segment as every per-segment detector sees it. <see cref="SeaEventDetectors"/> looks it up once per fix
/// and hands it to each detector, instead of each detector hashing the segment id into its own table: at thousands
/// of vessels those tables fall out of cache, so four lookups per fix cost four cache misses where this costs one.
/// Each detector's state is a struct inside this one object (declared next to the detector that owns it), so a fix
/// touches one contiguous record. Created at a segment's first fix, dropped when the track builder closes it.
/// </summary>
internal sealed class SegmentRecord(long segmentId, Mmsi mmsi)
{
    public readonly long SegmentId = segmentId;
    public readonly Mmsi Mmsi = mmsi;

    /// <summary>Stream time of the segment's latest fix, for the clock (<see cref="SeaEventDetectors.AdvanceTo"/>).</summary>
    public long LastFixTicks = long.MinValue;

    /// <summary>The encounter detector's resampling state: the segment's previous fix.</summary>
    public TrackResampler.SegmentState Resampling;

    public LoiteringDetector.SegmentState Loitering;

    public PortCallDetector.SegmentState PortCall;

    /// <summary>The gap detector's record of this segment's MMSI, cached so the per-MMSI table is not searched per fix.</summary>
    public GapDetector.VesselState? GapVessel;

    /// <summary>The hull this segment is (its draught state), shared with the hull's earlier segments.</summary>
    public DraughtHull? Draught;
}
