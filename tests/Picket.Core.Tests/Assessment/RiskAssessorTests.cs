using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Assessment;

/// <summary>Risk is the capped sum of explained factors, each naming the events behind it.</summary>
public sealed class RiskAssessorTests
{
    private static readonly Mmsi Dprk = new(445112000), Partner = new(667001234), Bystander = new(412000001);
    private static readonly DateTimeOffset T0 = new(2018, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static PicketEvent Event(string id, EventType type, double hours, double duration, EventEvidence? evidence = null, double confidence = 0.9, params Mmsi[] vessels) =>
        new(id, type, T0.AddHours(hours), T0.AddHours(hours + duration), GeoPoint.Create(38.9, 123.8), vessels.Select(v => new EventVessel(v)).ToList(), confidence, evidence ?? new Evidence());

    private static bool AtNampo(PicketEvent e) => (e.Evidence as PortCallEvidence)?.Port.Name == "Nampo";

    private static PortCallEvidence Call(string port) =>
        new(new PortEvidence(port, null, null, port == "Nampo"), port == "Nampo", true, true, true, false, 4, 0.5, 20, 3600, T0, 1);

    private static IdentityChangeEvidence Changed(params string[] changes)
    {
        var side = new IdentitySnapshot(412000001, null, null, "X", null, null, null, null, T0);
        return new IdentityChangeEvidence(changes, side, side);
    }

    [Fact]
    public void Transfer_then_dprk_port_call_is_high_risk_and_every_point_names_its_events()
    {
        var events = new[]
        {
            Event("enc-1", EventType.Encounter, 0, 6, vessels: [Dprk, Partner]),
            Event("gap-1", EventType.Gap, 10, 20, confidence: 0.8, vessels: [Dprk]),
            Event("call-1", EventType.PortCall, 40, 30, Call("Nampo"), vessels: [Dprk]),
            Event("call-2", EventType.PortCall, 100, 30, Call("Dalian"), vessels: [Dprk]),
            Event("enc-2", EventType.Encounter, 0, 6, vessels: [Bystander, Partner]),
        };
        var risk = new RiskAssessor().Assess(Dprk, events, IdentityFlags.DprkMid, [], AtNampo);
        Assert.True(risk.IsHighRisk);
        // encounter 20 + gap 10×0.8 + DPRK call 30 + call after transfer 15 + DPRK flag 25 = 98
        Assert.Equal(98, risk.Score, 6);
        Assert.Contains(risk.Factors, f => f.Practice == DeceptivePractice.VoyageIrregularities && f.EventIds.SequenceEqual(["call-1", "enc-1"]));
        Assert.DoesNotContain(risk.Factors, f => f.EventIds.Contains("call-2") || f.EventIds.Contains("enc-2"));
        Assert.All(risk.Factors.Where(f => f.Practice != DeceptivePractice.FlagHopping), f => Assert.NotEmpty(f.EventIds));
    }

    [Fact]
    public void Meeting_a_dprk_flagged_vessel_at_sea_is_high_risk_for_the_foreign_partner_but_meeting_others_is_not()
    {
        // UNSCR 2375 OP11: an STS transfer with a DPRK-flagged vessel is prohibited in itself.
        var withDprk = Event("enc-1", EventType.Encounter, 0, 6, vessels: [Dprk, Partner]);
        var risk = new RiskAssessor().Assess(Partner, [withDprk], IdentityFlags.None, [], AtNampo);
        Assert.Equal(RiskWeights.Default.Encounter + RiskWeights.Default.EncounterWithDprkVessel, risk.Score);
        Assert.True(risk.IsHighRisk);
        Assert.Contains(risk.Factors, f => f.Reason.Contains("445112000", StringComparison.Ordinal) && f.EventIds.SequenceEqual(["enc-1"]));
        // The same meeting with a non-DPRK vessel, even three times, stays below the threshold (the practice cap).
        var others = Enumerable.Range(0, 3).Select(i => Event($"enc-o{i}", EventType.Encounter, i * 24, 3, vessels: [Partner, Bystander])).ToList();
        Assert.False(new RiskAssessor().Assess(Partner, others, IdentityFlags.None, [], AtNampo).IsHighRisk);
        // The DPRK vessel itself is scored by its flag, not twice for meeting a foreigner.
        Assert.DoesNotContain(new RiskAssessor().Assess(Dprk, [withDprk], IdentityFlags.DprkMid, [], AtNampo).Factors, f => f.Reason.StartsWith("met DPRK", StringComparison.Ordinal));
    }

    [Fact]
    public void Practices_are_capped_and_the_total_never_exceeds_100()
    {
        var encounters = Enumerable.Range(0, 10).Select(i => Event($"enc-{i}", EventType.Encounter, i * 24, 3, vessels: [Partner, Bystander])).ToList();
        var risk = new RiskAssessor().Assess(Partner, encounters, IdentityFlags.None, [], AtNampo);
        Assert.Equal(RiskWeights.Default.TransferCap, risk.Score);
        var listed = new RiskAssessor().Assess(Partner, encounters, IdentityFlags.None, [new ListMatchEvidence("OFAC", "12345", "YU SON", "imo", 1.0)], AtNampo);
        Assert.Equal(100, listed.Score);
    }

    [Fact]
    public void Clean_vessel_scores_zero_and_a_flag_hop_is_filed_under_flag_hopping()
    {
        Assert.Equal(0, new RiskAssessor().Assess(Bystander, [], IdentityFlags.None, [], AtNampo).Score);
        var hop = Event("chg-1", EventType.IdentityChange, 5, 0, Changed("mmsi", "flag", "name"), vessels: [Bystander]);
        var rename = Event("chg-2", EventType.IdentityChange, 9, 0, Changed("name"), vessels: [Bystander]);
        var risk = new RiskAssessor().Assess(Bystander, [hop, rename], IdentityFlags.None, [], AtNampo);
        Assert.Equal(DeceptivePractice.FlagHopping, risk.Factors.Single(f => f.EventIds.Contains("chg-1")).Practice);
        Assert.Equal(DeceptivePractice.AisManipulation, risk.Factors.Single(f => f.EventIds.Contains("chg-2")).Practice);
        Assert.Equal(RiskWeights.Default.FlagHop + RiskWeights.Default.Rename, risk.Score);
    }

    [Fact]
    public void A_draught_change_linked_to_an_encounter_strengthens_the_transfer_and_a_late_typed_one_weighs_little()
    {
        var enc = Event("enc-1", EventType.Encounter, 0, 6, vessels: [Bystander, Partner]);
        var linked = Event("dc-1", EventType.DraughtChange, 8, 0.2, new DraughtChangeEvidence(4, 8, 4, "loaded", T0, T0, T0, 1, LinkedEvents: ["enc-1"], LinkedEventKinds: ["encounter"]), confidence: 0.9, vessels: [Bystander]);
        var risk = new RiskAssessor().Assess(Bystander, [enc, linked], IdentityFlags.None, [], AtNampo);
        // encounter 20 + STS confirmed by draught 15 (transfer cap 40) + draught change 10 × 0.9
        Assert.Equal(44, risk.Score, 6);
        Assert.Contains(risk.Factors, f => f.Practice == DeceptivePractice.ShipToShipTransfer && f.EventIds.SequenceEqual(["dc-1", "enc-1"]));

        var lateTyped = Event("dc-2", EventType.DraughtChange, 8, 0.2, confidence: 0.15, vessels: [Bystander]);
        var low = new RiskAssessor().Assess(Bystander, [lateTyped], IdentityFlags.None, [], AtNampo);
        Assert.Equal(1.5, low.Score, 6);
        Assert.DoesNotContain(low.Factors, f => f.Practice == DeceptivePractice.ShipToShipTransfer);
    }
}
