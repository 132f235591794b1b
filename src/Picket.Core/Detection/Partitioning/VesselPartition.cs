using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One vessel partition of a partitioned run: its own track builder and per-vessel detectors over the MMSIs it was
/// given, recording the messages for the area half (<see cref="Messages"/>) and emitting its own events (port calls,
/// draught changes; the builder's position jumps, identity clashes and changes where <c>trackEvents</c> takes them).
/// Sightings from the area partitions are read only by changes judged after their emission time, as in one process.
/// A host that runs the stream in epochs (the cluster's vessel grain) ends each with <see cref="EndEpoch"/> and carries
/// the partition across epochs through <see cref="SaveTracks"/>/<see cref="Save"/> and their restores.
/// </summary>
internal sealed class VesselPartition : ITrackSink, IAreaInbox
{
    private readonly VesselDetectors _vessels;
    private readonly VesselTracker _tracker;
    private readonly bool _identitiesToTracks;
    private bool _atEnd;
    private long _ticks;
    private uint _mmsi;
    private long _seq;
    private long _floor;

    /// <summary>A partition of an in-process run: every event to <paramref name="events"/>, the sightings given beforehand.</summary>
    public VesselPartition(IEventSink events, DetectionOptions options, IEnumerable<TimedSighting>? sightings)
        : this(events, events, options, tracks: null, identitiesToTracks: true)
    {
        foreach (var s in sightings ?? [])
            OnSighting(s.Mmsi, s.Sighting, s.EmittedTicks);
    }

    /// <param name="events">Receives the per-vessel detectors' events.</param>
    /// <param name="trackEvents">Receives the track builder's events (position jumps, identity clashes and changes).</param>
    /// <param name="options">The detectors' options.</param>
    /// <param name="tracks">The track builder's options; null for the defaults.</param>
    /// <param name="identitiesToTracks">
    /// Whether identity reports also go to the track builder's identity timelines. A host that builds the track events
    /// elsewhere (the cluster's client has the whole feed for them) keeps them out, and with them their memory.
    /// </param>
    public VesselPartition(IEventSink events, IEventSink trackEvents, DetectionOptions options, TrackBuilderOptions? tracks, bool identitiesToTracks)
    {
        _vessels = new VesselDetectors(new DetectorContext(options, events, m => new EventVessel(m)), this);
        _tracker = new VesselTracker(this, trackEvents, tracks);
        _identitiesToTracks = identitiesToTracks;
    }

    public List<AreaMessage> Messages { get; } = [];

    /// <summary>The stream time of what is being handled (the fix released), or <see cref="long.MaxValue"/> after the end of input.</summary>
    public long StreamTicks => _atEnd ? long.MaxValue : _ticks;

    public void Add(in VesselFix fix) => _tracker.Add(fix);

    public void Add(in IdentityReport report)
    {
        if (_identitiesToTracks)
            _tracker.Add(report);
        _vessels.OnIdentity(report);
    }

    /// <summary>A sighting an area partition emitted at <paramref name="emittedTicks"/>, for the draught links.</summary>
    public void OnSighting(Mmsi mmsi, in StsSighting sighting, long emittedTicks) => _vessels.OnSighting(mmsi, sighting, emittedTicks);

    /// <summary>
    /// An epoch ended with the whole stream at <paramref name="streamTicks"/>: fixes older than the reorder window are
    /// placed, as the one-process builder has placed them by then, and vessels silent past the segment gap are swept.
    /// A fix placed here keeps its own time as its place in the stream: the host routes the epoch's messages up to the
    /// release point, so it still goes out among the other vessels' fixes of its time (a vessel's last fix before a
    /// silence is placed only now, and one process counts it, e.g. for reception, when the stream passes it). Only then
    /// does the release point become the floor: a message raised later by the clock (a segment swept after a long
    /// silence) is placed there, never before what the host has already routed.
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

    private void Record(AreaMessage m)
    {
        if (!m.AtEnd && m.Ticks < _floor)
            m = m with { Ticks = _floor };
        Messages.Add(m with { Seq = _seq++ });
    }

    /// <summary>Writes the track builder's state (first, in its own format; then <see cref="Save"/>).</summary>
    public void SaveTracks(Stream stream) => _tracker.Tracks.SaveState(stream);

    /// <summary>Takes what <see cref="SaveTracks"/> wrote, into a new partition with the same options.</summary>
    public void RestoreTracks(Stream stream) => _tracker.Tracks.RestoreState(stream);

    /// <summary>Writes the partition's place in the stream and its detectors' state.</summary>
    public void Save(StateWriter w)
    {
        w.Write(_ticks);
        w.Write((long)_mmsi);
        w.Write(_seq);
        w.Write(_floor);
        _vessels.Save(w);
    }

    /// <summary>Takes what <see cref="Save"/> wrote, into a new partition with the same options.</summary>
    public void Load(StateReader r)
    {
        _ticks = r.Long();
        _mmsi = (uint)r.Long();
        _seq = r.Long();
        _floor = r.Long();
        _vessels.Load(r);
    }
}
