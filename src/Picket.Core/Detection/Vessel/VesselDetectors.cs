using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// The per-vessel half of detection: the detectors whose state is keyed by hull — one segment's loitering runs and
/// port calls, one MMSI's silences (<see cref="VesselSilences"/>), one hull's draught. Everything a fix needs is
/// in its segment's <see cref="SegmentRecord"/>, looked up once. What the area half needs goes out through
/// <see cref="IAreaInbox"/>; the sightings that explain draught changes come back through <see cref="OnSighting"/>.
/// Fed the fixes of its MMSIs in time order (split by MMSI, any partition gives the same per-vessel state).
/// Not thread-safe: one instance per partition.
/// </summary>
internal sealed partial class VesselDetectors : ISightingInbox
{
    private readonly DetectorContext _ctx;
    private readonly LoiteringDetector _loitering;
    private readonly VesselSilences _silences;
    private readonly PortCallDetector _ports;
    private readonly DraughtChangeDetector _draught;
    private readonly Dictionary<long, SegmentRecord> _segments = [];

    public VesselDetectors(DetectorContext ctx, IAreaInbox area)
    {
        _ctx = ctx;
        _loitering = new LoiteringDetector(ctx, area);
        _silences = new VesselSilences(ctx, area);
        _draught = new DraughtChangeDetector(ctx);
        _ports = new PortCallDetector(ctx, _draught);
    }

    /// <summary>
    /// How often, in stream time, the fixes themselves make the vessel half end loitering runs broken by silence (as the
    /// clock does on a live feed), so a batch run hands them to the linker within a gap's length and this step of their
    /// end — not a day later when the track builder closes the silent segment — and decides their partners when a live run does.
    /// Each check visits every open segment, so it runs once per half hour of stream time (a fraction of a visit per fix);
    /// any step that leaves the run ended before its end plus the dark-partner hold gives the same events.
    /// </summary>
    internal static readonly TimeSpan RunCheckStep = TimeSpan.FromMinutes(30);

    private long _nextRunCheckTicks = long.MinValue;

    public int HeldState => _segments.Count + _silences.TrackedVessels + _draught.TrackedVessels + _ctx.Sts.Count;

    /// <summary>The record of the fix's segment, created at its first fix.</summary>
    public SegmentRecord Record(in SegmentFix fix)
    {
        if (!_segments.TryGetValue(fix.SegmentId, out var segment))
            _segments[fix.SegmentId] = segment = new SegmentRecord(fix.SegmentId, fix.Fix.Mmsi);
        return segment;
    }

    /// <summary>Handles a fix; returns whether it counts for the area's reception map.</summary>
    public bool OnFix(in SegmentFix fix, SegmentRecord segment)
    {
        var t = fix.Fix.Time.UtcTicks;
        if (t >= _nextRunCheckTicks)
        {
            _nextRunCheckTicks = t + RunCheckStep.Ticks;
            EndSilentRuns(t);
        }
        _draught.OnFix(fix, segment);
        var counts = _silences.OnFix(fix, segment);
        _ports.OnFix(fix, segment);
        _loitering.OnFix(fix, segment);
        segment.Seen(fix.Fix.Time.UtcTicks, fix.Fix.Lat, fix.Fix.Lon);
        return counts;
    }

    public void OnSegmentClosed(long segmentId)
    {
        if (_segments.Remove(segmentId, out var record))
        {
            _loitering.OnSegmentClosed(record);
            _ports.OnSegmentClosed(record);
            _draught.OnSegmentClosed(record);
        }
    }

    public void OnIdentity(in IdentityReport report) => _draught.OnIdentity(report);

    public void OnSighting(Mmsi mmsi, in StsSighting sighting, long emittedTicks) => _ctx.Sts.Add(mmsi, sighting, emittedTicks);

    /// <summary>
    /// The clock reached <paramref name="nowTicks"/>: draught reports up to it are judged and held changes released,
    /// silences of a gap's length go to the area half as open, and loitering runs they broke end.
    /// </summary>
    public void AdvanceTo(long nowTicks)
    {
        _draught.Advance(nowTicks);
        _silences.ReportOpen(nowTicks);
        EndSilentRuns(nowTicks);
    }

    /// <summary>Loitering runs of segments silent for a gap's length at <paramref name="nowTicks"/> end, as the next fix after the hole would end them.</summary>
    private void EndSilentRuns(long nowTicks)
    {
        var limit = nowTicks - _ctx.Options.GapMinDuration.Ticks;
        List<SegmentRecord>? silent = null;
        foreach (var record in _segments.Values)
            if (record.HasLast && record.LastTicks <= limit && record.Loitering.RunFixes > 0)
                (silent ??= []).Add(record);
        if (silent is null)
            return;
        silent.Sort((a, b) => a.SegmentId.CompareTo(b.SegmentId));
        foreach (var record in silent)
            _loitering.OnSegmentClosed(record); // as the next fix, after the hole, would
    }

    /// <summary>End of input, first step: runs and port calls of segments still open end at their last fix.</summary>
    public void CloseOpenSegments()
    {
        // Segment id order, loitering before port calls: the order events came out in when each detector kept its own table.
        var open = new List<SegmentRecord>(_segments.Values);
        open.Sort((a, b) => a.SegmentId.CompareTo(b.SegmentId));
        foreach (var record in open)
            _loitering.OnSegmentClosed(record);
        foreach (var record in open)
            _ports.OnSegmentClosed(record);
        _segments.Clear();
    }

    /// <summary>End of input, last step (after the area half released its held events): every held draught change is judged.</summary>
    public void FlushHeld() => _draught.Flush();
}
