using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Core.Tests.Voyages;

/// <summary>Chains and voyage irregularities as risk factors: what they weigh, and that each names its events.</summary>
public sealed class VoyageRiskTests
{
    private static readonly DateTimeOffset T0 = new(2017, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Mmsi Carrier = new(667_001_111);

    private static Port P(string name) => BuiltInPorts.All.Single(p => p.Name == name);
    private static CallRecord Call(string port, double fromH, double toH, bool exit = true) => new($"call:{port}:{fromH}", P(port), T0.AddHours(fromH), T0.AddHours(toH), exit);

    [Fact]
    public void A_chain_from_a_dprk_port_call_makes_the_carrier_high_risk_and_names_every_link()
    {
        var h = new HullActivity(Carrier) { ShipType = new ShipType(70) };
        h.Calls.AddRange([Call("Wonsan", 0, 20), Call("Kholmsk", 90, 110), Call("Pohang", 160, 170, exit: false)]);
        var chain = Assert.Single(new LaunderingChainFinder().Find([h]));
        var e = ChainEvents.ToEvent(chain, m => new EventVessel(m));
        var risk = new RiskAssessor().Assess(Carrier, [e], IdentityFlags.None, [], _ => false);
        Assert.True(risk.IsHighRisk);
        var f = Assert.Single(risk.Factors);
        Assert.Equal([e.Id, "call:Wonsan:0", "call:Kholmsk:90", "call:Pohang:160"], f.EventIds);
    }

    [Fact]
    public void A_chain_alone_from_a_long_dark_period_is_not_high_risk()
    {
        var h = new HullActivity(Carrier) { ShipType = new ShipType(70) };
        h.Calls.AddRange([Call("Busan", 0, 5), Call("Nakhodka", 200, 210), Call("Pohang", 260, 270, exit: false)]);
        h.Gaps.Add(new DarkPeriod("gap", T0.AddHours(40), T0.AddHours(140), GeoPoint.Create(37.5, 131.0), GeoPoint.Create(40.0, 133.0), 0.9));
        var e = ChainEvents.ToEvent(Assert.Single(new LaunderingChainFinder().Find([h])), m => new EventVessel(m));
        var risk = new RiskAssessor().Assess(Carrier, [e], IdentityFlags.None, [], _ => false);
        Assert.Equal(30, risk.Score, 3); // 60 × 0.5: the DPRK was only within reach
        Assert.False(risk.IsHighRisk);
    }

    [Fact]
    public void Voyage_irregularities_weigh_little_and_say_what_was_declared()
    {
        var h = new HullActivity(Carrier) { FirstSeen = T0, LastSeen = T0.AddHours(300) };
        h.Calls.AddRange([Call("Nakhodka", 0, 10), Call("Pohang", 200, 210, exit: false)]);
        h.Destinations.Add(new DestinationRecord(T0.AddHours(11), "VLADIVOSTOK", null));
        h.Loitering.Add(new LoiterRecord("loiter", T0.AddHours(170), T0.AddHours(190), GeoPoint.Create(36.5, 130.0)));
        var voyage = Assert.Single(new VoyageBuilder().Build(h));
        var risk = new RiskAssessor().Assess(Carrier, [], IdentityFlags.None, [], _ => false, [voyage]);
        Assert.Equal(3, risk.Factors.Count);
        Assert.Contains(risk.Factors, f => f.Reason == "declared Vladivostok ('VLADIVOSTOK') but went to Pohang");
        Assert.Contains(risk.Factors, f => f.Reason.StartsWith("Nakhodka → Pohang took ", StringComparison.Ordinal));
        Assert.Contains(risk.Factors, f => f.Reason == "loitered 20 h at sea before calling at Pohang" && f.EventIds.Contains("loiter"));
        Assert.Equal(13, risk.Score, 3);
    }
}
