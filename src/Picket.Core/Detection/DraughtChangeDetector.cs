using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// Cargo moved at sea: the draught a vessel broadcasts (type 5 static data, 0.1 m steps up to 25.5 m, ITU-R M.1371)
/// changes by ≥ 1 m although it has not been in a port since it first reported the old value. Draught is typed in
/// by the crew and often updated late, so a change after any port stay is attributed to the port and only counted.
/// Evidence: both values, when each was reported and where the vessel was. Memory: one record per MMSI that
/// reported a draught or was in port, dropped after <see cref="DetectionOptions.GapMemory"/> without news.
/// </summary>
internal sealed class DraughtChangeDetector(DetectorContext ctx)
{
    /// <summary>ITU-R M.1371 type 5: 25.5 m means "25.5 m or more"; anything above is not a draught.</summary>
    private const double MaxDraughtMetres = 25.5;

    private readonly DetectionOptions _o = ctx.Options;
    private readonly Dictionary<Mmsi, State> _vessels = [];
    private long _nextSweepTicks = long.MinValue;

    /// <summary>Where the vessel was last heard; set by the owner to the gap detector's table.</summary>
    public TryGetPosition LastPosition { get; set; } = (Mmsi _, out long t, out GeoPoint p) => { (t, p) = (0, default); return false; };

    public delegate bool TryGetPosition(Mmsi mmsi, out long ticks, out GeoPoint position);

    public int TrackedVessels => _vessels.Count;

    public void MarkInPort(Mmsi mmsi, long ticks, Port port)
    {
        if (!_vessels.TryGetValue(mmsi, out var s))
            _vessels[mmsi] = s = new State();
        if (ticks >= s.LastInPortTicks)
        {
            s.LastInPortTicks = ticks;
            s.LastPort = port;
        }
        s.LastNewsTicks = Math.Max(s.LastNewsTicks, ticks);
    }

    public void OnIdentity(in IdentityReport r)
    {
        if (r.DraughtMetres is not { } d || !(d > 0 && d <= MaxDraughtMetres))
            return;
        var t = r.Time.UtcTicks;
        if (!_vessels.TryGetValue(r.Mmsi, out var s))
            _vessels[r.Mmsi] = s = new State();
        s.LastNewsTicks = Math.Max(s.LastNewsTicks, t);
        var known = LastPosition(r.Mmsi, out _, out var position);
        if (s.Draught is not { } old)
            s.Set(d, t, known ? position : null);
        else if (Math.Abs(d - old) < 0.05)
            s.Heard(t, known ? position : null);
        else
        {
            if (Math.Abs(d - old) >= _o.DraughtMinChangeMetres)
            {
                if (s.LastInPortTicks >= s.SinceTicks)
                    ctx.Stats.DraughtChangesAfterPortCall++;
                else
                    Emit(r.Mmsi, s, d, t, known ? position : null);
            }
            s.Set(d, t, known ? position : null);
        }
        if (t >= _nextSweepTicks)
            Sweep(t);
    }

    private void Emit(Mmsi mmsi, State s, double after, long t, GeoPoint? position)
    {
        var before = s.Draught!.Value;
        var start = new DateTimeOffset(s.LastReportTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(t, TimeSpan.Zero);
        var change = after - before;
        var evidence = new Evidence()
            .Add("draught_before_m", before)
            .Add("draught_after_m", after)
            .Add("change_m", change)
            .Add("direction", change > 0 ? "loaded" : "discharged")
            .Add("before_first_reported", new DateTimeOffset(s.SinceTicks, TimeSpan.Zero))
            .Add("before_last_reported", start)
            .Add("after_reported", end);
        if (s.PositionAtLastReport is { } p0)
            evidence.Add("position_before", p0);
        if (position is { } p1)
            evidence.Add("position_after", p1);
        if (s.LastPort is { } port)
            evidence.Add("last_port", DetectorContext.PortEvidence(port).Add("last_seen", new DateTimeOffset(s.LastInPortTicks, TimeSpan.Zero)));
        ctx.Stats.DraughtChanges++;
        // A bigger change is harder to explain by a typing correction.
        var confidence = Math.Clamp(0.5 + 0.1 * Math.Abs(change), 0.5, 0.9);
        ctx.Events.Emit(new PicketEvent(EventIds.For(EventType.DraughtChange, mmsi, start, (long)Math.Round(after * 10)),
            EventType.DraughtChange, start, end, position ?? s.PositionAtLastReport, [ctx.Resolve(mmsi)], confidence, evidence));
    }

    private void Sweep(long nowTicks)
    {
        _nextSweepTicks = nowTicks + TimeSpan.TicksPerHour;
        var limit = nowTicks - _o.GapMemory.Ticks;
        List<Mmsi>? stale = null;
        foreach (var (mmsi, s) in _vessels)
            if (s.LastNewsTicks < limit)
                (stale ??= []).Add(mmsi);
        if (stale is not null)
            foreach (var m in stale)
                _vessels.Remove(m);
    }

    private sealed class State
    {
        public double? Draught;
        public long SinceTicks, LastReportTicks, LastInPortTicks = long.MinValue, LastNewsTicks = long.MinValue;
        public GeoPoint? PositionAtLastReport;
        public Port? LastPort;

        public void Set(double draught, long t, GeoPoint? position)
        {
            Draught = draught;
            SinceTicks = LastReportTicks = t;
            PositionAtLastReport = position;
        }

        public void Heard(long t, GeoPoint? position)
        {
            if (t < LastReportTicks)
                return;
            LastReportTicks = t;
            if (position is not null)
                PositionAtLastReport = position;
        }
    }
}
