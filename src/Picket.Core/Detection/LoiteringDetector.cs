using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One vessel lingering at sea (GFW pipe-loitering): each segment's fixes are bucketed by UTC hour; an hour is slow
/// when the metres sailed from each fix's predecessor, over the time between them, come to &lt; 2 kn; consecutive slow
/// hours form a run that starts at the fix before the first slow hour (the transition) and ends at the last fix of
/// the last slow one. A run of ≥ 4 h whose mean position is ≥ 10 km from a port and, with a coastline, ≥ 20 nm from
/// shore (GFW's published rule) is a candidate; a hole of a gap's length breaks it (the gap detector reports that).
/// Candidates go to <see cref="DarkStsLinker"/>, which emits them. Evidence <c>shore_rule</c> says which rule applied.
/// </summary>
internal sealed class LoiteringDetector(DetectorContext ctx, DarkStsLinker linker)
{
    private readonly DetectionOptions _o = ctx.Options;

    public void OnFix(in SegmentFix sf, SegmentRecord segment)
    {
        var f = sf.Fix;
        var t = f.Time.UtcTicks;
        var hour = t / TimeSpan.TicksPerHour;
        ref var s = ref segment.Loitering;
        if (!s.Started)
        {
            s = new SegmentState { Started = true, LastTicks = t, LastLat = f.Lat, LastLon = f.Lon, Hour = hour, HourEntryTicks = t, HourEntryLat = f.Lat, HourEntryLon = f.Lon };
            return;
        }
        if (t <= s.LastTicks)
            return;
        if (t - s.LastTicks >= _o.GapMinDuration.Ticks)
        {
            EndHour(segment);
            CloseRun(segment);
            s.StartHour(hour, t, f.Lat, f.Lon);
            (s.LastTicks, s.LastLat, s.LastLon) = (t, f.Lat, f.Lon);
            return; // nothing is known about the movement across the hole
        }
        else if (hour != s.Hour)
        {
            EndHour(segment);
            s.StartHour(hour, s.LastTicks, s.LastLat, s.LastLon);
        }
        s.HourMetres += GreatCircle.DistanceMetres(s.LastLat, s.LastLon, f.Lat, f.Lon);
        s.HourTicks += t - s.LastTicks;
        s.HourSumLat += f.Lat;
        s.HourSumLon += f.Lon;
        s.HourFixes++;
        s.HourLastTicks = t;
        (s.LastTicks, s.LastLat, s.LastLon) = (t, f.Lat, f.Lon);
    }

    /// <summary>The segment ended: its last hour and run are judged.</summary>
    public void OnSegmentClosed(SegmentRecord segment)
    {
        if (!segment.Loitering.Started)
            return;
        EndHour(segment);
        CloseRun(segment);
    }

    private void EndHour(SegmentRecord segment)
    {
        ref var s = ref segment.Loitering;
        if (s.HourFixes == 0)
            return;
        var knots = s.HourMetres / Distance.MetresPerNauticalMile / ((double)s.HourTicks / TimeSpan.TicksPerHour);
        if (knots < _o.LoiteringMaxSpeedKnots)
        {
            if (s.RunFixes == 0)
            {
                s.RunStartTicks = s.HourEntryTicks;
                (s.RunStartLat, s.RunStartLon) = (s.HourEntryLat, s.HourEntryLon);
            }
            s.RunEndTicks = s.HourLastTicks;
            (s.RunEndLat, s.RunEndLon) = (s.LastLat, s.LastLon);
            s.RunFixes += s.HourFixes;
            s.RunSumLat += s.HourSumLat;
            s.RunSumLon += s.HourSumLon;
            s.RunMetres += s.HourMetres;
            s.RunTicks += s.HourTicks;
            s.RunMaxHourlyKnots = Math.Max(s.RunMaxHourlyKnots, knots);
        }
        else
            CloseRun(segment);
        s.HourFixes = 0;
    }

    private void CloseRun(SegmentRecord segment)
    {
        ref var s = ref segment.Loitering;
        if (s.RunFixes == 0)
            return;
        var duration = TimeSpan.FromTicks(s.RunEndTicks - s.RunStartTicks);
        var lat = s.RunSumLat / s.RunFixes;
        var lon = s.RunSumLon / s.RunFixes;
        var fixes = s.RunFixes;
        var meanKnots = s.RunTicks > 0 ? s.RunMetres / Distance.MetresPerNauticalMile / ((double)s.RunTicks / TimeSpan.TicksPerHour) : 0;
        var maxHourly = s.RunMaxHourlyKnots;
        var (startLat, startLon, endLat, endLon) = (s.RunStartLat, s.RunStartLon, s.RunEndLat, s.RunEndLon);
        var (startTicks, endTicks) = (s.RunStartTicks, s.RunEndTicks);
        s.ResetRun();
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
        var evidence = new Evidence()
            .Add("duration_s", (long)duration.TotalSeconds)
            .Add("mean_speed_kn", meanKnots)
            .Add("max_hourly_speed_kn", maxHourly)
            .Add("fixes", (long)fixes)
            .Add("start_position", GeoPoint.Create(startLat, startLon))
            .Add("end_position", GeoPoint.Create(endLat, endLon))
            .Add("segment", segment.SegmentId)
            .Add("shore_rule", _o.Shoreline is { } shore ? shore.Source : "port_distance");
        if (shoreKm is { } km)
            evidence.Add("shore_distance_km", km);
        if (port is not null)
            evidence.Add("nearest_port", port);
        linker.AddLoitering(new LoiteringCandidate(
            EventIds.For(EventType.Loitering, segment.Mmsi, start, segment.SegmentId), segment.Mmsi, start,
            new DateTimeOffset(endTicks, TimeSpan.Zero), lat, lon, evidence));
    }

    /// <summary>Per segment, inside its <see cref="SegmentRecord"/>: the current hour and the current run of slow hours.</summary>
    internal struct SegmentState
    {
        // Written on every fix, so declared together: at thousands of segments each extra cache line is a miss.
        public bool Started;
        public int HourFixes;
        public long LastTicks, Hour, HourTicks, HourLastTicks;
        public double LastLat, LastLon, HourMetres, HourSumLat, HourSumLon;
        // Where the current UTC hour's movement is measured from.
        public long HourEntryTicks;
        public double HourEntryLat, HourEntryLon;
        // The current run of slow hours.
        public long RunStartTicks, RunEndTicks, RunTicks;
        public double RunStartLat, RunStartLon, RunEndLat, RunEndLon, RunSumLat, RunSumLon, RunMetres, RunMaxHourlyKnots;
        public int RunFixes;

        /// <summary>Starts an hour bucket whose first movement is measured from the given (preceding) fix.</summary>
        public void StartHour(long hour, long entryTicks, double entryLat, double entryLon)
        {
            Hour = hour;
            (HourEntryTicks, HourEntryLat, HourEntryLon) = (entryTicks, entryLat, entryLon);
            HourMetres = HourSumLat = HourSumLon = 0;
            HourTicks = 0;
            HourFixes = 0;
        }

        public void ResetRun()
        {
            RunFixes = 0;
            RunTicks = 0;
            RunSumLat = RunSumLon = RunMetres = RunMaxHourlyKnots = 0;
        }
    }
}
