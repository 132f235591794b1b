using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// The per-vessel side of gaps: the last fix of each MMSI, across its segments (the track builder closes a segment
/// after 24 h of silence and a long gap must still be seen). A fix ≥ <see cref="DetectionOptions.GapMinDuration"/>
/// after the last one closes a silence, and the clock (<see cref="ReportOpen"/>) reports one still open; both go to the
/// area half as a <see cref="GapReport"/>, which judges the port rule and reception and emits the event. Also decides
/// whether a fix is the vessel's first in its (reception cell, UTC hour), so each vessel counts once there, and keeps
/// the keys it counted so its own share can be taken out of the "before" count. Memory: one small record per MMSI
/// heard within <see cref="DetectionOptions.GapMemory"/>.
/// </summary>
internal sealed partial class VesselSilences(DetectorContext ctx, IAreaInbox area)
{
    private const int RecentKeys = 32;
    private readonly DetectionOptions _o = ctx.Options;
    private readonly ReceptionMap _cells = new(ctx.Options.ReceptionCellDegrees, ctx.Options.ReceptionRetention);
    private readonly Dictionary<Mmsi, VesselState> _vessels = [];
    private readonly long _minTicks = ctx.Options.GapMinDuration.Ticks;
    private long _nextSweepHour = long.MinValue;

    public int TrackedVessels => _vessels.Count;

    /// <summary>Handles a fix; returns whether it counts for reception (the vessel's first in its cell and hour).</summary>
    public bool OnFix(in SegmentFix sf, SegmentRecord segment)
    {
        var f = sf.Fix;
        var t = f.Time.UtcTicks;
        var hour = t / TimeSpan.TicksPerHour;
        var s = segment.Silence;
        var known = s is { Forgotten: false };
        if (!known && !_vessels.TryGetValue(f.Mmsi, out s))
            _vessels[f.Mmsi] = s = new VesselState();
        else if (t - s!.LastTicks >= _minTicks)
            area.OnGap(new GapReport(f.Mmsi, s.LastTicks, s.LastLat, s.LastLon, s.LastSegment, t, f.Lat, f.Lon, sf.SegmentId,
                Open: false, (long[])s.Recent.Clone()));
        segment.Silence = s;
        s.OpenReported = false;
        if (t >= s.LastTicks)
            (s.LastTicks, s.LastLat, s.LastLon, s.LastSegment) = (t, f.Lat, f.Lon, sf.SegmentId);
        var key = _cells.KeyOf(_cells.CellOf(f.Lat, f.Lon), hour);
        var counts = key != s.LastKey;
        if (counts)
        {
            // Each vessel counts once per (cell, hour); the keys it counted are kept so its own share can be removed later.
            s.LastKey = key;
            s.Recent[s.RecentNext] = key;
            s.RecentNext = (s.RecentNext + 1) % RecentKeys;
        }
        if (hour >= _nextSweepHour)
            Sweep(t, hour);
        return counts;
    }

    /// <summary>
    /// The clock reached <paramref name="nowTicks"/>: every vessel silent for a gap's length is reported to the area half
    /// as an open silence, once per silence (the area half reports it when others were heard meanwhile).
    /// </summary>
    public void ReportOpen(long nowTicks)
    {
        List<(Mmsi Mmsi, VesselState State)>? silent = null;
        foreach (var (mmsi, s) in _vessels)
            if (!s.OpenReported && nowTicks - s.LastTicks >= _minTicks)
                (silent ??= []).Add((mmsi, s));
        if (silent is null)
            return;
        silent.Sort((a, b) => a.Mmsi.Value.CompareTo(b.Mmsi.Value));
        foreach (var (mmsi, s) in silent)
        {
            s.OpenReported = true;
            area.OnGap(new GapReport(mmsi, s.LastTicks, s.LastLat, s.LastLon, s.LastSegment, nowTicks, s.LastLat, s.LastLon, 0,
                Open: true, (long[])s.Recent.Clone()));
        }
    }

    private void Sweep(long nowTicks, long hour)
    {
        _nextSweepHour = hour + 1;
        var limit = nowTicks - _o.GapMemory.Ticks;
        List<Mmsi>? stale = null;
        foreach (var (mmsi, s) in _vessels)
            if (s.LastTicks < limit)
                (stale ??= []).Add(mmsi);
        if (stale is not null)
            foreach (var m in stale)
            {
                _vessels[m].Forgotten = true; // segment records that cached it must look the MMSI up again
                _vessels.Remove(m);
            }
    }

    /// <summary>Per MMSI: the last fix heard and the reception keys it counted.</summary>
    internal sealed class VesselState
    {
        /// <summary>Set when the vessel is dropped from the table after <see cref="DetectionOptions.GapMemory"/> of silence.</summary>
        public bool Forgotten;
        /// <summary>Its current silence was already reported as open by the clock.</summary>
        public bool OpenReported;
        public long LastTicks = long.MinValue, LastSegment, LastKey = -1;
        public double LastLat, LastLon;
        public readonly long[] Recent = CreateRecent();
        public int RecentNext;

        private static long[] CreateRecent()
        {
            var a = new long[RecentKeys];
            Array.Fill(a, -1);
            return a;
        }
    }
}
