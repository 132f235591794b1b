using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Analysis.Alerts;

/// <summary>
/// What the rules need to know of each vessel from its static reports: ship type (tanker?), IMO and name (for the
/// watchlist and the alert's vessels). One small record per vessel heard within <see cref="AlertOptions.IdentityMemory"/>.
/// </summary>
internal sealed class VesselFacts(TimeSpan memory)
{
    private readonly Dictionary<Mmsi, Facts> _facts = [];
    private long _nextSweep = long.MinValue;

    public int Count => _facts.Count;

    public void OnIdentity(in IdentityReport r)
    {
        if (r.Mmsi.Value is 0 or > Mmsi.MaxValue)
            return;
        if (!_facts.TryGetValue(r.Mmsi, out var f))
            _facts[r.Mmsi] = f = new Facts();
        if (r.ShipType is { IsAvailable: true } type)
            f.ShipType = type.Code;
        if (r.Imo is > 0 and var imo)
            f.Imo = imo;
        if (!string.IsNullOrWhiteSpace(r.Name))
            f.Name = r.Name.Trim();
        f.LastTicks = Math.Max(f.LastTicks, r.Time.UtcTicks);
        Sweep(r.Time.UtcTicks);
    }

    public bool IsTanker(Mmsi mmsi) => _facts.TryGetValue(mmsi, out var f) && new ShipType(f.ShipType).IsTanker;

    public static bool IsDprkFlagged(Mmsi mmsi) => mmsi.Kind == MmsiKind.Ship && mmsi.Mid == IdentityChecks.DprkMid;

    /// <summary>Whether a static report of the vessel is remembered (alerts name vessels from it, restored with the engine, so a restart names them alike).</summary>
    public bool Knows(Mmsi mmsi) => _facts.ContainsKey(mmsi);

    public EventVessel Resolve(Mmsi mmsi) =>
        _facts.TryGetValue(mmsi, out var f) ? new EventVessel(mmsi, f.Imo, f.Name) : new EventVessel(mmsi);

    public IEnumerable<(Mmsi Mmsi, byte ShipType, int? Imo, string? Name, long LastTicks)> All() =>
        _facts.OrderBy(p => p.Key.Value).Select(p => (p.Key, p.Value.ShipType, p.Value.Imo, p.Value.Name, p.Value.LastTicks));

    public void Restore(Mmsi mmsi, byte shipType, int? imo, string? name, long lastTicks) =>
        _facts[mmsi] = new Facts { ShipType = shipType, Imo = imo, Name = name, LastTicks = lastTicks };

    /// <summary>Once a day of feed time, forgets vessels not reported within the memory: bounded by the vessels heard lately.</summary>
    private void Sweep(long nowTicks)
    {
        if (nowTicks < _nextSweep)
            return;
        _nextSweep = nowTicks + TimeSpan.TicksPerDay;
        var limit = nowTicks - memory.Ticks;
        foreach (var (mmsi, f) in _facts)
            if (f.LastTicks < limit)
                _facts.Remove(mmsi);
    }

    private sealed class Facts
    {
        public byte ShipType;
        public int? Imo;
        public string? Name;
        public long LastTicks;
    }
}
