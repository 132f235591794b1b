using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// AIS gaps, the area side: one MMSI silent for ≥ 6 h between two fixes, both ends ≥ 10 km from a port (after GFW
/// pipe-gaps, with the shorter threshold). The vessel's own half (<see cref="VesselSilences"/>) sees the silence
/// and sends a <see cref="GapReport"/>; this side owns what needs the whole sea around it: the reception estimate from
/// <see cref="ReceptionMap"/> (the mean number of other vessels heard per hour in the gap's cells during the gap, over
/// the same before it — near 1, the area was heard as usual while this vessel was silent; near 0, nobody was heard;
/// unknown when nobody else was there; <c>confidence</c> reflects it) and where each vessel was last heard, for the
/// dark-STS search. Memory: one small record per MMSI heard within <see cref="DetectionOptions.GapMemory"/>, plus
/// the hourly counts.
/// </summary>
internal sealed partial class GapDetector
{
    private readonly DetectorContext _ctx;
    private readonly DetectionOptions _o;
    private readonly DarkStsLinker _linker;
    private readonly ReceptionMap _reception;
    private readonly Dictionary<Mmsi, VesselPlace> _vessels = [];
    private readonly Dictionary<long, HashSet<Mmsi>> _byCell = []; // where each vessel was last heard, for the dark-STS search
    private readonly List<long> _cellScratch = [];
    private readonly long _minTicks, _baselineHours;
    private long _nextSweepHour = long.MinValue;
    private long _heardTicks = long.MinValue;

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

    /// <summary>A fix heard in this area: placed for the dark-STS search and, when the vessel's half says so, counted for reception.</summary>
    public void OnFix(in SegmentFix sf, bool countsForReception, ref AreaTrack track)
    {
        var f = sf.Fix;
        var t = f.Time.UtcTicks;
        var hour = t / TimeSpan.TicksPerHour;
        var cell = _reception.CellOf(f.Lat, f.Lon);
        var s = track.Vessel;
        if (s is not { Forgotten: false } && !_vessels.TryGetValue(f.Mmsi, out s))
            _vessels[f.Mmsi] = s = new VesselPlace();
        track.Vessel = s;
        if (t >= s.LastTicks)
        {
            (s.LastTicks, s.LastLat, s.LastLon) = (t, f.Lat, f.Lon);
            if (cell != s.Cell)
            {
                Unplace(f.Mmsi, s);
                s.Cell = cell;
                if (!_byCell.TryGetValue(cell, out var set))
                    _byCell[cell] = set = [];
                set.Add(f.Mmsi);
            }
        }
        if (countsForReception)
            _reception.Count(cell, hour);
        if (t > _heardTicks)
            _heardTicks = t;
        if (hour >= _nextSweepHour)
            Sweep(t, hour);
    }

