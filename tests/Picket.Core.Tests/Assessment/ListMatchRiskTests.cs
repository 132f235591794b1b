using Picket.Core.Assessment;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Assessment;

/// <summary>The list-match part of the risk: a hull on the list is high risk, a name alone never is.</summary>
public sealed class ListMatchRiskTests
{
    private static readonly Mmsi Vessel = new(219012345);

    private static VesselRisk Assess(params ListMatchEvidence[] matches) =>
        new RiskAssessor().Assess(Vessel, [], IdentityFlags.None, matches, _ => false);

    private static ListMatchEvidence Lead(string id, double score, int rivals = 0) =>
        new("OfacSdn", id, "SANA", "name", score) { Standing = ListMatchStanding.Lead, NameRivals = rivals, Note = "name only" };

    [Fact]
    public void A_hull_found_by_IMO_or_MMSI_is_high_risk_on_its_own()
    {
        Assert.Equal(100, Assess(new ListMatchEvidence("OfacSdn", "ofac-1", "YU SON", "imo", 1)).Score);
        Assert.True(Assess(new ListMatchEvidence("OfacSdn", "ofac-1", "YU SON", "mmsi", 0.95)).IsHighRisk);
    }

    [Fact]
    public void Any_number_of_leads_stays_far_below_high_risk_and_only_the_best_counts()
    {
        var risk = Assess([.. Enumerable.Range(0, 12).Select(i => Lead($"ofac-{i}", 1.0))]);
        Assert.Equal(RiskWeights.Default.ListMatchLead, risk.Score, 6);
        Assert.False(risk.IsHighRisk);
        var factor = Assert.Single(risk.Factors);
        Assert.StartsWith("lead, not a listing", factor.Reason, StringComparison.Ordinal);
        Assert.Contains("11 other lead(s) not counted", factor.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_shared_by_rival_entries_weighs_less()
    {
        Assert.Equal(RiskWeights.Default.ListMatchLead / 4, Assess(Lead("ofac-1", 1.0, rivals: 3)).Score, 6);
    }

    [Fact]
    public void A_note_weighs_nothing()
    {
        var note = new ListMatchEvidence("OfacSdn", "ofac-30823", "FORTUNA", "name", 0.7) { Standing = ListMatchStanding.Note, Note = "another ship" };
        Assert.Equal(0, Assess(note).Score);
        Assert.Empty(Assess(note).Factors);
    }

    [Fact]
    public void A_name_weighs_by_its_corroboration_strong_is_high_risk_weak_is_not()
    {
        var strong = new ListMatchEvidence("OfacSdn", "ofac-23744", "YU SON", "name", 1.0) { CorroborationWeight = 2, Corroboration = ["DPRK flag (MID 445)"] };
        var weak = strong with { CorroborationWeight = 1, Corroboration = ["flag Panama"] };
        Assert.True(Assess(strong).IsHighRisk);
        Assert.Contains("corroborated by DPRK flag", Assess(strong).Factors[0].Reason, StringComparison.Ordinal);
        Assert.False(Assess(weak).IsHighRisk);
        Assert.False(Assess(weak, Lead("ofac-9", 1.0)).IsHighRisk);
    }

    [Fact]
    public void One_hull_weakly_corroborated_on_two_lists_counts_once()
    {
        var ofac = new ListMatchEvidence("OfacSdn", "ofac-15084", "SANA", "name", 1.0) { CorroborationWeight = 1, Corroboration = ["flag Panama"] };
        var uk = ofac with { ListSource = "UkSanctionsList", EntryId = "uk-IRN0001" };
        var risk = Assess(ofac, uk);
        Assert.Equal(RiskWeights.Default.ListMatchWeaklyCorroborated, risk.Score, 6);
        Assert.False(risk.IsHighRisk);
    }
}
