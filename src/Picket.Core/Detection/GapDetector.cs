using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// AIS gaps: one MMSI silent for ≥ 6 h between two fixes, both ends ≥ 10 km from a port (after GFW pipe-gaps, with
/// the shorter threshold). Works per MMSI across segments, because the track builder closes a segment after
/// 24 h of silence and a long gap must still be seen. Each gap carries a reception estimate from
/// <see cref="ReceptionMap"/>: the mean number of other vessels heard per hour in the gap's cells during the gap,
/// over the same before it. Near 1 means the area was heard as usual while this vessel was silent; near 0 means
/// nobody was heard (no coverage); unknown when nobody else was there. <c>confidence</c> reflects it.
/// Memory: one small record per MMSI heard within <see cref="DetectionOptions.GapMemory"/>, plus the hourly counts.
/// </summary>
internal sealed class GapDetector
{
    private const int RecentKeys = 32;
    private readonly DetectorContext _ctx;
    private readonly DetectionOptions _o;
    private readonly DarkStsLinker _linker;
    private readonly ReceptionMap _reception;
    private readonly Dictionary<Mmsi, VesselState> _vessels = [];
    private readonly Dictionary<long, HashSet<Mmsi>> _byCell = []; // where each vessel was last heard, for the dark-STS search
    private readonly List<long> _cellScratch = [];
    private readonly long _minTicks, _baselineHours;
    private long _nextSweepHour = long.MinValue;

    public GapDetector(DetectorContext ctx, DarkStsLinker linker)
    {
        _ctx = ctx;
        _o = ctx.Options;
        _linker = linker;
        _reception = new ReceptionMap(_o.ReceptionCellDegrees, _o.ReceptionRetention);
        _minTicks = _o.GapMinDuration.Ticks;
        _baselineHours = Math.Max(1, (long)Math.Ceiling(_o.ReceptionBaseline.TotalHours));
    }

    public int TrackedVessels => _vessels.Count;

    public int ReceptionEntries => _reception.Entries;

    /// <summary>The last fix heard from an MMSI, for detectors that need a vessel's position (draught changes).</summary>
    public bool TryGetLast(Mmsi mmsi, out long ticks, out GeoPoint position)
    {
        if (_vessels.TryGetValue(mmsi, out var s))
        {
            ticks = s.LastTicks;
            position = GeoPoint.Create(s.LastLat, s.LastLon);
            return true;
        }
        (ticks, position) = (0, default);
        return false;
    }

    public void OnFix(in SegmentFix sf, SegmentRecord segment)
    {
        var f = sf.Fix;
        var t = f.Time.UtcTicks;
        var hour = t / TimeSpan.TicksPerHour;
        var cell = _reception.CellOf(f.Lat, f.Lon);
        var s = segment.GapVessel;
        var known = s is { Forgotten: false };
        if (!known && !_vessels.TryGetValue(f.Mmsi, out s))
            _vessels[f.Mmsi] = s = new VesselState();
        else if (t - s!.LastTicks >= _minTicks)
            Report(f.Mmsi, s, sf.SegmentId, t, f.Lat, f.Lon, hour);
        segment.GapVessel = s;
        if (t >= s.LastTicks)
        {
            (s.LastTicks, s.LastLat, s.LastLon, s.LastSegment) = (t, f.Lat, f.Lon, sf.SegmentId);
            if (cell != s.Cell)
            {
                Unplace(f.Mmsi, s);
                s.Cell = cell;
                if (!_byCell.TryGetValue(cell, out var set))
                    _byCell[cell] = set = [];
                set.Add(f.Mmsi);
            }
        }
        var key = _reception.KeyOf(cell, hour);
        if (key != s.LastKey)
        {
            // Each vessel counts once per (cell, hour); the keys it counted are kept so its own share can be removed later.
            _reception.Count(cell, hour);
            s.LastKey = key;
            s.Recent[s.RecentNext] = key;
            s.RecentNext = (s.RecentNext + 1) % RecentKeys;
        }
        if (hour >= _nextSweepHour)
            Sweep(t, hour);
    }

    /// <summary>
    /// Vessels last heard within <paramref name="radiusKm"/> of (lat, lon) that went silent at least a gap's length
    /// before <paramref name="nowTicks"/>. Looks only at the cells around the place, so the cost does not grow with all traffic.
    /// </summary>
    public List<GapRecord> OpenSilences(long nowTicks, double lat, double lon, double radiusKm)
    {
        var result = new List<GapRecord>();
        _cellScratch.Clear();
        _reception.CellsAround(lat, lon, radiusKm, _cellScratch);
        foreach (var cell in _cellScratch)
        {
            if (!_byCell.TryGetValue(cell, out var set))
                continue;
            foreach (var mmsi in set)
            {
                var s = _vessels[mmsi];
                if (nowTicks - s.LastTicks >= _minTicks)
                    result.Add(new GapRecord(null, mmsi, s.LastTicks, long.MaxValue, s.LastLat, s.LastLon, s.LastLat, s.LastLon));
            }
        }
        result.Sort((a, b) => a.Mmsi.Value.CompareTo(b.Mmsi.Value)); // hash-set order is not stable across runs
        return result;
    }

