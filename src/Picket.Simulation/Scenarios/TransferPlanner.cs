using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Truth;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>How the two sides of a planted ship-to-ship transfer use AIS (UN Panel of Experts on the DPRK, S/2018/171 and S/2019/171; US advisory of 23 Feb 2018).</summary>
internal enum TransferMode
{
    /// <summary>Both broadcast throughout (cases 7, 8, 10: seen alongside, identities on air).</summary>
    AisOn,
    /// <summary>The DPRK tanker switches off after leaving port and on again before it returns (case 17 pattern).</summary>
    DprkDark,
    /// <summary>Both switch off around the meeting (case 16: Jin Hung 9 sent nothing).</summary>
    BothDark,
    /// <summary>The DPRK tanker broadcasts an innocent ship's MMSI while away (case 16: Ever Glory as "GE").</summary>
    ClonedMmsi,
}

/// <summary>
/// Plants one transfer: a foreign tanker (flag of convenience) leaves a Chinese anchorage, waits at a hotspot
/// drifting 2.5–4 h, a DPRK tanker from Nampo comes alongside (55 m apart) for 6.5–9 h, then both leave; the DPRK tanker's draught
/// rises by 1.5–3 m, typed 0.1–3 h after casting off (or never, <c>sts_draught_not_updated</c>), and it goes home. Its
/// Nampo draught is re-confirmed at sea on the way out, so the change is judged against a baseline heard at sea. The truth (encounter, loitering, gaps, port calls, draught, clash) is read off by
/// the oracles in <see cref="TruthRecorder"/>, not written here, so it always matches what was transmitted.
/// </summary>
internal static class TransferPlanner
{
    private const double SupplierKnots = 11, ReceiverKnots = 10;
    /// <summary>Hours a dark vessel keeps broadcasting after leaving / before arriving, so its gap has two ends.</summary>
    private const double OnAirMarginHours = 1.5;

