using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One vessel lingering at sea. GFW pipe-loitering judges UTC hour buckets (an hour is slow when the distance sailed in
/// it over the time is &lt; 2 kn) and joins consecutive slow hours; clock hours cut a real stay short by up to two hours
/// and can miss a 5-hour drift that covers only four whole hours. Here the same speed rule slides with the fixes: at each
/// sample of the segment (<see cref="LoiteringWindow"/>, ≤ 1 per 6 min) the distance sailed over the preceding
/// <see cref="DetectionOptions.LoiteringWindow"/> (1 h), over its time, is compared with 2 kn; consecutive slow windows
/// form a run from the first slow window's first sample to the last one's last sample, so a run starts and ends where
/// the slow movement does (within ≈ 6 min plus the sample spacing at 11 kn in and out). Drift is allowed: only the speed counts, never
/// zero motion. A run of ≥ 4 h whose mean position is ≥ 10 km from a port and, with a coastline, ≥ 20 nm from shore
/// (GFW's published rule) is a candidate; a hole of a gap's length breaks it (the gap detector reports that).
/// Candidates go to the area half (<see cref="IAreaInbox"/>), whose <see cref="DarkStsLinker"/> emits them. Evidence <c>shore_rule</c> says which rule applied.
/// </summary>
internal sealed class LoiteringDetector(DetectorContext ctx, IAreaInbox area)
{
    private readonly DetectionOptions _o = ctx.Options;
    private readonly long _window = ctx.Options.LoiteringWindow.Ticks;
    private readonly long _spacing = LoiteringWindow.Spacing(ctx.Options.LoiteringWindow.Ticks);

    public void OnFix(in SegmentFix sf, SegmentRecord segment)
    {
        var f = sf.Fix;
        var t = f.Time.UtcTicks;
        ref var s = ref segment.Loitering;
        ref var w = ref s.Window;
        if (w.Count == 0)
        {
            w.Push(t, 0, f.Lat, f.Lon, _window);
            return;
        }
        var last = w.Last;
        var lastTicks = w.Ticks(last);
        if (t <= lastTicks)
            return;
        if (t - lastTicks >= _o.GapMinDuration.Ticks)
        {
            CloseRun(segment);
            w.Clear();
            w.Push(t, 0, f.Lat, f.Lon, _window);
            return; // nothing is known about the movement across the hole
        }
        if (t - lastTicks < _spacing)
            return;
        var path = last.Path + GreatCircle.DistanceMetres(last.Lat, last.Lon, f.Lat, f.Lon);
        w.Push(t, path, f.Lat, f.Lon, _window);
        var b = w.Base;
        var baseTicks = w.Ticks(b);
        var span = t - baseTicks;
        if (span < _window / 2)
            return; // too little of the segment yet to judge its speed
        var knots = (path - b.Path) / Distance.MetresPerNauticalMile / ((double)span / TimeSpan.TicksPerHour);
        if (knots >= _o.LoiteringMaxSpeedKnots)
        {
            CloseRun(segment);
            return;
        }
        if (s.RunFixes == 0)
        {
            (s.RunSumLat, s.RunSumLon, s.RunFixes) = w.Sums();
            (s.RunStartTicks, s.RunStartLat, s.RunStartLon, s.RunStartPath) = (baseTicks, b.Lat, b.Lon, b.Path);
        }
        else
        {
            s.RunSumLat += f.Lat;
            s.RunSumLon += f.Lon;
            s.RunFixes++;
        }
        (s.RunEndTicks, s.RunEndLat, s.RunEndLon, s.RunEndPath) = (t, f.Lat, f.Lon, path);
        s.RunMaxWindowKnots = Math.Max(s.RunMaxWindowKnots, knots);
    }

    /// <summary>The segment ended: its run is judged.</summary>
    public void OnSegmentClosed(SegmentRecord segment) => CloseRun(segment);

    private void CloseRun(SegmentRecord segment)
    {
        ref var s = ref segment.Loitering;
        if (s.RunFixes == 0)
            return;
        var duration = TimeSpan.FromTicks(s.RunEndTicks - s.RunStartTicks);
        var lat = s.RunSumLat / s.RunFixes;
        var lon = s.RunSumLon / s.RunFixes;
        var fixes = s.RunFixes;
        var runTicks = s.RunEndTicks - s.RunStartTicks;
        var meanKnots = runTicks > 0 ? (s.RunEndPath - s.RunStartPath) / Distance.MetresPerNauticalMile / ((double)runTicks / TimeSpan.TicksPerHour) : 0;
        var maxHourly = s.RunMaxWindowKnots;
        var (startLat, startLon, endLat, endLon) = (s.RunStartLat, s.RunStartLon, s.RunEndLat, s.RunEndLon);
        var (startTicks, endTicks) = (s.RunStartTicks, s.RunEndTicks);
        s.RunFixes = 0;
        s.RunMaxWindowKnots = 0;
        if (duration < _o.LoiteringMinDuration)
            return;
        var port = ctx.NearestPortEvidence(lat, lon, out var portKm);
        if (portKm < _o.LoiteringMinPortDistanceKm)
        {
            ctx.Stats.LoiteringCandidatesNearPort++;
            return;
        }
        var shoreKm = ctx.ShoreDistanceKm(lat, lon);
        if (shoreKm is { } sk && sk < _o.LoiteringMinShoreDistanceNm * Distance.MetresPerNauticalMile / 1000)
        {
            ctx.Stats.LoiteringCandidatesNearShore++;
            return;
        }
        var start = new DateTimeOffset(startTicks, TimeSpan.Zero);
        var evidence = new LoiteringEvidence(
            DurationS: (long)duration.TotalSeconds,
            MeanSpeedKn: meanKnots,
            MaxHourlySpeedKn: maxHourly,
            Fixes: fixes,
            StartPosition: GeoPoint.Create(startLat, startLon),
            EndPosition: GeoPoint.Create(endLat, endLon),
            DisplacementKm: GreatCircle.DistanceMetres(startLat, startLon, endLat, endLon) / 1000,
            Segment: segment.SegmentId,
            ShoreRule: _o.Shoreline is { } shore ? shore.Source : "port_distance",
            ShoreDistanceKm: shoreKm,
            NearestPort: port);
        area.OnLoitering(new LoiteringCandidate(
            EventIds.For(EventType.Loitering, segment.Mmsi, start, segment.SegmentId), segment.Mmsi, segment.SegmentId, start,
            new DateTimeOffset(endTicks, TimeSpan.Zero), lat, lon, evidence));
    }

    /// <summary>Per segment, inside its <see cref="SegmentRecord"/>: the movement window and the current run of slow windows.</summary>
    internal struct SegmentState
    {
        public LoiteringWindow Window;
        public long RunStartTicks, RunEndTicks;
        public double RunStartLat, RunStartLon, RunEndLat, RunEndLon, RunStartPath, RunEndPath, RunSumLat, RunSumLon, RunMaxWindowKnots;
        public int RunFixes;
    }
}
