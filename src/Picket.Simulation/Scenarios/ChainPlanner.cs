using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Truth;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// Plants coal-laundering chains in the East Sea after the 2017 cases the UN Panel of Experts (S/2018/171) and South
/// Korean customs (August 2018) described: a bulk carrier loads coal at Rajin or Chongjin, sails for the Russian Far East
/// with AIS off, calls at Nakhodka or Vostochnyy (where the coal becomes "Russian"), and lands it in South Korea.
/// <list type="bullet">
/// <item><c>coal_chain_port</c>: the DPRK call is on air; AIS goes off once clear of the port and back on before Russia.</item>
/// <item><c>coal_chain_dark</c>: AIS goes off on the approach to the DPRK port and on again after leaving: the call itself
/// is never heard, only a dark period near the DPRK coast.</item>
/// <item><c>coal_chain_sts</c>: the variant at sea — the loaded bulk carrier (DPRK-flagged or not) meets a foreign bulk
/// carrier east of Chongjin, the coal goes across (draughts typed after), and the receiver lands it in Korea or Japan.</item>
/// </list>
/// Crews type draughts late or early and destinations in many styles, as they do.
/// </summary>
internal static class ChainPlanner
{
    private const double Knots = 11, FastKnots = 12.5, HarbourKnots = 6;
    private static readonly string[][] Styles =
    [
        ["NAKHODKA", "RU NHK", "NAKHODKA RUSSIA", "RUNJK", "NAHODKA"],
        ["VOSTOCHNY", "RU VYP", "VOSTOCHNYY RUS", "RUVYP", "VOSTOCHNIY"],
        ["DONGHAE", "KR TGA", "DONGHAE KOREA", "TONGHAE", "KRTGA"],
        ["POHANG", "KR KPO", "POHANG KOREA", "POHANG,KR", "KRKPO"],
        ["ULSAN", "KR USN", "ULSAN KOREA", "KRUSN", "ULSAN/KR"],
        ["SAKAIMINATO", "JP SMN", "SAKAIMINATO JAPAN", "JPSMN", "SAKAIMINAT"],
    ];

