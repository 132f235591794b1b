using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>
/// Finds coal-laundering chains, the pattern the UN Panel of Experts documented in 2018 (S/2018/171, S/2018/1031) and
/// South Korean customs traced in August 2018: DPRK coal — banned outright by UNSCR 2371 (2017) OP8 — loaded in a DPRK
/// port, carried to a Russian port such as Kholmsk or Nakhodka (or handed to another bulk carrier at sea), relabelled
/// Russian, and landed in a third country. The rule, within <see cref="ChainOptions.Window"/>:
/// <list type="number">
/// <item><b>origin</b> — a call at a DPRK port; or a dark period that began or ended near the DPRK coast, or that was long
/// enough for a detour to one; or a meeting at sea with a DPRK-flagged (UNSCR 2375 OP11) or listed vessel;</item>
/// <item><b>laundering</b> — a later call of the same hull at a transshipment port; or a later meeting at sea with another
/// hull (not DPRK-flagged) in which the draughts do not show cargo going the other way;</item>
/// <item><b>arrival</b> — the carrying hull's next call at a port outside the DPRK and outside the transshipment port's
/// country.</item>
/// </list>
/// Tankers (AIS types 80–89) are left out unless their draught shows them leaving the DPRK link laden: a tanker calls
/// there to deliver oil (UNSCR 2397 OP5), which the delivery and cap accounting handles, not to load coal. One chain is
/// reported per arrival (per transfer for the at-sea variant), from its strongest origin; the origin is looked for
/// within the window before the laundering step, so AIS off for days, late-typed draughts and repeated calls still give
/// one chain with the right links.
/// </summary>
/// <param name="options">Window, ports and thresholds of the chain rule; <see cref="ChainOptions.Default"/> when null.</param>
/// <param name="voyageOptions">How draughts are judged; <see cref="VoyageOptions.Default"/> when null.</param>
public sealed class LaunderingChainFinder(ChainOptions? options = null, VoyageOptions? voyageOptions = null)
{
    private readonly ChainOptions _o = options ?? ChainOptions.Default;
    private readonly VoyageOptions _v = voyageOptions ?? VoyageOptions.Default;
    private readonly IReadOnlyList<Port> _dprkPorts = PortTable.Default.Ports.Where(p => p.IsDprk).ToList();

