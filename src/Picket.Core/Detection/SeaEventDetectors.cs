using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// The detection stage: an <see cref="ITrackSink"/> that fans the track builder's output out to the sea-event
/// detectors (encounter, loitering with the dark-STS link, gap, port call, draught change). Give it to a
/// <see cref="VesselTracker"/> as its segment sink and pass identity reports to <see cref="OnIdentity"/> too; call
/// <see cref="Flush"/> after the tracker's own flush. Every detector streams: memory is bounded by the vessels
/// active at once, not by the length of the input. Not thread-safe: one instance per partition, like the builder.
/// </summary>
public sealed class SeaEventDetectors : ITrackSink
{
    private readonly DetectorContext _ctx;
    private readonly EncounterDetector _encounters;
    private readonly LoiteringDetector _loitering;
    private readonly GapDetector _gaps;
    private readonly PortCallDetector _ports;
    private readonly DraughtChangeDetector _draught;
    private readonly DarkStsLinker _linker;
    private readonly ITrackSink? _next;
    private readonly Dictionary<long, SegmentRecord> _segments = [];
    private long _nowTicks = long.MinValue;

    /// <param name="events">Where events go.</param>
    /// <param name="options">Parameters; the published defaults when null.</param>
    /// <param name="resolveVessel">Fills IMO and name for event vessels (e.g. <see cref="IdentityTracker.Resolve"/>).</param>
    /// <param name="next">Another sink to pass the segments on to (e.g. a <see cref="SegmentCollector"/>), or null.</param>
    public SeaEventDetectors(IEventSink events, DetectionOptions? options = null, Func<Mmsi, EventVessel>? resolveVessel = null, ITrackSink? next = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        options ??= new DetectionOptions();
        options.Validate();
        _ctx = new DetectorContext(options, events, resolveVessel ?? (m => new EventVessel(m)));
        _linker = new DarkStsLinker(_ctx);
        _encounters = new EncounterDetector(_ctx);
        _loitering = new LoiteringDetector(_ctx, _linker);
        _gaps = new GapDetector(_ctx, _linker);
        _draught = new DraughtChangeDetector(_ctx);
        _ports = new PortCallDetector(_ctx, _draught);
        _linker.OpenSilences = _gaps.OpenSilences;
        _next = next;
    }

    public DetectionOptions Options => _ctx.Options;

    public DetectionStats Stats => _ctx.Stats;

    /// <summary>Records held in memory now (open segments, vessels, runs, held events): for tests and benchmarks of boundedness.</summary>
    public int HeldState => _segments.Count + _encounters.OpenRuns + _encounters.PendingSlots + _gaps.TrackedVessels
        + _draught.TrackedVessels + _linker.Held + _ctx.Sts.Count;

    public void OnFix(in SegmentFix fix)
    {
        _ctx.Stats.Fixes++;
        var t = fix.Fix.Time.UtcTicks;
        if (t > _nowTicks)
            _nowTicks = t;
        // One lookup per fix: every per-segment detector keeps its state in this record.
        if (!_segments.TryGetValue(fix.SegmentId, out var segment))
            _segments[fix.SegmentId] = segment = new SegmentRecord(fix.SegmentId, fix.Fix.Mmsi);
        if (t > segment.LastFixTicks)
            segment.LastFixTicks = t;
        _draught.OnFix(fix, segment);
        _gaps.OnFix(fix, segment);
        _ports.OnFix(fix, segment);
        _loitering.OnFix(fix, segment);
        _encounters.OnFix(fix, segment);
        _linker.Advance(_nowTicks);
        _next?.OnFix(fix);
    }

    public void OnSegmentClosed(in TrackSegment segment)
    {
        _ctx.Stats.Segments++;
        if (_segments.Remove(segment.Id, out var record))
        {
            _loitering.OnSegmentClosed(record);
            _ports.OnSegmentClosed(record);
            _draught.OnSegmentClosed(record);
        }
        _next?.OnSegmentClosed(segment);
    }

    /// <summary>
    /// The feed's clock reached <paramref name="now"/> and no fix before it is still to come (the track builder passes
    /// its clock on here; call it directly when feeding fixes without one). Silence then acts as a message would: a
    /// vessel silent for a gap's length while the feed goes on gets its gap reported as open (the same id it keeps when
    /// it reappears), a loitering run broken by that silence ends, encounter grid instants no fix can reach are paired,
    /// and held events (loitering waiting for a dark partner, draught changes waiting for their links) whose hold has
    /// run out are released. Time never goes back: an earlier <paramref name="now"/> does nothing.
    /// </summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        var t = now.UtcTicks;
        if (t > _nowTicks)
        {
            _nowTicks = t;
            _draught.Advance(t);
            _gaps.ReportOpen(t);
            CloseSilentRuns(t);
            _encounters.AdvanceTo(t);
            _linker.Advance(t);
        }
        _next?.AdvanceTo(now);
    }

    /// <summary>Loitering runs of segments silent for a gap's length end now, as the next fix would end them.</summary>
    private void CloseSilentRuns(long nowTicks)
    {
        var limit = nowTicks - _ctx.Options.GapMinDuration.Ticks;
        List<SegmentRecord>? silent = null;
        foreach (var record in _segments.Values)
            if (record.LastFixTicks <= limit && record.Loitering.RunFixes > 0)
                (silent ??= []).Add(record);
        if (silent is null)
            return;
        silent.Sort((a, b) => a.SegmentId.CompareTo(b.SegmentId));
        foreach (var record in silent)
            _loitering.OnSegmentClosed(record);
    }

    /// <summary>A static/voyage report (draught comes from type 5).</summary>
    public void OnIdentity(in IdentityReport report)
    {
        _ctx.Stats.IdentityReports++;
        _draught.OnIdentity(report);
    }

    /// <summary>End of input: closes every run and releases every held event. Call after <see cref="VesselTracker.Flush"/>.</summary>
    public void Flush()
    {
        _encounters.Flush();
        // Segment id order, loitering before port calls: the order events came out in when each detector kept its own table.
        var open = new List<SegmentRecord>(_segments.Values);
        open.Sort((a, b) => a.SegmentId.CompareTo(b.SegmentId));
        foreach (var record in open)
            _loitering.OnSegmentClosed(record);
        foreach (var record in open)
            _ports.OnSegmentClosed(record);
        _segments.Clear();
        _linker.Flush(_nowTicks);
        _draught.Flush();
    }
}
