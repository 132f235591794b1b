using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// Plants the single-vessel cases on an ordinary voyage between two ports: a GNSS jump (positions displaced
/// 40–150 km for 10–30 min, then back), a flag hop (new MMSI under another flag, same IMO, new name and call sign),
/// a rename (same MMSI and IMO, new name), and a direct delivery into a DPRK port (a foreign tanker calling at
/// Nampo with AIS on, the 2019–2020 pattern of the tanker Courageous, US v. M/T Courageous forfeiture complaint, D.D.C. 2020).
/// </summary>
internal static class VoyagePlanner
{
    private const double Knots = 12;
    /// <summary>Chinese ports a DPRK-bound merchant sails from.</summary>
    private static readonly string[] ChineseOrigins = ["Longkou", "Dalian", "Dandong", "Yantai"];
    /// <summary>Home ports of the Bohai trawler and of its twin off Korea.</summary>
    private static readonly string[] BohaiHomePorts = ["Tianjin Xingang", "Tangshan", "Yingkou"], KoreanHomePorts = ["Incheon", "Pyeongtaek"];

    public static void Jump(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs, long endMs) =>
        Voyage(fleet, "gnss_jump", region, ids, seed, startMs, endMs, (v, rng) =>
        {
            v.JumpUntilMs = v.Leg.EndMs + (long)(rng.Between(10, 30) * 60_000);
            v.JumpBearing = rng.Between(0, 360);
            v.JumpMetres = rng.Between(40_000, 150_000);
        });

    public static void FlagHop(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs, long endMs) =>
        Voyage(fleet, "flag_hop", region, ids, seed, startMs, endMs, (v, rng) =>
        {
            var flag = IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)];
            if (flag.Mid == v.TrueIdentity.Mmsi / 1_000_000) flag = IdentityFactory.Convenience[(rng.Next(IdentityFactory.Convenience.Length - 1) + 1) % IdentityFactory.Convenience.Length];
            v.TrueIdentity = v.TrueIdentity with { Mmsi = ids.NewMmsi(flag.Mid, rng), Name = ids.NewName("ocean", rng), CallSign = IdentityFactory.CallSign(flag.CallPrefix, rng) };
            v.Broadcast = v.TrueIdentity;
        });

    public static void Rename(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs, long endMs) =>
        Voyage(fleet, "rename", region, ids, seed, startMs, endMs, (v, rng) =>
        {
            v.TrueIdentity = v.TrueIdentity with { Name = ids.NewName("ocean", rng) };
            v.Broadcast = v.TrueIdentity;
        });

    private static void Voyage(Fleet fleet, string scenario, Region region, IdentityFactory ids, long seed, long startMs, long endMs, Action<SimVessel, SimRandom> midway)
    {
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var ports = region.Ports.Where(p => !p.IsDprk).ToList();
        Port from = ports[0], to = ports[1];
        LatLon[] route = [];
        long travel = long.MaxValue;
        // Pick a pair whose voyage fits with a few hours to spare (tries are deterministic for the seed).
        for (int attempt = 0; attempt < 50 && travel > endMs - startMs - 6 * 3_600_000L; attempt++)
        {
            from = rng.Pick(ports);
            do to = rng.Pick(ports); while (to == from);
            route = region.Routes.Between(from, to);
            travel = 0;
            for (int i = 1; i < route.Length; i++) travel += ScriptBuilder.TravelMs(route[i - 1], route[i], Knots);
        }
        var flag = IdentityFactory.China[rng.Next(3)];
        var identity = ids.Ship(flag, "cn", (byte)rng.Between(70, 84), rng);
        var berth = MerchantBehaviour.BerthSpot(from, rng);
        long slack = Math.Max(0, endMs - startMs - travel - 5 * 3_600_000L);
        long depart = startMs + 3_600_000L + (long)(rng.NextDouble() * slack);
        var b = new ScriptBuilder(berth, startMs).HoldUntil(depart, NavigationStatus.Moored).MoveTo(route[0], 8);
        int mid = route.Length / 2;
        for (int i = 1; i < route.Length; i++)
        {
            if (i == mid)
            {
                double hopHours = ScriptBuilder.TravelMs(route[i - 1], route[i], Knots) / 3_600_000.0;
                b.MoveToward(route[i], Knots, hopHours * rng.Between(0.3, 0.7));
                var localRng = SimRandom.For(seed, index + 1_000_000);
                b.Then(v => midway(v, localRng));
            }
            b.MoveTo(route[i], Knots);
        }
        b.MoveTo(MerchantBehaviour.BerthSpot(to, rng), 6).HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var script = b.Build();
        fleet.Vessels.Add(new SimVessel(index, false, identity, script, script.First, rng, scenario));
        fleet.Count(scenario);
    }

    public static void DirectDelivery(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs, long endMs)
    {
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var nampo = region.Ports.First(p => p.IsDprk);
        var origin = region.Port(rng.Pick(ChineseOrigins));
        var outbound = region.Routes.Between(origin, nampo);
        long travel = 0;
        for (int i = 1; i < outbound.Length; i++) travel += ScriptBuilder.TravelMs(outbound[i - 1], outbound[i], Knots);
        var identity = ids.Ship(IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)], "ocean", (byte)rng.Between(80, 84), rng);
        long depart = startMs + (long)(rng.Between(1, 6) * 3_600_000);
        var b = new ScriptBuilder(MerchantBehaviour.AnchorSpot(origin, rng), startMs).HoldUntil(depart, NavigationStatus.AtAnchor);
        b.MoveVia(outbound, Knots).MoveTo(MerchantBehaviour.BerthSpot(nampo, rng), 6);
        b.HoldUntil(b.Time + (long)(rng.Between(10, 20) * 3_600_000), NavigationStatus.Moored);
        b.MoveTo(nampo.Gate, 8).MoveVia(region.Routes.Between(nampo, origin).Skip(1), Knots).MoveTo(MerchantBehaviour.BerthSpot(origin, rng), 6);
        b.HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var script = b.Build();
        fleet.Vessels.Add(new SimVessel(index, false, identity, script, script.First, rng, "dprk_port_call"));
        fleet.Count("dprk_port_call");
    }

    /// <summary>
    /// Two boats on one MMSI: an ordinary Bohai trawler and, 400+ km away off Korea, a second transponder set to the
    /// same number (positions only). Neither is dark; the only sign is the same MMSI in two places at once.
    /// </summary>
    public static void MmsiClone(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs)
    {
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var original = BackgroundTraffic.Fishing(index, rng, region, ids, startMs, classB: false, region.Port(rng.Pick(BohaiHomePorts)));
        var crng = SimRandom.For(seed, index + 1);
        var clone = BackgroundTraffic.Fishing(index + 1, crng, region, ids, startMs, classB: false, region.Port(crng.Pick(KoreanHomePorts)));
        var cloneVessel = new SimVessel(index + 1, false, clone.TrueIdentity, clone.Behaviour, clone.Leg, crng, "mmsi_clone")
        {
            Broadcast = original.Broadcast,
            SendsStatic = false,
        };
        cloneVessel.Truth.CloneOf = original.Broadcast.Mmsi;
        fleet.Vessels.Add(original);
        fleet.Vessels.Add(cloneVessel);
        fleet.Count("mmsi_clone");
    }
}
