using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// Cargo moved at sea: a hull's broadcast draught (type 5 static and voyage data, 0.1 m steps up to 25.5 m, ITU-R
/// M.1371-5) changes by ≥ <see cref="DetectionOptions.DraughtMinChangeMetres"/> and the hull was not in a port between
/// the last report of the old value and the first report of the new one. A value re-confirmed at sea after leaving port
/// is the baseline, whatever happened before; a change whose old value was last heard in port (or that follows a port
/// stay) is the port's and only counted. Crews type draught late, so a change soon after leaving port is still
/// reported, with its confidence lowered (<see cref="DraughtChangeJudge"/>).
/// <para>
/// Draught is keyed by hull (<see cref="DraughtHull"/>, one per track segment), never by MMSI alone: a type 5 report has
/// no position, so it is given to the only hull of its MMSI heard lately; with several (a shared or spoofed MMSI) to the
/// one already broadcasting that value, or one with no value yet; otherwise it is counted as unattributed.
/// Reports wait until the fixes, delayed by the track builder's reorder window, have caught up with them, so "in port"
/// is judged at the report's time. Memory: one record per hull heard within <see cref="DetectionOptions.GapMemory"/>.
/// </para>
/// </summary>
internal sealed partial class DraughtChangeDetector
{
    /// <summary>ITU-R M.1371-5 type 5: 25.5 m means "25.5 m or more"; anything above is not a draught.</summary>
    private const double MaxDraughtMetres = 25.5;

    /// <summary>A hull whose last fix is older than this when a report arrives did not send it.</summary>
    private static readonly long RecentTicks = TimeSpan.FromMinutes(60).Ticks;

    /// <summary>A hull's next segment must be reachable at this speed (the track builder's own limit) plus a margin.</summary>
    /// <summary>Closed hulls kept per MMSI beyond the open ones: a spoofed MMSI splitting into many segments stays bounded.</summary>
    private const int MaxHullsPerMmsi = 16;

    private const double ContinuationKnots = 30, ContinuationSlackKm = 20;

    private readonly DetectorContext _ctx;
    private readonly DetectionOptions _o;
    private readonly DraughtChangeJudge _judge;
    private readonly Dictionary<Mmsi, List<DraughtHull>> _hulls = [];
    private readonly Queue<(Mmsi Mmsi, long Ticks, double Metres)> _reports = new();
    private long _nowTicks = long.MinValue, _nextSweepTicks = long.MinValue;

    public DraughtChangeDetector(DetectorContext ctx)
    {
        _ctx = ctx;
        _o = ctx.Options;
        _judge = new DraughtChangeJudge(ctx, SharedWith);
    }

    public int TrackedVessels => _hulls.Count + _reports.Count + _judge.Held;

