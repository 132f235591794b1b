using Picket.Core.Events;

namespace Picket.Core.Tests.Detection;

public class LoiteringDetectorTests
{
    /// <summary>Hourly buckets: a run starts and ends on the fixes around hour boundaries, so allow one hour.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromHours(1);

    [Fact]
    public void A_vessel_drifting_at_half_a_knot_for_six_hours_at_sea_is_loitering()
    {
        var s = new SeaScenario(seed: 21);
        var p = Sea.EastChinaSea;
        s.Vessel(445_400_001).At(0, p.Lat - 0.3, p.Lon).At(3, p.Lat, p.Lon).Sail(9, 90, 0.5).Sail(12, 0, 10);
        var result = s.Run();
        var e = Assert.Single(result.Of(EventType.Loitering));
        Assert.Equal(445_400_001u, e.Vessels[0].Mmsi.Value);
        Assert.InRange(e.Start, SeaScenario.H(3) - Slack, SeaScenario.H(3) + Slack);
        Assert.InRange(e.End, SeaScenario.H(9) - Slack, SeaScenario.H(9) + Slack);
        Assert.InRange(((LoiteringEvidence)e.Evidence).MeanSpeedKn, 0, 2);
        Assert.Equal("natural_earth_50m", ((LoiteringEvidence)e.Evidence).ShoreRule);
        Assert.True(((LoiteringEvidence)e.Evidence).ShoreDistanceKm!.Value > 37);
        Assert.False(((LoiteringEvidence)e.Evidence).PossiblePartner is not null);
    }

    [Fact]
    public void Steaming_vessels_and_short_stops_do_not_loiter()
    {
        var s = new SeaScenario(seed: 22);
        Sea.Background(s, 20, seed: 23);
        var p = Sea.YellowSea;
        s.Vessel(445_400_002).At(0, p.Lat, p.Lon).Stay(3).Sail(8, 90, 10); // stopped only 3 h
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Loitering));
    }

    [Fact]
    public void Waiting_off_a_port_is_not_loitering_at_sea()
    {
        var s = new SeaScenario(seed: 24);
        var a = Sea.NampoAnchorage;
        s.Vessel(445_400_003).At(0, a.Lat, a.Lon).Stay(10);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Loitering));
        Assert.Equal(1, result.Stats.LoiteringCandidatesNearPort);
    }

    [Fact]
    public void Drifting_12_km_off_the_coast_is_not_at_sea_when_a_coastline_is_used()
    {
        var s = new SeaScenario(seed: 26);
        // Off Uljin, east coast of Korea: 85 km from the nearest port in the table but only ~12 km from shore.
        s.Vessel(440_400_005).At(0, 36.8, 129.6).Sail(8, 0, 0.5);
        var withShore = s.Run();
        Assert.Empty(withShore.Of(EventType.Loitering));
        Assert.Equal(1, withShore.Stats.LoiteringCandidatesNearShore);

        var portRuleOnly = s.Run(new Picket.Core.Detection.DetectionOptions { Shoreline = null });
        var e = Assert.Single(portRuleOnly.Of(EventType.Loitering));
        Assert.Equal("port_distance", ((LoiteringEvidence)e.Evidence).ShoreRule);
    }

    [Fact]
    public void A_gap_in_the_middle_splits_the_stay()
    {
        var s = new SeaScenario(seed: 25);
        var p = Sea.KoreaBay;
        // 3 h heard, 7 h silent, 3 h heard: neither side is 4 h, and the silence is not evidence of lingering.
        s.Vessel(445_400_004).At(0, p.Lat, p.Lon).Stay(13).Silent(3, 10);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Loitering));
        Assert.Single(result.Of(EventType.Gap));
    }

    [Fact]
    public void A_drift_of_5_h_10_min_between_two_11_knot_legs_is_one_loitering_of_that_length()
    {
        var s = new SeaScenario(seed: 27);
        var p = Sea.EastChinaSea;
        var start = 4 + 18 / 60.0;
        var end = start + 5 + 10 / 60.0;   // 09:28
        s.Vessel(445_400_006).At(0, p.Lat, p.Lon - 0.8).Sail(start, 90, 11).Sail(end, 30, 1).Sail(end + 4, 90, 12);
        var result = s.Run();
        var e = Assert.Single(result.Of(EventType.Loitering));
        var slack = TimeSpan.FromMinutes(15);
        Assert.InRange(e.Start, SeaScenario.H(start) - slack, SeaScenario.H(start) + slack);
        Assert.InRange(e.End, SeaScenario.H(end) - slack, SeaScenario.H(end) + slack);
        Assert.InRange((e.End - e.Start).TotalMinutes, 310 - 20, 310 + 20);
        Assert.InRange(((LoiteringEvidence)e.Evidence).MeanSpeedKn, 0.7, 1.6);
    }

    [Fact]
    public void Loitering_is_measured_on_the_fixes_whatever_the_reporting_rate()
    {
        var s = new SeaScenario(seed: 28);
        var p = Sea.EastChinaSea;
        var v = s.Vessel(445_400_007).At(0, p.Lat, p.Lon - 0.4).Sail(2.5, 90, 11).Sail(7.5, 0, 0.8).Sail(9, 90, 11);
        v.Interval = TimeSpan.FromSeconds(30); // GNSS noise over 30-second steps would read as knots if summed fix by fix
        var e = Assert.Single(s.Run().Of(EventType.Loitering));
        Assert.InRange((e.End - e.Start).TotalMinutes, 300 - 20, 300 + 20);
    }
}
