using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Assessment;

/// <summary>"Owned, managed or operated by a listed company": the path in the reason, dates respected.</summary>
public sealed class CompanyRiskTests
{
    private static readonly Mmsi Ship = new(352001234), Other = new(412000001);
    private static readonly DateTimeOffset T0 = new(2018, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static PicketEvent Encounter(string id, double days) =>
        new(id, EventType.Encounter, T0.AddDays(days), T0.AddDays(days).AddHours(6), GeoPoint.Create(38.9, 123.8),
            [new EventVessel(Ship), new EventVessel(Other)], 0.9, new Evidence());

    private static CompanyLinkEvidence Managed(DateOnly? from = null, DateOnly? to = null, double score = 1.0, string role = "ship_manager") =>
        new(role, "Profinet Pte Ltd", "OfacSdn", "ofac-24516", "PROFINET PTE. LTD.", score, from, to, "registry.csv line 2");

    private static VesselRisk Assess(IReadOnlyList<PicketEvent> events, params CompanyLinkEvidence[] links) =>
        new RiskAssessor().Assess(Ship, events, IdentityFlags.None, [], _ => false, companies: links, observed: null);

    [Fact]
    public void A_listed_manager_alone_makes_the_vessel_high_risk_with_the_path_in_its_reason()
    {
        var risk = Assess([], Managed());
        Assert.True(risk.IsHighRisk);
        var f = Assert.Single(risk.Factors);
        Assert.Equal(DeceptivePractice.ComplexOwnership, f.Practice);
        Assert.Equal(RiskWeights.Default.ManagedByListedCompany, f.Points);
        Assert.Contains("vessel → ship_manager → Profinet Pte Ltd → OfacSdn ofac-24516 \"PROFINET PTE. LTD.\" (1.00)", f.Reason);
        Assert.Contains("registry.csv line 2", f.Reason);
    }

    [Fact]
    public void A_listed_owner_weighs_more_than_a_manager_and_a_weaker_name_match_less()
    {
        Assert.Equal(RiskWeights.Default.OwnedByListedCompany, Assess([], Managed(role: "registered_owner")).Score);
        Assert.Equal(RiskWeights.Default.ManagedByListedCompany * 0.92, Assess([], Managed(score: 0.92)).Score, 6);
    }

    [Fact]
    public void Two_paths_to_one_entry_count_once()
    {
        var risk = Assess([], Managed(), Managed(role: "ism_manager"), Managed(role: "operator"));
        Assert.Single(risk.Factors);
        Assert.Equal(RiskWeights.Default.ManagedByListedCompany, risk.Score);
    }

    [Fact]
    public void A_dated_role_names_only_the_events_inside_its_dates_and_does_not_count_when_no_event_falls_inside()
    {
        var events = new[] { Encounter("enc-before", 0), Encounter("enc-during", 40) };
        // Managed from 2018-04-01: only the second meeting (2018-04-10) happened under the listed manager.
        var during = Assess(events, Managed(from: new DateOnly(2018, 4, 1)));
        var f = Assert.Single(during.Factors, x => x.Practice == DeceptivePractice.ComplexOwnership);
        Assert.Equal(["enc-during"], f.EventIds);
        Assert.Contains("from 2018-04-01 to …", f.Reason);

        // Managed only in 2017: nothing the vessel was seen doing falls inside, so the listed manager does not count.
        var before = Assess(events, Managed(from: new DateOnly(2017, 1, 1), to: new DateOnly(2017, 12, 31)));
        Assert.DoesNotContain(before.Factors, x => x.Practice == DeceptivePractice.ComplexOwnership);
    }

    [Fact]
    public void With_no_events_the_observed_period_decides_a_dated_role()
    {
        var seen = (T0, T0.AddDays(20));
        var inside = new RiskAssessor().Assess(Ship, [], IdentityFlags.None, [], _ => false, companies: [Managed(from: new DateOnly(2018, 3, 10))], observed: seen);
        var outside = new RiskAssessor().Assess(Ship, [], IdentityFlags.None, [], _ => false, companies: [Managed(to: new DateOnly(2018, 2, 1))], observed: seen);
        Assert.True(inside.IsHighRisk);
        Assert.Equal(0, outside.Score);
    }
}
