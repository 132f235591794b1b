using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// Ship-to-ship encounters (GFW encounters pipeline, Miller et al. 2018): every segment is resampled onto a
/// 10-minute grid; at each grid instant vessels are paired through a <see cref="ProximityGrid"/> (own and
/// neighbouring cells, never all pairs); consecutive instants within 500 m make a run; runs of the same MMSI pair
/// less than 4 h apart merge; a merged encounter is reported when it lasts ≥ 2 h, both median speeds are &lt; 2 kn
/// and its mean position is ≥ 10 km from a port. A grid instant is processed once the stream is past it by the
/// interpolation limit (no later fix can add a point to it), so memory is the open grid instants, the open runs
/// and the runs waiting to merge.
/// </summary>
internal sealed partial class EncounterDetector
{
    private readonly DetectorContext _ctx;
    private readonly Action<Mmsi, StsSighting> _sighted;
    private readonly DetectionOptions _o;
    private readonly TrackResampler _resampler;
    private readonly long _interval, _maxGap, _mergeGap, _minRun;
    private readonly Dictionary<long, List<GridPoint>> _slots = [];
    private readonly Stack<List<GridPoint>> _spareLists = new();
    private readonly List<GridPoint> _scratchPoints = [];
    private readonly ProximityGrid _grid;
    private readonly List<int> _candidates = [];
    private int[] _neighbourCount = new int[256];
    private readonly Dictionary<ulong, EncounterRun> _open = [];
    private readonly Dictionary<ulong, EncounterRun> _merging = [];
    private readonly List<ulong> _keyScratch = [];
    private long _nextSlot = long.MaxValue;

    /// <param name="ctx">The options, event sink and statistics the detectors share.</param>
    /// <param name="sighted">Told of each encounter per vessel, for the vessel half's draught links.</param>
    public EncounterDetector(DetectorContext ctx, Action<Mmsi, StsSighting> sighted)
    {
        _ctx = ctx;
        _sighted = sighted;
        _o = ctx.Options;
        _interval = _o.ResampleInterval.Ticks;
        _maxGap = _o.MaxInterpolationGap.Ticks;
        _mergeGap = _o.EncounterMergeGap.Ticks;
        _minRun = _o.EncounterMinRunDuration.Ticks;
        _resampler = new TrackResampler(_interval, _maxGap);
        _grid = new ProximityGrid(_o.PairingCellKm);
    }

    public int OpenRuns => _open.Count;
    public int PendingSlots => _slots.Count;

    /// <summary>Resamples a fix onto the grid; the instants it completes are paired by <see cref="AdvanceTo"/>.</summary>
    public void OnFix(in SegmentFix sf, ref TrackResampler.SegmentState resampling)
    {
        _scratchPoints.Clear();
        _resampler.Add(sf, ref resampling, _scratchPoints);
        foreach (var p in _scratchPoints)
        {
            if (!_slots.TryGetValue(p.Ticks, out var list))
            {
                list = _spareLists.Count > 0 ? _spareLists.Pop() : [];
                _slots[p.Ticks] = list;
            }
            list.Add(p);
            if (p.Ticks < _nextSlot)
                _nextSlot = p.Ticks;
        }
        _ctx.Stats.GridPoints += _scratchPoints.Count;
    }

    /// <summary>
    /// The clock reached <paramref name="nowTicks"/>: instants no later fix can add a point to are paired (a point at
    /// instant g comes from a fix less than the interpolation limit after g, and fixes arrive in time order).
    /// </summary>
    public void AdvanceTo(long nowTicks) => ProcessUntil(nowTicks - _maxGap - 1);

    public void Flush()
    {
        ProcessUntil(long.MaxValue);
        foreach (var key in SortedKeys(_open))
            CloseRun(key);
        foreach (var key in SortedKeys(_merging))
        {
            Finalise(_merging[key]);
            _merging.Remove(key);
        }
    }