    public void OnFix(in SegmentFix sf, SegmentRecord segment)
    {
        var t = sf.Fix.Time.UtcTicks;
        Advance(t);
        segment.Draught ??= Attach(segment, t, sf.Fix.Lat, sf.Fix.Lon);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One of the per-segment calls every vessel detector answers (VesselDetectors and PortCallDetector call them on the instance they were given); the draught state itself lives on the segment record so that a partition snapshot carries it.")]
    public void MarkInPort(SegmentRecord segment, long ticks, Port port) => segment.Draught?.MarkInPort(ticks, port);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One of the per-segment calls every vessel detector answers (VesselDetectors and PortCallDetector call them on the instance they were given); the draught state itself lives on the segment record so that a partition snapshot carries it.")]
    public void OnSegmentClosed(SegmentRecord segment)
    {
        if (segment.Draught is { } hull && hull.Record == segment)
            hull.Close();
    }

    public void OnIdentity(in IdentityReport r)
    {
        if (r.DraughtMetres is not { } d || !(d > 0 && d <= MaxDraughtMetres))
            return;
        var t = r.Time.UtcTicks;
        _reports.Enqueue((r.Mmsi, t, d));
        // Fixes far behind the reports (a feed of static data only): judge what is known rather than hold without bound.
        while (_reports.TryPeek(out var head) && head.Ticks < t - TimeSpan.TicksPerHour)
            Judge(_reports.Dequeue());
    }

    /// <summary>Stream time moved to <paramref name="nowTicks"/>: reports up to it are judged, held changes released.</summary>
    public void Advance(long nowTicks)
    {
        if (nowTicks <= _nowTicks)
            return;
        _nowTicks = nowTicks;
        while (_reports.TryPeek(out var head) && head.Ticks <= nowTicks)
            Judge(_reports.Dequeue());
        _judge.Release(nowTicks);
        if (nowTicks >= _nextSweepTicks)
            Sweep(nowTicks);
    }

    public void Flush()
    {
        while (_reports.TryDequeue(out var r))
            Judge(r);
        _judge.Release(long.MaxValue);
    }

    private DraughtHull Attach(SegmentRecord segment, long t, double lat, double lon)
    {
        if (!_hulls.TryGetValue(segment.Mmsi, out var hulls))
            _hulls[segment.Mmsi] = hulls = [];
        // The same hull again after its segment closed: the most recently heard closed hull that could have sailed here.
        DraughtHull? best = null;
        foreach (var h in hulls)
        {
            if (h.Open || !h.HasFix || (best is not null && h.LastFixTicks <= best.LastFixTicks))
                continue;
            var hours = Math.Max(0, (double)(t - h.LastFixTicks) / TimeSpan.TicksPerHour);
            var km = GreatCircle.DistanceMetres(h.LastLat, h.LastLon, lat, lon) / 1000;
            if (km <= ContinuationKnots * Distance.MetresPerNauticalMile / 1000 * hours + ContinuationSlackKm)
                best = h;
        }
        if (best is not null)
        {
            best.Attach(segment, t);
            return best;
        }
        var hull = new DraughtHull(segment.Mmsi, segment.SegmentId);
        hull.Attach(segment, t);
        if (hulls.Count >= MaxHullsPerMmsi)
            DropOldestClosed(hulls);
        hulls.Add(hull);
        return hull;
    }

    private void Judge((Mmsi Mmsi, long Ticks, double Metres) r)
    {
        if (Attribute(r.Mmsi, r.Ticks, r.Metres) is not { } hull)
        {
            _ctx.Stats.DraughtReportsUnattributed++;
            return;
        }
        if (hull.Draught is not { } old)
            hull.Set(r.Metres, r.Ticks);
        else if (Math.Abs(r.Metres - old) < 0.05)
            hull.Heard(r.Ticks);
        else
        {
            if (Math.Abs(r.Metres - old) >= _o.DraughtMinChangeMetres)
            {
                // In port at or after the old value's last report: loaded or discharged there (or typed late after it).
                if (hull.LastInPortTicks >= hull.LastReportTicks)
                    _ctx.Stats.DraughtChangesAfterPortCall++;
                else
                    _judge.Hold(hull, r.Metres, r.Ticks);
            }
            hull.Set(r.Metres, r.Ticks);
        }
    }

    private DraughtHull? Attribute(Mmsi mmsi, long t, double metres)
    {
        if (!_hulls.TryGetValue(mmsi, out var hulls) || hulls.Count == 0)
            return null;
        DraughtHull? only = null, matching = null, blank = null, latest = null;
        int active = 0, matches = 0, blanks = 0;
        foreach (var h in hulls)
        {
            if (latest is null || h.LastFixTicks > latest.LastFixTicks)
                latest = h;
            if (!h.HasFix || h.LastFixTicks < t - RecentTicks)
                continue;
            active++;
            only = h;
            if (h.Draught is { } v && Math.Abs(v - metres) < 0.05)
                (matching, matches) = (h, matches + 1);
            // A blank hull takes a value no other hull broadcasts; among several, the one heard nearest the report.
            if (h.Draught is null && (blank is null || Math.Abs(t - h.LastFixTicks) < Math.Abs(t - blank.LastFixTicks)))
                (blank, blanks) = (h, blanks + 1);
        }
        return active switch
        {
            0 => hulls.Count == 1 || CountOpen(hulls) <= 1 ? latest : null,
            1 => only,
            _ when matches == 1 => matching,
            _ when matches == 0 && blanks >= 1 => blank,
            _ => null,
        };
    }

    /// <summary>
    /// Whether another hull of the same MMSI was heard within an hour of <paramref name="ticks"/>: then a report may have
    /// come from either (the other's first fixes can reach the detectors after its first static report), so a change
    /// of <paramref name="hull"/> there is not trusted. Asked when a held change is released, so hulls heard after it count.
    /// </summary>
    private bool SharedWith(DraughtHull hull, long ticks)
    {
        if (!_hulls.TryGetValue(hull.Mmsi, out var hulls))
            return false;
        foreach (var h in hulls)
            if (h != hull && h.HasFix && h.FirstFixTicks <= ticks + RecentTicks && h.LastFixTicks >= ticks - RecentTicks)
                return true;
        return false;
    }

    private static void DropOldestClosed(List<DraughtHull> hulls)
    {
        var oldest = -1;
        for (var i = 0; i < hulls.Count; i++)
            if (!hulls[i].Open && (oldest < 0 || hulls[i].LastFixTicks < hulls[oldest].LastFixTicks))
                oldest = i;
        if (oldest >= 0)
            hulls.RemoveAt(oldest);
    }

    private static int CountOpen(List<DraughtHull> hulls)
    {
        var n = 0;
        foreach (var h in hulls)
            if (h.Open)
                n++;
        return n;
    }

    private void Sweep(long nowTicks)
    {
        _nextSweepTicks = nowTicks + TimeSpan.TicksPerHour;
        _ctx.Sts.Prune(nowTicks);
        var limit = nowTicks - _o.GapMemory.Ticks;
        List<Mmsi>? empty = null;
        foreach (var (mmsi, hulls) in _hulls)
        {
            hulls.RemoveAll(h => !h.Open && Math.Max(h.LastFixTicks, h.LastReportTicks) < limit);
            if (hulls.Count == 0)
                (empty ??= []).Add(mmsi);
        }
        if (empty is not null)
            foreach (var m in empty)
                _hulls.Remove(m);
    }
}
