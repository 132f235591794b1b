using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Bench.Cluster;

/// <summary>
/// The vessel half as a vessel grain holds it — a track builder and the per-vessel detectors, its messages to the area
/// half dropped — kept here only to size its snapshot: the bytes a vessel grain writes at a checkpoint.
/// </summary>
internal sealed class VesselHalfProbe : ITrackSink, IAreaInbox
{
    private readonly VesselDetectors _vessels;
    private readonly VesselTracker _tracker;

    public VesselHalfProbe(DetectionOptions options)
    {
        var events = new NullEventSink();
        _vessels = new VesselDetectors(new DetectorContext(options, events, m => new EventVessel(m)), this);
        _tracker = new VesselTracker(this, events);
    }

    public void Add(in VesselFix fix) => _tracker.Add(fix);

    public void Add(in IdentityReport report)
    {
        _tracker.Add(report);
        _vessels.OnIdentity(report);
    }

    public void OnFix(in SegmentFix fix) => _vessels.OnFix(fix, _vessels.Record(fix));

    public void OnSegmentClosed(in TrackSegment segment) => _vessels.OnSegmentClosed(segment.Id);

    public void OnGap(in GapReport gap) { }

    public void OnLoitering(in LoiteringCandidate candidate) { }

    /// <summary>The track builder's snapshot followed by the vessel detectors', as one grain state.</summary>
    public long SnapshotBytes()
    {
        using var buffer = new MemoryStream();
        _tracker.Tracks.SaveState(buffer);
        using (var w = new StateWriter(buffer))
            _vessels.Save(w);
        return buffer.Length;
    }
}