    private void ProcessUntil(long limit)
    {
        while (_nextSlot <= limit && _slots.Count + _open.Count + _merging.Count > 0)
        {
            var slot = _nextSlot;
            if (_slots.Remove(slot, out var points))
            {
                Pair(slot, points);
                points.Clear();
                _spareLists.Push(points);
            }
            CloseAbsent(slot);
            FinaliseMerged(slot);
            _nextSlot = slot + _interval;
            if (_slots.Count == 0 && _open.Count == 0 && _merging.Count == 0)
                _nextSlot = long.MaxValue; // idle until the next grid point arrives
        }
    }

    private void Pair(long slot, List<GridPoint> points)
    {
        _grid.Clear();
        if (_neighbourCount.Length < points.Count)
            _neighbourCount = new int[points.Count * 2];
        Array.Clear(_neighbourCount, 0, points.Count);
        for (var i = 0; i < points.Count; i++)
            _grid.Add(i, points[i].Lat, points[i].Lon);
        var maxD = _o.EncounterMaxDistanceMetres;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            _candidates.Clear();
            _grid.Candidates(p.Lat, p.Lon, _candidates);
            _candidates.Sort(); // cell order varies; index order keeps runs deterministic
            foreach (var j in _candidates)
            {
                if (j <= i)
                    continue;
                var q = points[j];
                if (q.Mmsi == p.Mmsi)
                    continue; // two segments of one MMSI are a clash, not a meeting
                _ctx.Stats.PairChecks++;
                var d = GreatCircle.DistanceMetres(p.Lat, p.Lon, q.Lat, q.Lon);
                if (d > maxD || _neighbourCount[i] >= _o.MaxNeighbours || _neighbourCount[j] >= _o.MaxNeighbours)
                    continue;
                _neighbourCount[i]++;
                _neighbourCount[j]++;
                Extend(slot, p, q, d);
            }
        }
    }

    private void Extend(long slot, in GridPoint p, in GridPoint q, double metres)
    {
        var (a, b) = p.Mmsi.Value < q.Mmsi.Value ? (p, q) : (q, p);
        var key = ((ulong)a.Mmsi.Value << 32) | b.Mmsi.Value;
        // The port rule is applied per instant as well as to the whole encounter: a run is cut where the pair enters or
        // leaves the exclusion radius, so hours moored together in port cannot lend their zero speed (or pull the mean
        // position) to hours spent together outside.
        var minPortKm = _o.EncounterMinPortDistanceKm;
        var inPort = minPortKm > 0 && _ctx.Ports.Nearest((a.Lat + b.Lat) / 2, (a.Lon + b.Lon) / 2, minPortKm) is not null;
        if (_open.TryGetValue(key, out var run) && run.InPort != inPort && run.LastTicks != slot)
        {
            CloseRun(key);
            run = null;
        }
        if (run is null)
            _open[key] = run = new EncounterRun(a.Mmsi, b.Mmsi, slot) { InPort = inPort };
        if (run.LastTicks == slot)
            return; // the same pair through another segment at the same instant
        run.Add(a, b, metres);
    }

    private void CloseAbsent(long slot)
    {
        _keyScratch.Clear();
        foreach (var (key, run) in _open)
            if (run.LastTicks < slot)
                _keyScratch.Add(key);
        _keyScratch.Sort();
        foreach (var key in _keyScratch)
            CloseRun(key);
    }

    private void CloseRun(ulong key)
    {
        _open.Remove(key, out var run);
        if (run is null || run.Steps < 2 || run.LastTicks - run.StartTicks < _minRun)
            return;
        if (_merging.TryGetValue(key, out var pending))
        {
            if (run.StartTicks - pending.LastTicks < _mergeGap && run.InPort == pending.InPort)
            {
                pending.Absorb(run);
                return;
            }
            Finalise(pending);
        }
        _merging[key] = run;
    }

    private void FinaliseMerged(long slot)
    {
        _keyScratch.Clear();
        foreach (var (key, run) in _merging)
            if (slot - run.LastTicks >= _mergeGap && !_open.ContainsKey(key))
                _keyScratch.Add(key);
        _keyScratch.Sort();
        foreach (var key in _keyScratch)
        {
            Finalise(_merging[key]);
            _merging.Remove(key);
        }
    }

    private void Finalise(EncounterRun run)
    {
        var stats = _ctx.Stats;
        var duration = TimeSpan.FromTicks(run.LastTicks - run.StartTicks);
        if (duration < _o.EncounterMinDuration)
        {
            stats.EncounterCandidatesTooShort++;
            return;
        }
        var speedA = Statistic.Median(run.SpeedsA);
        var speedB = Statistic.Median(run.SpeedsB);
        if (!(speedA < _o.EncounterMaxMedianSpeedKnots && speedB < _o.EncounterMaxMedianSpeedKnots))
        {
            stats.EncounterCandidatesTooFast++;
            return;
        }
        var lat = run.MeanLat;
        var lon = run.MeanLon;
        var port = _ctx.NearestPortEvidence(lat, lon, out var portKm);
        if (portKm < _o.EncounterMinPortDistanceKm)
        {
            stats.EncounterCandidatesNearPort++;
            return;
        }
        var shoreKm = _ctx.ShoreDistanceKm(lat, lon);
        if (shoreKm == 0)
        {
            stats.EncounterCandidatesOnLand++; // GFW drops these: positions on land are bad fixes or inland waters
            return;
        }
        stats.Encounters++;
        var start = new DateTimeOffset(run.StartTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(run.LastTicks, TimeSpan.Zero);
        var evidence = Evidence(run, speedA, speedB, port, shoreKm);
        // Confidence falls when the pair's grid points were mostly interpolated (GFW point_density).
        var density = Math.Min(run.MeanDensityA, run.MeanDensityB);
        var confidence = Math.Clamp(0.4 + 0.6 * density, 0, 1);
        var id = EventIds.For(EventType.Encounter, run.A, start, run.B.Value);
        _sighted(run.A, new StsSighting(id, "encounter", run.SegmentA, run.StartTicks, run.LastTicks));
        _sighted(run.B, new StsSighting(id, "encounter", run.SegmentB, run.StartTicks, run.LastTicks));
        _ctx.Events.Emit(new PicketEvent(
            id,
            EventType.Encounter, start, end, GeoPoint.Create(lat, lon),
            [_ctx.Resolve(run.A), _ctx.Resolve(run.B)], confidence, evidence));
    }

    /// <summary>The evidence of <paramref name="run"/> judged as an encounter: the event's, and an open one's so far (<see cref="EvidenceSoFar"/>).</summary>
    private static EncounterEvidence Evidence(EncounterRun run, double speedA, double speedB, PortEvidence? port, double? shoreKm) => new(
        DurationS: (long)TimeSpan.FromTicks(run.LastTicks - run.StartTicks).TotalSeconds,
        TogetherS: (long)TimeSpan.FromTicks(run.TogetherTicks).TotalSeconds,
        Runs: run.Runs,
        GridSteps: run.Steps,
        MedianDistanceM: Statistic.Median(run.Distances),
        MinDistanceM: Statistic.Min(run.Distances),
        MedianSpeedKnA: speedA,
        MedianSpeedKnB: speedB,
        RealPointsA: run.RealPointsA,
        RealPointsB: run.RealPointsB,
        StartPosition: GeoPoint.Create(run.StartLat, run.StartLon),
        EndPosition: GeoPoint.Create(run.EndLat, run.EndLon),
        SegmentA: run.SegmentA,
        SegmentB: run.SegmentB,
        NearestPort: port,
        ShoreDistanceKm: shoreKm);

    private static List<ulong> SortedKeys(Dictionary<ulong, EncounterRun> d)
    {
        var keys = d.Keys.ToList();
        keys.Sort();
        return keys;
    }
}