    private void Unplace(Mmsi mmsi, VesselState s)
    {
        if (s.Cell >= 0 && _byCell.TryGetValue(s.Cell, out var old))
        {
            old.Remove(mmsi);
            if (old.Count == 0)
                _byCell.Remove(s.Cell);
        }
    }

    private void Report(Mmsi mmsi, VesselState s, long segment, long t, double lat, double lon, long hour)
    {
        var offPort = _ctx.NearestPortEvidence(s.LastLat, s.LastLon, out var offKm);
        var onPort = _ctx.NearestPortEvidence(lat, lon, out var onKm);
        if (offKm < _o.GapMinPortDistanceKm || onKm < _o.GapMinPortDistanceKm)
        {
            _ctx.Stats.GapCandidatesNearPort++;
            return;
        }
        _ctx.Stats.Gaps++;
        var start = new DateTimeOffset(s.LastTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(t, TimeSpan.Zero);
        var estimate = Estimate(s, lat, lon, hour);
        var duration = TimeSpan.FromTicks(t - s.LastTicks);
        var km = GreatCircle.DistanceMetres(s.LastLat, s.LastLon, lat, lon) / 1000.0;
        var nm = km * 1000 / Distance.MetresPerNauticalMile;
        var id = EventIds.For(EventType.Gap, mmsi, start, 0);
        var evidence = new GapEvidence(
            Off: new EvidenceFix(start, GeoPoint.Create(s.LastLat, s.LastLon)),
            On: new EvidenceFix(end, GeoPoint.Create(lat, lon)),
            DurationS: (long)duration.TotalSeconds,
            DistanceKm: km,
            ImpliedSpeedKn: nm / duration.TotalHours,
            // Windward-style feasibility: hours left over after sailing straight from OFF to ON at a tanker's pace.
            SpareHours: Math.Max(0, duration.TotalHours - nm / _o.PartnerTransitKnots),
            ReceptionVesselsBefore: estimate.Before,
            ReceptionVesselsDuring: estimate.During,
            ReceptionHours: estimate.Hours,
            SegmentBefore: s.LastSegment,
            SegmentAfter: segment,
            Reception: estimate.Ratio, // null: unknown, nobody else was heard there before the gap
            OffShoreDistanceKm: _ctx.ShoreDistanceKm(s.LastLat, s.LastLon),
            OnShoreDistanceKm: _ctx.ShoreDistanceKm(lat, lon),
            OffNearestPort: offPort,
            OnNearestPort: onPort);
        _ctx.Events.Emit(new PicketEvent(id, EventType.Gap, start, end,
            GeoPoint.Create(s.LastLat, s.LastLon), [_ctx.Resolve(mmsi)], estimate.Confidence, evidence));
        _linker.AddGap(new GapRecord(id, mmsi, s.LastTicks, t, s.LastLat, s.LastLon, lat, lon));
    }

    private Reception Estimate(VesselState s, double lat, double lon, long endHour)
    {
        var startHour = s.LastTicks / TimeSpan.TicksPerHour;
        var oldest = endHour - _reception.RetentionHours + 1;
        var c1 = _reception.CellOf(s.LastLat, s.LastLon);
        var c2 = _reception.CellOf(lat, lon);
        double during = 0, before = 0;
        long duringN = 0, beforeN = 0;
        for (var h = Math.Max(startHour + 1, oldest); h < endHour; h++)
        {
            during += _reception.Heard(c1, h) + (c2 != c1 ? _reception.Heard(c2, h) : 0);
            duringN += c2 != c1 ? 2 : 1;
        }
        for (var h = Math.Max(startHour - _baselineHours, oldest); h < startHour; h++)
        {
            before += Others(s, c1, h) + (c2 != c1 ? Others(s, c2, h) : 0);
            beforeN += c2 != c1 ? 2 : 1;
        }
        var duringMean = duringN > 0 ? during / duringN : 0;
        var beforeMean = beforeN > 0 ? before / beforeN : 0;
        if (beforeMean <= 0 || duringN == 0)
            return new Reception(null, beforeMean, duringMean, duringN, 0.1);
        var ratio = Math.Min(1, duringMean / beforeMean);
        // Few vessels around make a weak measurement: weight by how many were there.
        var weight = beforeMean / (beforeMean + 0.5);
        return new Reception(ratio, beforeMean, duringMean, duringN, 0.1 + 0.85 * ratio * weight);
    }

    private int Others(VesselState s, long cell, long hour)
    {
        var n = _reception.Heard(cell, hour);
        var key = _reception.KeyOf(cell, hour);
        foreach (var k in s.Recent)
            if (k == key)
                return Math.Max(0, n - 1);
        return n;
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
                var s = _vessels[m];
                Unplace(m, s);
                s.Forgotten = true; // segment records that cached it must look the MMSI up again
                _vessels.Remove(m);
            }
    }

    private readonly record struct Reception(double? Ratio, double Before, double During, long Hours, double Confidence);

    /// <summary>Per MMSI: the last fix heard, where it was placed for the dark-STS search, and the reception keys it counted.</summary>
    internal sealed class VesselState
    {
        /// <summary>Set when the vessel is dropped from the table after <see cref="DetectionOptions.GapMemory"/> of silence.</summary>
        public bool Forgotten;
        public long LastTicks = long.MinValue, LastSegment, LastKey = -1, Cell = -1;
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