    public static void PortChain(Fleet fleet, IdentityFactory ids, long seed, long startMs, long endMs, bool darkAtOrigin)
    {
        string scenario = darkAtOrigin ? "coal_chain_dark" : "coal_chain_port";
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var origin = rng.Pick(EastSea.DprkOrigins);
        var via = rng.Pick(EastSea.Transshipment);
        var identity = ids.Ship(IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)], "ocean", (byte)rng.Between(70, 79), rng,
            destination: Typed(via, rng));
        double laden = Math.Round(rng.Between(8.5, 11.5), 1), ballast = Math.Round(laden * rng.Between(0.45, 0.55), 1);
        identity = identity with { DraughtMetres = ballast };
        var berth = MerchantBehaviour.BerthSpot(origin, rng);
        var toVia = EastSea.Lane(origin, via);
        ScriptBuilder b;
        if (darkAtOrigin)
        {
            // Heard first at sea 60 km out, bound for the DPRK port; off 20–30 km from it.
            b = new ScriptBuilder(origin.Gate.Offset(origin.Gate.BearingTo(toVia[1]), 60_000), startMs);
            b.MoveTo(origin.Gate.Offset(origin.Gate.BearingTo(toVia[1]), rng.Between(20_000, 30_000)), Knots).Then(v => v.Dark = true);
            b.MoveTo(origin.Gate, Knots).MoveTo(berth, HarbourKnots);
            b.HoldUntil(b.Time + (long)(rng.Between(5, 8) * 3_600_000), NavigationStatus.Moored);
            b.Then(v => Draught(v, laden));
        }
        else
        {
            // Typed once clear of the port: DPRK ports are heard only by satellite, so a value typed at the berth could
            // not be placed in port from the few fixes heard there, and the truth would not agree with any detector.
            b = new ScriptBuilder(berth, startMs);
            long depart = startMs + (long)(rng.Between(2, 6) * 3_600_000);
            b.HoldUntil(depart, NavigationStatus.Moored);
            b.MoveTo(origin.Gate, HarbourKnots).Then(v => Draught(v, laden));
        }
        // Clear of the coast (and, in the dark variant, of the port) before the transponder changes state.
        b.MoveToward(toVia[1], Knots, rng.Between(0.7, 1.0));
        b.Then(v => v.Dark = !darkAtOrigin);
        var last = toVia[^1];
        for (int i = 1; i < toVia.Length - 1; i++) b.MoveTo(toVia[i], Knots);
        double onAirHours = rng.Between(1.3, 2.0);
        b.MoveToward(last, Knots, Math.Max(0.1, ScriptBuilder.TravelMs(b.Position, last, Knots) / 3_600_000.0 - onAirHours));
        b.Then(v => v.Dark = false);
        b.MoveTo(last, Knots).MoveTo(MerchantBehaviour.BerthSpot(via, rng), HarbourKnots);
        // Papers for "Russian" coal; the cargo stays aboard.
        b.HoldUntil(b.Time + (long)(rng.Between(6, 9) * 3_600_000), NavigationStatus.Moored);
        var arrival = PickArrival(EastSea.KoreanArrivals, via, b.Time, endMs, rng);
        b.Then(v => Destination(v, Typed(arrival, rng)));
        b.MoveVia(EastSea.Lane(via, arrival), FastKnots).MoveTo(MerchantBehaviour.BerthSpot(arrival, rng), HarbourKnots);
        b.HoldUntil(b.Time + (long)(rng.Between(3, 6) * 3_600_000), NavigationStatus.Moored).Then(v => Draught(v, ballast));
        b.HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var script = b.Build();
        var vessel = new SimVessel(index, false, identity, script, script.First, rng, scenario);
        script.FirstAction?.Invoke(vessel);
        fleet.Vessels.Add(vessel);
        fleet.Chains.Add(new PlannedChain(scenario, vessel, null, origin.Locode, darkAtOrigin, via.Locode, arrival.Locode));
        fleet.Count(scenario);
    }

    public static void TransferChain(Fleet fleet, Region region, IdentityFactory ids, long seed, long startMs, long endMs)
    {
        const string scenario = "coal_chain_sts";
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        var origin = rng.Pick(EastSea.DprkOrigins);
        var flag = rng.Chance(0.5) ? IdentityFactory.Dprk : IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)];
        var carrierId = ids.Ship(flag, "ocean", (byte)rng.Between(70, 79), rng, destination: "");
        double laden = Math.Round(rng.Between(8.0, 10.5), 1), ballast = Math.Round(laden * rng.Between(0.45, 0.55), 1);
        carrierId = carrierId with { DraughtMetres = ballast };
        var meet = EastSea.TransferArea.Offset(rng.Between(0, 360), rng.Between(0, 25_000));
        double waitH = rng.Between(2.5, 4), alongsideH = rng.Between(6.5, 9), driftKn = rng.Between(0.3, 0.6), driftBearing = rng.Between(0, 360);

        // Carrier: loads at the DPRK berth (draught typed in port), sails to the meeting, comes alongside on arrival.
        var berth = MerchantBehaviour.BerthSpot(origin, rng);
        long depart = startMs + (long)(rng.Between(2, 5) * 3_600_000);
        var c = new ScriptBuilder(berth, startMs);
        // The laden draught is typed at sea, late, as in the port variant.
        c.HoldUntil(depart, NavigationStatus.Moored).MoveTo(origin.Gate, HarbourKnots).Then(v => Draught(v, laden));
        long tm = c.Time + ScriptBuilder.TravelMs(origin.Gate, meet, Knots);
        long arriveK = tm - (long)(waitH * 3_600_000), leaveAt = tm + (long)(alongsideH * 3_600_000);
        var kAtTm = meet.Offset(driftBearing, driftKn * Leg.MetresPerSecondPerKnot * (tm - arriveK) / 1000.0);
        c.MoveTo(kAtTm.Offset(driftBearing + 90, 55), Knots);
        c.HoldUntil(leaveAt, NavigationStatus.UnderWayUsingEngine, driftKn, driftBearing);
        c.MoveToward(origin.Gate, Knots, rng.Between(0.5, 2)).Then(v => Draught(v, ballast));
        c.MoveTo(origin.Gate, Knots).MoveTo(MerchantBehaviour.BerthSpot(origin, rng), HarbourKnots).HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var carrierScript = c.Build();
        var carrier = new SimVessel(index, false, carrierId, carrierScript, carrierScript.First, rng, scenario);
        carrierScript.FirstAction?.Invoke(carrier);

        // Receiver: a foreign bulk carrier out of a Russian port, waiting at the meeting point, then bound for Korea or Japan.
        var krng = SimRandom.For(seed, index + 1);
        var home = krng.Pick(EastSea.Transshipment);
        var receiverId = ids.Ship(IdentityFactory.Convenience[krng.Next(IdentityFactory.Convenience.Length)], "ocean", (byte)krng.Between(70, 79), krng, destination: "");
        double kBallast = Math.Round(krng.Between(4.5, 6), 1), kLaden = Math.Round(kBallast + krng.Between(2.5, 4), 1);
        receiverId = receiverId with { DraughtMetres = kBallast };
        var (kStart, kDepart, kAtSea) = ScriptBuilder.Backtrack(home.Gate, meet, Knots, arriveK, startMs);
        var k = new ScriptBuilder(kStart, startMs);
        if (!kAtSea) k.HoldUntil(kDepart, NavigationStatus.AtAnchor);
        k.MoveTo(meet, Knots).HoldUntil(leaveAt, NavigationStatus.UnderWayUsingEngine, driftKn, driftBearing, arriveK);
        Geography.Port[] arrivals = [.. EastSea.KoreanArrivals, EastSea.Sakaiminato];
        var arrival = PickArrival(arrivals, null, leaveAt, endMs, krng, meet);
        k.MoveToward(arrival.Gate, FastKnots, krng.Between(0.2, 2.5)).Then(v => { Draught(v, kLaden); Destination(v, Typed(arrival, krng)); });
        k.MoveVia(EastSea.FromSea(k.Position, arrival).Skip(1), FastKnots).MoveTo(MerchantBehaviour.BerthSpot(arrival, krng), HarbourKnots);
        k.HoldUntil(k.Time + (long)(krng.Between(3, 6) * 3_600_000), NavigationStatus.Moored).Then(v => Draught(v, kBallast));
        k.HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var receiverScript = k.Build();
        var receiver = new SimVessel(index + 1, false, receiverId, receiverScript, receiverScript.First, krng, scenario);
        receiverScript.FirstAction?.Invoke(receiver);

        fleet.Vessels.Add(carrier);
        fleet.Vessels.Add(receiver);
        fleet.Encounters.Add(new EncounterWatch(receiver, carrier, scenario, region));
        fleet.Chains.Add(new PlannedChain(scenario, carrier, receiver, origin.Locode, false, null, arrival.Locode));
        fleet.Count(scenario);
    }

    /// <summary>An arrival port the ship reaches a few hours before the run ends, if any does; else the nearest.</summary>
    private static Geography.Port PickArrival(Geography.Port[] choices, Geography.Port? from, long departMs, long endMs, SimRandom rng, LatLon sea = default)
    {
        long Travel(Geography.Port to)
        {
            var lane = from is { } f ? EastSea.Lane(f, to) : EastSea.FromSea(sea, to);
            long ms = 0;
            for (int i = 1; i < lane.Length; i++) ms += ScriptBuilder.TravelMs(lane[i - 1], lane[i], FastKnots);
            return ms + 2 * 3_600_000L;
        }
        var fitting = choices.Where(p => departMs + Travel(p) <= endMs - 4 * 3_600_000L).ToList();
        return fitting.Count > 0 ? rng.Pick(fitting) : choices.OrderBy(Travel).First();
    }

    private static string Typed(Geography.Port p, SimRandom rng)
    {
        var styles = Styles.FirstOrDefault(s => s[3] == p.Locode || s[4] == p.Locode) ?? [p.Name.ToUpperInvariant()];
        return rng.Pick(styles);
    }

    private static void Draught(SimVessel v, double metres)
    {
        v.TrueIdentity = v.TrueIdentity with { DraughtMetres = metres };
        v.Broadcast = v.TrueIdentity;
    }

    private static void Destination(SimVessel v, string text)
    {
        v.TrueIdentity = v.TrueIdentity with { Destination = text };
        v.Broadcast = v.TrueIdentity;
    }
}
