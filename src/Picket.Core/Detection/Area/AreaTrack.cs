namespace Picket.Core.Detection;

/// <summary>
/// What the area half keeps per track segment it hears: the resampler's previous fix and a cached reference to the
/// vessel's place record (so the per-MMSI table is not searched on every fix). A struct, so that in one process it
/// sits inside the vessel half's <see cref="SegmentRecord"/> and a fix still touches one record.
/// </summary>
internal struct AreaTrack
{
    public TrackResampler.SegmentState Resampling;

    public GapDetector.VesselPlace? Vessel;
}