    /// <param name="isListed">Tells whether an MMSI is a listed vessel (null: only the DPRK flag marks a partner).</param>
    /// <param name="hulls">The activity of every hull in the input; their draught lists are sorted in place by time.</param>
    public IReadOnlyList<LaunderingChain> Find(IEnumerable<HullActivity> hulls, Func<Mmsi, bool>? isListed = null)
    {
        var byMmsi = hulls.ToDictionary(h => h.Mmsi);
        // Identity reports arrive in feed order, which a second receiver's late copies can disturb.
        foreach (var h in byMmsi.Values) h.Draughts.Sort((a, b) => a.Time.CompareTo(b.Time));
        var chains = new List<LaunderingChain>();
        foreach (var h in byMmsi.Values.OrderBy(h => h.Mmsi.Value))
        {
            var origins = Origins(h, isListed);
            if (origins.Count == 0) continue;
            var scale = DraughtScale.Of(h.Draughts, _v.MinDraughtRangeMetres);
            var tanker = h.ShipType is { IsTanker: true };
            var calls = h.Calls.OrderBy(c => c.Start).ToList();
            // Variant A: transshipment call, then arrival in a third country.
            var usedArrivals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in calls.Where(c => c.Port.Locode is { } code && _o.TransshipmentPorts.Contains(code)))
            {
                var origin = Best(origins, c.Start);
                if (origin == null) continue;
                var arrival = calls.FirstOrDefault(r => r.Start >= c.End && !r.Port.IsDprk && r.Port.Country != c.Port.Country
                    && !(r.Port.Locode is { } rc && _o.TransshipmentPorts.Contains(rc)) && r.Start - origin.Start <= _o.Window);
                if (arrival == default || !usedArrivals.Add(arrival.EventId)) continue;
                if (tanker && origin.Draught.Load != LoadState.Laden) continue;
                var via = new ChainLink(ChainLinkKind.TransshipmentCall, c.EventId, h.Mmsi, c.Start, c.End, c.Port.Position, c.Port,
                    Draught: scale.Judge(InForce(h.Draughts, c.Start)));
                chains.Add(new LaunderingChain(origin, via, ArrivalLink(h, arrival, scale), h.ShipType, origin.Strength));
            }
            // Variant B: a transfer at sea to another hull, which then lands the cargo.
            foreach (var m in h.Meetings.OrderBy(m => m.Start))
            {
                if (m.Partner.Mid == Vessels.IdentityChecks.DprkMid || isListed?.Invoke(m.Partner) == true) continue;
                var origin = Best(origins, m.Start, exclude: m.EventId);
                if (origin == null || origin.Partner == m.Partner) continue;
                if (!byMmsi.TryGetValue(m.Partner, out var k)) continue;
                var kScale = DraughtScale.Of(k.Draughts, _v.MinDraughtRangeMetres);
                // Which way did cargo go? The carrier must not have loaded, nor the partner discharged.
                var hChange = Change(h.Draughts, m);
                var kChange = Change(k.Draughts, m);
                if (hChange >= _o.DraughtSignalMetres || kChange <= -_o.DraughtSignalMetres) continue;
                if (tanker && origin.Draught.Load != LoadState.Laden) continue;
                var arrival = k.Calls.Where(r => r.Start >= m.End && !r.Port.IsDprk && r.Start - origin.Start <= _o.Window).OrderBy(r => r.Start).FirstOrDefault();
                if (arrival == default) continue;
                bool confirmed = hChange <= -_o.DraughtSignalMetres || kChange >= _o.DraughtSignalMetres;
                var transfer = new ChainLink(ChainLinkKind.TransferAtSea, m.EventId, h.Mmsi, m.Start, m.End, m.Position, Partner: m.Partner,
                    Draught: scale.Judge(After(h.Draughts, m.End)));
                chains.Add(new LaunderingChain(origin, transfer, ArrivalLink(k, arrival, kScale), h.ShipType, origin.Strength * (confirmed ? 1 : 0.85)));
            }
        }
        return chains;
    }

    /// <summary>Every DPRK link of the hull, each with the draught it declared on leaving it.</summary>
    private List<ChainLink> Origins(HullActivity h, Func<Mmsi, bool>? isListed)
    {
        var scale = DraughtScale.Of(h.Draughts, _v.MinDraughtRangeMetres);
        var list = new List<ChainLink>();
        foreach (var c in h.Calls)
            if (c.Port.IsDprk)
                list.Add(new ChainLink(ChainLinkKind.DprkPortCall, c.EventId, h.Mmsi, c.Start, c.End, c.Port.Position, c.Port,
                    Draught: scale.Judge(After(h.Draughts, c.End))));
        foreach (var g in h.Gaps)
        {
            if (NearDprk(g.Off) || NearDprk(g.On))
                list.Add(new ChainLink(ChainLinkKind.DarkNearDprk, g.EventId, h.Mmsi, g.Start, g.End, g.Off, Draught: scale.Judge(After(h.Draughts, g.End))));
            else if (CouldReachDprk(g))
                list.Add(new ChainLink(ChainLinkKind.DarkCouldReachDprk, g.EventId, h.Mmsi, g.Start, g.End, g.Off, Draught: scale.Judge(After(h.Draughts, g.End))));
        }
        if (h.Mmsi.Mid != Vessels.IdentityChecks.DprkMid)
            foreach (var m in h.Meetings)
            {
                var kind = m.Partner.Mid == Vessels.IdentityChecks.DprkMid ? ChainLinkKind.MetDprkVessel
                    : isListed?.Invoke(m.Partner) == true ? ChainLinkKind.MetListedVessel : (ChainLinkKind?)null;
                if (kind is { } k)
                    list.Add(new ChainLink(k, m.EventId, h.Mmsi, m.Start, m.End, m.Position, Partner: m.Partner, Draught: scale.Judge(After(h.Draughts, m.End))));
            }
        return list;
    }

    /// <summary>The strongest origin that ended before <paramref name="before"/> and within the window of it; the latest among equals.</summary>
    private ChainLink? Best(List<ChainLink> origins, DateTimeOffset before, string? exclude = null) =>
        origins.Where(o => o.EventId != exclude && o.End <= before && before - o.Start <= _o.Window)
            .OrderByDescending(o => o.Strength).ThenByDescending(o => o.Start).FirstOrDefault();

    private static ChainLink ArrivalLink(HullActivity h, CallRecord r, DraughtScale scale) =>
        new(ChainLinkKind.Arrival, r.EventId, h.Mmsi, r.Start, r.End, r.Port.Position, r.Port, Draught: scale.Judge(InForce(h.Draughts, r.Start)));

    private bool NearDprk(GeoPoint p) =>
        _dprkPorts.Any(d => GreatCircle.DistanceMetres(p.Lat, p.Lon, d.Lat, d.Lon) / 1000 <= _o.NearDprkKm);

    private bool CouldReachDprk(DarkPeriod g)
    {
        var hours = (g.End - g.Start).TotalHours - _o.MinLoadingStay.TotalHours;
        if (hours <= 0) return false;
        foreach (var d in _dprkPorts)
        {
            var km = (GreatCircle.DistanceMetres(g.Off.Lat, g.Off.Lon, d.Lat, d.Lon) + GreatCircle.DistanceMetres(d.Lat, d.Lon, g.On.Lat, g.On.Lon)) / 1000;
            if (km / 1.852 / _o.DetourKnots <= hours) return true;
        }
        return false;
    }

    /// <summary>Draught after minus draught before a meeting (0 when either is unknown); a value typed up to half a day late counts.</summary>
    private double Change(List<DraughtRecord> draughts, MeetingRecord m) =>
        InForce(draughts, m.Start) is { } before && After(draughts, m.End) is { } after ? after - before : 0;

    /// <summary>The draught in force just after <paramref name="t"/>, preferring a value typed within the late-typing window.</summary>
    private double? After(List<DraughtRecord> draughts, DateTimeOffset t)
    {
        var was = InForce(draughts, t);
        foreach (var d in draughts)
            if (d.Time > t && d.Time <= t + _v.DraughtTypedLateWithin && (was is not { } w || Math.Abs(d.Metres - w) >= 0.3))
                return d.Metres;
        return was;
    }

    private static double? InForce(List<DraughtRecord> draughts, DateTimeOffset at)
    {
        double? value = null;
        foreach (var d in draughts)
            if (d.Time <= at) value = d.Metres;
        return value;
    }
}
