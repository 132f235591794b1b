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
public sealed partial class SeaEventDetectors : ITrackSink
{
    private readonly DetectorContext _ctx;
    private readonly VesselDetectors _vessels;
    private readonly AreaDetectors _areas;
    private readonly ITrackSink? _next;
    private long _nowTicks = long.MinValue;
    private long _vesselClockTicks = long.MinValue;

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
        // The two halves, wired to each other by their messages only: fixes, gaps and loitering runs one way, sightings back.
        var area = new AreaInboxRelay();
        _vessels = new VesselDetectors(_ctx, area);
        _areas = new AreaDetectors(_ctx, _vessels);
        area.Target = _areas;
        _next = next;
    }

    /// <summary>The parameters in use.</summary>
    public DetectionOptions Options => _ctx.Options;

    /// <summary>What the detectors saw and dropped so far.</summary>
    public DetectionStats Stats => _ctx.Stats;

    /// <summary>Records held in memory now (open segments, vessels, runs, held events): for tests and benchmarks of boundedness.</summary>
    public int HeldState => _vessels.HeldState + _areas.HeldState;

    /// <summary>Passes a placed fix to the per-vessel and per-area detectors, advances their clock to the fix's time, then to the next sink.</summary>
    public void OnFix(in SegmentFix fix)
    {
        _ctx.Stats.Fixes++;
        var t = fix.Fix.Time.UtcTicks;
        if (t > _nowTicks)
            _nowTicks = t;
        _areas.ReleaseDue(t); // loitering decided on what came before this time, whichever path reaches it first
        // One lookup per fix: both halves keep this segment's state in one record.
        var segment = _vessels.Record(fix);
        var counts = _vessels.OnFix(fix, segment);
        _areas.OnFix(fix, counts, ref segment.Area);
        _areas.Tick(_nowTicks);
        _next?.OnFix(fix);
    }

    /// <summary>Ends the segment's per-vessel state (loitering, port call, draught) and passes the segment on.</summary>
    public void OnSegmentClosed(in TrackSegment segment)
    {
        _ctx.Stats.Segments++;
        _vessels.OnSegmentClosed(segment.Id);
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
        _areas.ReleaseDue(t); // as before a fix of this time
        // The vessel half keeps a clock of its own: a fix placed at (or, from a receiver ahead of the others, after)
        // the clock moves _nowTicks there too, and on a busy feed one always is — silences would then be looked at only
        // in a lull of the whole feed. Not saved: advancing again after a restore repeats nothing (a silence is reported
        // open once, a run ended once).
        if (t > _vesselClockTicks)
        {
            _vesselClockTicks = t;
            _vessels.AdvanceTo(t);
        }
        if (t > _nowTicks)
        {
            _nowTicks = t;
            _areas.Tick(t);
        }
        _next?.AdvanceTo(now);
    }

    /// <summary>A static/voyage report (draught comes from type 5).</summary>
    public void OnIdentity(in IdentityReport report)
    {
        _ctx.Stats.IdentityReports++;
        _vessels.OnIdentity(report);
    }

    /// <summary>End of input: closes every run and releases every held event. Call after <see cref="VesselTracker.Flush"/>.</summary>
    public void Flush()
    {
        _areas.FlushEncounters();
        _vessels.CloseOpenSegments();
        _areas.FlushHeld();
        _vessels.FlushHeld();
    }

    /// <summary>Lets the vessel half be built before the area half it talks to.</summary>
    private sealed class AreaInboxRelay : IAreaInbox
    {
        public AreaDetectors? Target;

        public void OnGap(in GapReport gap) => Target!.OnGap(gap);

        public void OnLoitering(in LoiteringCandidate candidate) => Target!.OnLoitering(candidate);
    }
}
