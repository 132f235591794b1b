using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// The draught patterns around ports that a cargo-at-sea detector must tell from a transfer (the crews' habits the UN
/// 1718 Committee's Panel of Experts describes, e.g. S/2019/171: draught typed late, or not at all):
/// <list type="bullet">
/// <item><c>decoy_port_draught</c>: a tanker loads at a Chinese berth and its crew types the new draught there, before
/// sailing. A change made in port: no truth event, a precision test.</item>
/// <item><c>draught_typed_late</c>: the same load, but the new draught is typed 0.5–4 h after leaving port, after the old
/// value was heard at sea. A change at sea as far as AIS can tell: in the truth (with <c>hours_since_port</c>); a
/// detector should report it with the low confidence that late typing deserves.</item>
/// <item><c>decoy_shared_mmsi_draught</c>: two boats on one MMSI in different seas, both sending static reports with
/// draughts 1.5–2.5 m apart. Only an identity clash; a detector keyed on the MMSI would see a draught change every
/// few minutes.</item>
/// </list>
/// </summary>
internal static class DraughtPlanner
{
    private const double Knots = 12, HarbourKnots = 8;
    /// <summary>Home ports of the Bohai trawler and of its twin off Korea.</summary>
    private static readonly string[] BohaiHomePorts = ["Tianjin Xingang", "Tangshan", "Yingkou"], KoreanHomePorts = ["Incheon", "Pyeongtaek"];

    public static void PortLoad(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs, long endMs, bool typedLate)
    {
        string scenario = typedLate ? "draught_typed_late" : "decoy_port_draught";
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var ports = region.Ports.Where(p => !p.IsDprk).ToList();
        var from = rng.Pick(ports);
        Port to;
        do to = rng.Pick(ports); while (to == from);
        var route = region.Routes.Between(from, to);
        var identity = ids.Ship(IdentityFactory.China[rng.Next(3)], "cn", (byte)rng.Between(80, 84), rng);
        double laden = Math.Round(Math.Min(14, identity.DraughtMetres + rng.Between(2, 4)), 1);
        long depart = startMs + (long)(rng.Between(4, 10) * 3_600_000);
        long loadTyped = depart - (long)(rng.Between(1, 3) * 3_600_000);
        long typedAt = typedLate ? depart + (long)(rng.Between(0.5, 4) * 3_600_000) : loadTyped;
        void Type(SimVessel v)
        {
            v.TrueIdentity = v.TrueIdentity with { DraughtMetres = laden };
            v.Broadcast = v.TrueIdentity;
        }
        var b = new ScriptBuilder(MerchantBehaviour.BerthSpot(from, rng), startMs);
        if (!typedLate)
            b.HoldUntil(loadTyped, NavigationStatus.Moored).Then(Type);
        b.HoldUntil(depart, NavigationStatus.Moored);
        var path = new List<(LatLon To, double Knots)> { (route[0], HarbourKnots) };
        path.AddRange(route.Skip(1).Select(p => (p, Knots)));
        foreach (var (point, knots) in path)
        {
            // Split the leg where the crew types the draught.
            long arrive = b.Time + ScriptBuilder.TravelMs(b.Position, point, knots);
            if (typedLate && typedAt > b.Time && typedAt < arrive)
            {
                b.MoveToward(point, knots, (typedAt - b.Time) / 3_600_000.0);
                b.Then(Type);
            }
            b.MoveTo(point, knots);
        }
        b.MoveTo(MerchantBehaviour.BerthSpot(to, rng), 6).HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var script = b.Build();
        var vessel = new SimVessel(index, false, identity, script, script.First, rng, scenario);
        script.FirstAction?.Invoke(vessel);
        fleet.Vessels.Add(vessel);
        fleet.Count(scenario);
    }

    public static void SharedMmsi(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs)
    {
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var original = BackgroundTraffic.Fishing(index, rng, region, ids, startMs, classB: false, region.Port(rng.Pick(BohaiHomePorts)));
        var crng = SimRandom.For(seed, index + 1);
        var clone = BackgroundTraffic.Fishing(index + 1, crng, region, ids, startMs, classB: false, region.Port(crng.Pick(KoreanHomePorts)));
        double other = Math.Round(original.Broadcast.DraughtMetres + crng.Between(1.5, 2.5), 1);
        var cloneVessel = new SimVessel(index + 1, false, clone.TrueIdentity, clone.Behaviour, clone.Leg, crng, "decoy_shared_mmsi_draught")
        {
            Broadcast = original.Broadcast with { DraughtMetres = other },
        };
        cloneVessel.Truth.CloneOf = original.Broadcast.Mmsi;
        fleet.Vessels.Add(new SimVessel(index, false, original.TrueIdentity, original.Behaviour, original.Leg, rng, "decoy_shared_mmsi_draught"));
        fleet.Vessels.Add(cloneVessel);
        fleet.Count("decoy_shared_mmsi_draught");
    }
}