    /// <summary>A silence seen by the vessel's half: a closed gap is judged and emitted; an open one only when others were heard after it began.</summary>
    public void OnGap(in GapReport g)
    {
        if (g.Open)
            ReportOpen(g);
        else
            Report(g);
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

    private void Unplace(Mmsi mmsi, VesselPlace s)
    {
        if (s.Cell >= 0 && _byCell.TryGetValue(s.Cell, out var old))
        {
            old.Remove(mmsi);
            if (old.Count == 0)
                _byCell.Remove(s.Cell);
        }
    }

    private void Report(in GapReport g)
    {
        var (mmsi, lat, lon, t) = (g.Mmsi, g.OnLat, g.OnLon, g.OnTicks);
        var offPort = _ctx.NearestPortEvidence(g.OffLat, g.OffLon, out var offKm);
        var onPort = _ctx.NearestPortEvidence(lat, lon, out var onKm);
        if (offKm < _o.GapMinPortDistanceKm || onKm < _o.GapMinPortDistanceKm)
        {
            _ctx.Stats.GapCandidatesNearPort++;
            return;
        }
        _ctx.Stats.Gaps++;
        var start = new DateTimeOffset(g.OffTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(t, TimeSpan.Zero);
        var estimate = Estimate(g, lat, lon, t / TimeSpan.TicksPerHour);
        var duration = TimeSpan.FromTicks(t - g.OffTicks);
        var km = GreatCircle.DistanceMetres(g.OffLat, g.OffLon, lat, lon) / 1000.0;
        var nm = km * 1000 / Distance.MetresPerNauticalMile;
        var id = EventIds.For(EventType.Gap, mmsi, start, 0);
        var evidence = new GapEvidence(
            Off: new EvidenceFix(start, GeoPoint.Create(g.OffLat, g.OffLon)),
            On: new EvidenceFix(end, GeoPoint.Create(lat, lon)),
            DurationS: (long)duration.TotalSeconds,
            DistanceKm: km,
            ImpliedSpeedKn: nm / duration.TotalHours,
            // Windward-style feasibility: hours left over after sailing straight from OFF to ON at a tanker's pace.
            SpareHours: Math.Max(0, duration.TotalHours - nm / _o.PartnerTransitKnots),
            ReceptionVesselsBefore: estimate.Before,
            ReceptionVesselsDuring: estimate.During,
            ReceptionHours: estimate.Hours,
            SegmentBefore: g.SegmentBefore,
            SegmentAfter: g.SegmentAfter,
            Reception: estimate.Ratio, // null: unknown, nobody else was heard there before the gap
            OffShoreDistanceKm: _ctx.ShoreDistanceKm(g.OffLat, g.OffLon),
            OnShoreDistanceKm: _ctx.ShoreDistanceKm(lat, lon),
            OffNearestPort: offPort,
            OnNearestPort: onPort);
        _ctx.Events.Emit(new PicketEvent(id, EventType.Gap, start, end,
            GeoPoint.Create(g.OffLat, g.OffLon), [_ctx.Resolve(mmsi)], estimate.Confidence, evidence));
        _linker.AddGap(new GapRecord(id, mmsi, g.OffTicks, t, g.OffLat, g.OffLon, lat, lon));
    }

    private Reception Estimate(in GapReport g, double lat, double lon, long endHour)
    {
        var startHour = g.OffTicks / TimeSpan.TicksPerHour;
        var oldest = endHour - _reception.RetentionHours + 1;
        var c1 = _reception.CellOf(g.OffLat, g.OffLon);
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
            before += Others(g.OwnKeys, c1, h) + (c2 != c1 ? Others(g.OwnKeys, c2, h) : 0);
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

    private int Others(long[] ownKeys, long cell, long hour)
    {
        var n = _reception.Heard(cell, hour);
        var key = _reception.KeyOf(cell, hour);
        foreach (var k in ownKeys)
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
                s.Forgotten = true; // area tracks that cached it must look the MMSI up again
                _vessels.Remove(m);
            }
    }

    /// <summary>
    /// A silence still open at the clock: reported (<c>still_dark</c>, ending at the clock) when others were heard here
    /// after the vessel went quiet — the feed is alive, this vessel is not. The id is the one the closed gap gets when the
    /// vessel reappears, so a store that upserts by id holds it once.
    /// </summary>
    private void ReportOpen(in GapReport g)
    {
        if (_heardTicks <= g.OffTicks)
            return;
        var offPort = _ctx.NearestPortEvidence(g.OffLat, g.OffLon, out var offKm);
        if (offKm < _o.GapMinPortDistanceKm)
            return; // silent in port is routine
        _ctx.Stats.OpenGaps++;
        var nowTicks = g.OnTicks;
        var start = new DateTimeOffset(g.OffTicks, TimeSpan.Zero);
        var duration = TimeSpan.FromTicks(nowTicks - g.OffTicks);
        var estimate = Estimate(g, g.OffLat, g.OffLon, nowTicks / TimeSpan.TicksPerHour);
        var evidence = new OpenGapEvidence(
            Off: new EvidenceFix(start, GeoPoint.Create(g.OffLat, g.OffLon)),
            DurationS: (long)duration.TotalSeconds,
            ReceptionVesselsBefore: estimate.Before,
            ReceptionVesselsDuring: estimate.During,
            ReceptionHours: estimate.Hours,
            SegmentBefore: g.SegmentBefore,
            Reception: estimate.Ratio, // null: unknown, nobody else was heard there before the gap
            OffShoreDistanceKm: _ctx.ShoreDistanceKm(g.OffLat, g.OffLon),
            OffNearestPort: offPort);
        _ctx.Events.Emit(new PicketEvent(EventIds.For(EventType.Gap, g.Mmsi, start, 0), EventType.Gap, start,
            new DateTimeOffset(nowTicks, TimeSpan.Zero), GeoPoint.Create(g.OffLat, g.OffLon), [_ctx.Resolve(g.Mmsi)],
            estimate.Confidence, evidence));
    }

    private readonly record struct Reception(double? Ratio, double Before, double During, long Hours, double Confidence);

    /// <summary>Per MMSI, as this area heard it: the last fix and the reception cell it was placed in for the dark-STS search.</summary>
    internal sealed class VesselPlace
    {
        /// <summary>Set when the vessel is dropped from the table after <see cref="DetectionOptions.GapMemory"/> of silence.</summary>
        public bool Forgotten;
        public long LastTicks = long.MinValue, Cell = -1;
        public double LastLat, LastLon;
    }
}