    /// <summary>Plants one ship-to-ship transfer between a DPRK tanker and a foreign supplier, of the given kind.</summary>
    /// <param name="fleet">Receives the two hulls (and the innocent ship's clone, for a cloned MMSI).</param>
    /// <param name="mode">What the two do with their AIS around the meeting.</param>
    /// <param name="region">The sea area: ports, transfer areas and routes.</param>
    /// <param name="ids">Hands out the hulls' identities.</param>
    /// <param name="seed">The scenario's seed.</param>
    /// <param name="startMs">The run's start, in UNIX milliseconds.</param>
    /// <param name="endMs">The run's end, in UNIX milliseconds.</param>
    /// <param name="innocent">For <see cref="TransferMode.ClonedMmsi"/>, the ship whose MMSI the tanker borrows; else null.</param>
    /// <param name="updateDraught">False: the crew never types the laden draught (the transfer leaves no draught change on air).</param>
    public static void Plant(Fleet fleet, TransferMode mode, Region region, IdentityFactory ids, long seed, long startMs, long endMs, SimVessel? innocent,
        bool updateDraught = true)
    {
        int index = fleet.Vessels.Count;
        var rng = SimRandom.For(seed, index);
        string scenario = !updateDraught ? "sts_draught_not_updated" : mode switch
        {
            TransferMode.AisOn => "sts_ais_on",
            TransferMode.DprkDark => "sts_dprk_dark",
            TransferMode.BothDark => "sts_both_dark",
            _ => "sts_cloned_mmsi",
        };
        double hours = (endMs - startMs) / 3_600_000.0;
        var nampoGate = region.Ports.First(p => p.IsDprk).Gate;
        // The DPRK tanker must get there and back within the run (plus the meeting and margins), so short runs use
        // the near hotspot in DPRK western waters and long ones also the East China Sea sites, two days from Nampo.
        var areas = region.TransferAreas.Where(a => 2 * ScriptBuilder.TravelMs(nampoGate, a.Centre, ReceiverKnots) / 3_600_000.0 + 24 <= hours).ToList();
        var area = areas.Count > 0 ? rng.Pick(areas) : region.TransferAreas.OrderBy(a => a.Centre.DistanceMetres(nampoGate)).First();
        var meet = area.Centre.Offset(rng.Between(0, 360), rng.Between(0, area.RadiusMetres));
        // Real transfers take most of a night (hoses rigged, pumping, cast off: the Yu Jong 2 and Chon Ma San sightings of Feb 2018 published by Japan's Ministry of Defense; Nam San 8, Dec 2019).
        // Both spans are kept clear of the detection thresholds (2 h together, 4 h slow) so that hourly bucketing in a
        // detector cannot turn a planted event into a borderline one.
        double waitH = rng.Between(2.5, 4), alongsideH = rng.Between(6.5, 9);
        double driftKn = rng.Between(0.3, 0.8), driftBearing = rng.Between(0, 360);
        // Meet when the DPRK tanker can leave Nampo after the start and be home before the end, if the run allows.
        long travelD = ScriptBuilder.TravelMs(nampoGate, meet, ReceiverKnots) + 3_600_000L;
        long earliest = startMs + Math.Max(8 * 3_600_000L, travelD + 2 * 3_600_000L);
        long latest = endMs - (long)(alongsideH * 3_600_000) - Math.Max(10 * 3_600_000L, travelD + 3 * 3_600_000L);
        long tm = latest > earliest ? earliest + (long)(rng.NextDouble() * (latest - earliest)) : startMs + (endMs - startMs) / 3;
        tm -= tm % 60_000;
        long arriveT = tm - (long)(waitH * 3_600_000), leaveAt = tm + (long)(alongsideH * 3_600_000);

        // Supplier: from the nearest Chinese or Korean anchorage, to another one afterwards.
        var supplierPort = region.Ports.Where(p => !p.IsDprk).OrderBy(p => p.Anchorage.DistanceMetres(meet)).First();
        var supplierId = ids.Ship(IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)], "ocean", (byte)rng.Between(80, 84), rng, destination: "");
        var (sStart, sDepart, sAtSea) = ScriptBuilder.Backtrack(supplierPort.Anchorage, meet, SupplierKnots, arriveT, startMs);
        var s = new ScriptBuilder(sStart, startMs);
        if (!sAtSea) s.HoldUntil(sDepart, NavigationStatus.AtAnchor);
        bool supplierDark = mode == TransferMode.BothDark;
        long travel = arriveT - s.Time;
        if (supplierDark && travel > OnAirMarginHours * 3_600_000)
        {
            s.MoveToward(meet, SupplierKnots, travel / 3_600_000.0 - OnAirMarginHours);
            s.Then(v => v.Dark = true);
        }
        s.MoveTo(meet, SupplierKnots);
        s.HoldUntil(leaveAt, NavigationStatus.UnderWayUsingEngine, driftKn, driftBearing, arriveT);
        var home = region.Ports.Where(p => !p.IsDprk && p != supplierPort).OrderBy(p => p.Anchorage.DistanceMetres(meet)).First();
        s.MoveToward(home.Gate, SupplierKnots, OnAirMarginHours);
        if (supplierDark) s.Then(v => v.Dark = false);
        s.MoveTo(home.Gate, SupplierKnots).MoveTo(MerchantBehaviour.BerthSpot(home, rng), 6).HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var supplierScript = s.Build();
        var supplier = new SimVessel(index, false, supplierId, supplierScript, supplierScript.First, rng, scenario);
        supplierScript.FirstAction?.Invoke(supplier);

        // Receiver: a DPRK tanker from Nampo, alongside the supplier at the moment it arrives.
        var drng = SimRandom.For(seed, index + 1);
        var nampo = region.Ports.First(p => p.IsDprk);
        var receiverId = ids.DprkTanker(drng);
        var supplierAtTm = meet.Offset(driftBearing, driftKn * Leg.MetresPerSecondPerKnot * (tm - arriveT) / 1000.0);
        var alongside = supplierAtTm.Offset(driftBearing + 90, 55);
        var berth = MerchantBehaviour.BerthSpot(nampo, drng);
        var (dStart, dDepart, dAtSea) = ScriptBuilder.Backtrack(berth, alongside, ReceiverKnots, tm, startMs);
        var d = new ScriptBuilder(dStart, startMs);
        if (!dAtSea) d.HoldUntil(dDepart, NavigationStatus.Moored);
        // The draught typed in Nampo stays on air as the tanker sails: re-confirmed at sea by every static report, it is
        // the baseline the transfer changes (a DPRK tanker heard at sea still at its Nampo draught, then deeper after the meeting).
        d.MoveToward(alongside, ReceiverKnots, OnAirMarginHours);
        uint innocentMmsi = innocent?.Broadcast.Mmsi ?? 0;
        switch (mode)
        {
            case TransferMode.DprkDark or TransferMode.BothDark:
                d.Then(v => v.Dark = true);
                break;
            case TransferMode.ClonedMmsi when innocent != null:
                d.Then(v =>
                {
                    v.Broadcast = innocent.Broadcast;
                    v.SendsStatic = false;
                    v.Truth.CloneOf = innocentMmsi;
                });
                break;
        }
        d.MoveTo(alongside, ReceiverKnots);
        d.HoldUntil(leaveAt, NavigationStatus.UnderWayUsingEngine, driftKn, driftBearing);
        double rise = Math.Round(drng.Between(1.5, 3.0), 1);
        long back = ScriptBuilder.TravelMs(d.Position, nampo.Gate, ReceiverKnots);
        double backH = Math.Max(0.2, back / 3_600_000.0 - OnAirMarginHours);
        // Crews type the laden draught late: from minutes to a few hours after casting off.
        double typedAfterH = Math.Min(drng.Between(0.1, 3.0), Math.Max(0.05, backH - 0.5));
        d.MoveToward(nampo.Gate, ReceiverKnots, typedAfterH);
        d.Then(v =>
        {
            bool own = v.Broadcast.Mmsi == v.TrueIdentity.Mmsi;
            v.TrueIdentity = v.TrueIdentity with { DraughtMetres = Math.Round(v.TrueIdentity.DraughtMetres + rise, 1) };
            if (own && updateDraught) v.Broadcast = v.TrueIdentity;
            else if (own) v.Broadcast = v.TrueIdentity with { DraughtMetres = v.Broadcast.DraughtMetres };
        });
        d.MoveToward(nampo.Gate, ReceiverKnots, Math.Max(0.05, backH - typedAfterH));
        if (mode != TransferMode.AisOn)
            d.Then(v =>
            {
                v.Dark = false;
                v.Broadcast = updateDraught ? v.TrueIdentity : v.TrueIdentity with { DraughtMetres = Math.Round(v.TrueIdentity.DraughtMetres - rise, 1) };
                v.SendsStatic = true;
            });
        d.MoveTo(nampo.Gate, ReceiverKnots).MoveTo(berth, 6).HoldUntil(endMs + 86_400_000, NavigationStatus.Moored);
        var receiverScript = d.Build();
        var receiver = new SimVessel(index + 1, false, receiverId, receiverScript, receiverScript.First, drng, scenario);
        receiverScript.FirstAction?.Invoke(receiver);

        fleet.Vessels.Add(supplier);
        fleet.Vessels.Add(receiver);
        fleet.Encounters.Add(new EncounterWatch(supplier, receiver, scenario, region));
        fleet.Count(scenario);
    }
}
