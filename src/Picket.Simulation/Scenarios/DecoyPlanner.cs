using Picket.Ais.Messages;
using Picket.Simulation.Truth;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// Near misses that test precision: two merchants stop side by side at sea (150 m apart, drifting) for 1–1.4 h and
/// part again. Close, slow, far from port — but shorter than the 2 h an encounter needs, and neither is slow for the
/// 4 h of loitering. The pair is watched like a transfer, so if the meeting did meet the rule it would be in the
/// truth; it does not, and a detector that reports it is wrong.
/// </summary>
internal static class DecoyPlanner
{
    private const double Knots = 11;

    public static void ShortMeeting(Fleet fleet, Geography.Region region, IdentityFactory ids, long seed, long startMs, long endMs)
    {
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var ports = region.Ports.Where(p => !p.IsDprk).ToList();
        // A meeting point in the open Yellow Sea, well away from every port.
        Geography.LatLon meet;
        do meet = new(rng.Between(34.5, 38.2), rng.Between(121.5, 124.5));
        while (region.NearestPortMetres(meet, out _) < 40_000);
        long tm = startMs + (long)(rng.Between(0.25, 0.6) * (endMs - startMs));
        double waitH = rng.Between(0.3, 0.6), togetherH = rng.Between(1.0, 1.4);
        double driftKn = rng.Between(0.3, 0.8), driftBearing = rng.Between(0, 360);
        long arriveA = tm - (long)(waitH * 3_600_000), leave = tm + (long)(togetherH * 3_600_000);

        var vessels = new SimVessel[2];
        for (int k = 0; k < 2; k++)
        {
            var vr = SimRandom.For(seed, index + k);
            var home = ports.OrderBy(p => p.Anchorage.DistanceMetres(meet)).Skip(k).First();
            long arrive = k == 0 ? arriveA : tm;
            var target = k == 0 ? meet : meet.Offset(driftBearing, driftKn * Leg.MetresPerSecondPerKnot * (tm - arriveA) / 1000.0).Offset(driftBearing + 90, 150);
            var (start, depart, atSea) = ScriptBuilder.Backtrack(home.Anchorage, target, Knots, arrive, startMs);
            var b = new ScriptBuilder(start, startMs);
            if (!atSea) b.HoldUntil(depart, NavigationStatus.AtAnchor);
            b.MoveTo(target, Knots);
            b.HoldUntil(leave, NavigationStatus.UnderWayUsingEngine, driftKn, driftBearing, k == 0 ? arriveA : null);
            var next = ports.OrderBy(p => p.Anchorage.DistanceMetres(meet)).Skip(2 + k).First();
            b.MoveTo(next.Gate, Knots).MoveTo(MerchantBehaviour.BerthSpot(next, vr), 6).HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
            var identity = ids.Ship(IdentityFactory.China[vr.Next(3)], "cn", (byte)vr.Between(70, 84), vr);
            var script = b.Build();
            vessels[k] = new SimVessel(index + k, false, identity, script, script.First, vr, "decoy_short_meeting");
        }
        fleet.Vessels.AddRange(vessels);
        fleet.Encounters.Add(new EncounterWatch(vessels[0], vessels[1], "decoy_short_meeting", region));
        fleet.Count("decoy_short_meeting");
    }
}
