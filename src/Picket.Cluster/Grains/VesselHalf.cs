using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Grains;

/// <summary>
/// The per-vessel half of detection for one vessel grain: its own track builder and per-vessel detectors (port calls,
/// loitering runs, silences, draught), recording the messages for the area half as the library's
/// <c>VesselPartition</c> does, with a state that saves and restores through the library's snapshots. A message is
/// placed in the stream by the fix being handled; one raised by the clock (a segment swept after a long silence) is
/// placed at the epoch's release point, never before what the client has already routed.
/// </summary>
internal sealed class VesselHalf : ITrackSink, IAreaInbox
{
    private const string Magic = "picket.cluster.vessel";
    private const int Version = 1;
    private readonly DetectorContext _ctx;
    private readonly VesselDetectors _vessels;
    private readonly VesselTracker _tracker;
    private bool _atEnd;
    private long _ticks;
    private uint _mmsi;
    private long _seq;
    private long _floor;

    public VesselHalf(IEventSink events, DetectionOptions options, TrackBuilderOptions tracks)
    {
        _ctx = new DetectorContext(options, events, m => new EventVessel(m));
        _vessels = new VesselDetectors(_ctx, this);
        // Track events (jumps, clashes, identity changes) are the client's: it builds the tracks for its outputs anyway.
        _tracker = new VesselTracker(this, new NullEventSink(), tracks);
    }

    public List<AreaMessage> Messages { get; } = [];

    /// <summary>The stream time of what is being handled (the fix released), or <see cref="long.MaxValue"/> after the end of input.</summary>
    public long StreamTicks => _atEnd ? long.MaxValue : _ticks;

    public void Add(in VesselFix fix) => _tracker.Add(fix);

    public void Add(in IdentityReport report) => _vessels.OnIdentity(report);

    public void OnSighting(Mmsi mmsi, in StsSighting sighting, long emittedTicks) => _vessels.OnSighting(mmsi, sighting, emittedTicks);

    /// <summary>
    /// The epoch ended with the whole stream at <paramref name="streamTicks"/>: fixes older than the reorder window are
    /// placed, as the one-process builder has placed them by then, and vessels silent past the segment gap are swept.
    /// A fix placed here keeps its own time as its place in the stream: the client routes this epoch's messages up to
    /// the release point, so it still goes out among the other vessels' fixes of its time (a vessel's last fix before
    /// a silence is placed only now, and one process counts it, e.g. for reception, when the stream passes it). Only
    /// then does the release point become the floor for what later epochs raise.
    /// </summary>
    public void EndEpoch(long streamTicks)
    {
        _tracker.AdvanceTo(new DateTimeOffset(streamTicks, TimeSpan.Zero));
        var release = streamTicks - _tracker.Tracks.Options.ReorderWindow.Ticks;
        if (release > _floor)
            _floor = release;
    }

    /// <summary>End of input, before the areas flush: pending fixes, then every open segment closed.</summary>
    public void Finish()
    {
        _tracker.Tracks.ReleasePending();
        _atEnd = true;
        _tracker.Flush();
        _vessels.CloseOpenSegments();
    }

    /// <summary>After the areas flushed: the held draught changes.</summary>
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
        else
            _mmsi = segment.Mmsi.Value;
        _vessels.OnSegmentClosed(segment.Id);
        Record(new AreaMessage(_atEnd, _ticks, _mmsi, 0, AreaMessageKind.SegmentClosed, SegmentId: segment.Id));
    }

    public void OnGap(in GapReport gap) => Record(new AreaMessage(_atEnd, _ticks, _mmsi, 0, AreaMessageKind.Gap, Gap: gap));

    public void OnLoitering(in LoiteringCandidate candidate) =>
        Record(new AreaMessage(_atEnd, _ticks, _mmsi, 0, AreaMessageKind.Loitering, Loitering: candidate));

    private void Record(AreaMessage m)
    {
        if (!m.AtEnd && m.Ticks < _floor)
            m = m with { Ticks = _floor };
        Messages.Add(m with { Seq = _seq++ });
    }

    public byte[] Save()
    {
        var buffer = new MemoryStream();
        _tracker.Tracks.SaveState(buffer);
        using (var w = new StateWriter(buffer))
        {
            w.Header(Magic, Version);
            w.Write(_ticks);
            w.Write((long)_mmsi);
            w.Write(_seq);
            w.Write(_floor);
            _vessels.Save(w);
        }
        return buffer.ToArray();
    }

    /// <summary>Takes what <see cref="Save"/> wrote, into a new half.</summary>
    public void Restore(byte[] snapshot)
    {
        var stream = new MemoryStream(snapshot, writable: false);
        _tracker.Tracks.RestoreState(stream);
        using var r = new StateReader(stream);
        r.Header(Magic, Version);
        _ticks = r.Long();
        _mmsi = (uint)r.Long();
        _seq = r.Long();
        _floor = r.Long();
        _vessels.Load(r);
    }
}
