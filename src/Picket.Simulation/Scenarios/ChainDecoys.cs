using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// The look-alikes a chain detector must leave alone, from the same Russian ports and to the same Korean ports as the
/// planted chains:
/// <list type="bullet">
/// <item><c>decoy_russian_coal</c>: an ordinary Russian coal export — loaded at Nakhodka or Vostochnyy (draught typed in
/// port), AIS on all the way to Korea, never near the DPRK.</item>
/// <item><c>decoy_declared_nearby</c>: the same voyage, but the crew declares one Korean port (Busan, Pohang) and the ship
/// goes to its neighbour (Ulsan): an everyday change of berth, not a voyage irregularity.</item>
/// </list>
/// </summary>
internal static class ChainDecoys
{
    private const double Knots = 12, HarbourKnots = 6;
    /// <summary>Busan as crews type it in the free-text destination field (UN/LOCODE KR PUS).</summary>
    private static readonly string[] BusanAsTyped = ["PUSAN", "KR PUS", "BUSAN KOREA"];

    public static void RussianCoal(Fleet fleet, IdentityFactory ids, long seed, long startMs, long endMs, bool declaredNearby)
    {
        string scenario = declaredNearby ? "decoy_declared_nearby" : "decoy_russian_coal";
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var from = rng.Pick(EastSea.Transshipment);
        var to = declaredNearby ? EastSea.Ulsan : rng.Pick(EastSea.KoreanArrivals);
        string declared = declaredNearby ? rng.Pick(BusanAsTyped) : rng.Pick(new[] { to.Name.ToUpperInvariant(), "KR " + to.Locode[2..], to.Locode });
        var flag = rng.Chance(0.5) ? (273, "UB") : IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)];
        var identity = ids.Ship(flag, "ocean", (byte)rng.Between(70, 79), rng, destination: "");
        double laden = Math.Round(rng.Between(8.5, 11.5), 1), ballast = Math.Round(laden * rng.Between(0.45, 0.55), 1);
        identity = identity with { DraughtMetres = ballast };
        var lane = EastSea.Lane(from, to);
        long travel = 0;
        for (int i = 1; i < lane.Length; i++) travel += ScriptBuilder.TravelMs(lane[i - 1], lane[i], Knots);
        long latest = Math.Max(startMs + 2 * 3_600_000L, endMs - travel - 8 * 3_600_000L);
        long depart = startMs + 2 * 3_600_000L + (long)(rng.NextDouble() * Math.Max(0, Math.Min(latest, startMs + 20 * 3_600_000L) - startMs - 2 * 3_600_000L));
        var b = new ScriptBuilder(MerchantBehaviour.BerthSpot(from, rng), startMs);
        b.HoldUntil(depart - (long)(rng.Between(0.5, 1.5) * 3_600_000), NavigationStatus.Moored).Then(v =>
        {
            v.TrueIdentity = v.TrueIdentity with { DraughtMetres = laden, Destination = declared };
            v.Broadcast = v.TrueIdentity;
        });
        b.HoldUntil(depart, NavigationStatus.Moored).MoveTo(from.Gate, HarbourKnots).MoveVia(lane.Skip(1), Knots);
        b.MoveTo(MerchantBehaviour.BerthSpot(to, rng), HarbourKnots);
        b.HoldUntil(b.Time + (long)(rng.Between(3, 6) * 3_600_000), NavigationStatus.Moored).Then(v =>
        {
            v.TrueIdentity = v.TrueIdentity with { DraughtMetres = ballast };
            v.Broadcast = v.TrueIdentity;
        });
        b.HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var script = b.Build();
        var vessel = new SimVessel(index, false, identity, script, script.First, rng, scenario);
        script.FirstAction?.Invoke(vessel);
        fleet.Vessels.Add(vessel);
        fleet.Count(scenario);
    }
}
