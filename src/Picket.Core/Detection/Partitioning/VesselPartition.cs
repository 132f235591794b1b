using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One vessel partition of a partitioned run: its own track builder and per-vessel detectors over the MMSIs it was
/// given, recording the messages for the area half (<see cref="Messages"/>) and emitting its own events (position
/// jumps, identity clashes and changes, port calls, draught changes). Sightings from the area partitions can be
/// given beforehand: each is read only by changes judged after its emission time, as in one process.
/// </summary>
internal sealed class VesselPartition : ITrackSink, IAreaInbox
{
    private readonly DetectorContext _ctx;
    private readonly VesselDetectors _vessels;
    private readonly VesselTracker _tracker;
    private bool _atEnd;
    private long _ticks;
    private uint _mmsi;
    private long _seq;

    public VesselPartition(IEventSink events, DetectionOptions options, IEnumerable<TimedSighting>? sightings)
    {
        _ctx = new DetectorContext(options, events, m => new EventVessel(m));
        _vessels = new VesselDetectors(_ctx, this);
        _tracker = new VesselTracker(this, events);
        foreach (var s in sightings ?? [])
            _vessels.OnSighting(s.Mmsi, s.Sighting, s.EmittedTicks);
    }

    public List<AreaMessage> Messages { get; } = [];

    public void Add(in VesselFix fix) => _tracker.Add(fix);

    public void Add(in IdentityReport report)
    {
        _tracker.Add(report);
        _vessels.OnIdentity(report);
    }

    public void Finish()
    {
        _tracker.Tracks.ReleasePending(); // the fixes still in the reorder window belong to the stream, the closes after them to the end
        _atEnd = true;
        _tracker.Flush();
        _vessels.CloseOpenSegments();
    }

    /// <summary>After the area partitions flushed: the held draught changes.</summary>
    public void FlushHeld() => _vessels.FlushHeld();

    public void OnFix(in SegmentFix fix)
    {
        (_ticks, _mmsi) = (fix.Fix.Time.UtcTicks, fix.Fix.Mmsi.Value);
        var segment = _vessels.Record(fix);
        var counts = _vessels.OnFix(fix, segment);
        Record(new AreaMessage(false, _ticks, _mmsi, 0, AreaMessageKind.Fix, Fix: new AreaFix(fix, counts)));
    }

    public void OnSegmentClosed(in TrackSegment segment)
    {
        if (_atEnd)
            (_ticks, _mmsi) = (0, segment.Mmsi.Value);
        _vessels.OnSegmentClosed(segment.Id);
        Record(new AreaMessage(_atEnd, _ticks, _mmsi, 0, AreaMessageKind.SegmentClosed, SegmentId: segment.Id));
    }

    public void OnGap(in GapReport gap) => Record(new AreaMessage(_atEnd, _ticks, _mmsi, 0, AreaMessageKind.Gap, Gap: gap));

    public void OnLoitering(in LoiteringCandidate candidate) =>
        Record(new AreaMessage(_atEnd, _ticks, _mmsi, 0, AreaMessageKind.Loitering, Loitering: candidate));

    private void Record(AreaMessage m) => Messages.Add(m with { Seq = _seq++ });
}
