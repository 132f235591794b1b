using Picket.Core.Events;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// Cargo moved at sea, from generated NMEA (types 1 and 5 through the decoder, the track builder and the detectors):
/// a DPRK tanker leaves Nampo with draught 4.1 m, is heard at sea still at 4.1 m, lies alongside another tanker in
/// Korea Bay, and broadcasts 8.8 m before its next port call. The known answer is the script.
/// </summary>
public class DraughtAtSeaTests
{
    private const uint Tanker = 445_130_001, Partner = 353_130_002;

    private static SeaScenario Voyage(double changeAtHours, int seed)
    {
        var s = new SeaScenario(seed);
        var bay = Sea.KoreaBay;
        var alongside = Sea.Offset(bay, 90, 150);
        var t = s.Vessel(Tanker).At(0, Sea.NampoAnchorage.Lat, Sea.NampoAnchorage.Lon).Stay(3) // in port
            .At(9.6, bay.Lat, bay.Lon).Stay(17)                                                // out to sea, alongside 9.6–17 h
            .Sail(26, 200, 10)
            .Draught(0, 4.1).Draught(changeAtHours, 8.8);
        t.StaticInterval = TimeSpan.FromMinutes(10);
        s.Vessel(Partner).At(6, 38.9, 123.2).At(9.5, alongside.Lat, alongside.Lon).Stay(17.2).Sail(24, 180, 11);
        return s;
    }

    [Fact]
    public void A_change_at_sea_after_a_meeting_is_one_event_citing_the_encounter()
    {
        var result = Voyage(changeAtHours: 19, seed: 131).RunNmea();
        var encounter = Assert.Single(result.Involving(EventType.Encounter, Tanker, Partner));
        var e = Assert.Single(result.Of(EventType.DraughtChange));
        Assert.Equal(Tanker, e.Vessels[0].Mmsi.Value);
        Assert.Equal(4.1, ((DraughtChangeEvidence)e.Evidence).DraughtBeforeM, 3);
        Assert.Equal(8.8, ((DraughtChangeEvidence)e.Evidence).DraughtAfterM, 3);
        Assert.Contains(encounter.Id, ((DraughtChangeEvidence)e.Evidence).LinkedEvents!);
        Assert.True(e.Confidence >= 0.9, $"linked to an encounter: {e.Confidence}");
        // The old value was re-confirmed at sea, hours after Nampo: the baseline, so the Nampo call does not explain it.
        Assert.True(e.Start > SeaScenario.H(18.5), $"old value last heard {e.Start}");
        Assert.Equal(0, result.Stats.DraughtChangesAfterPortCall);
    }

    [Fact]
    public void A_change_typed_40_minutes_after_leaving_port_is_one_event_with_low_confidence()
    {
        var result = Voyage(changeAtHours: 3 + 40 / 60.0, seed: 132).RunNmea();
        var e = Assert.Single(result.Of(EventType.DraughtChange));
        Assert.True(e.Confidence < 0.3, $"late typing is likely: {e.Confidence}");
        Assert.InRange(((DraughtChangeEvidence)e.Evidence).HoursSincePort!.Value, 0.2, 1.0);
        Assert.True(((DraughtChangeEvidence)e.Evidence).LateTypingLikelihood!.Value > 0.7);
        Assert.False(((DraughtChangeEvidence)e.Evidence).LinkedEvents is not null); // the meeting came after it
    }

    [Fact]
    public void Two_hulls_sharing_an_MMSI_with_different_draughts_make_no_draught_change()
    {
        var s = new SeaScenario(seed: 133);
        const uint shared = 445_130_003;
        var a = Sea.YellowSea;
        s.Vessel(shared).At(0, a.Lat, a.Lon).Sail(14, 90, 10).Draught(0, 4.6).StaticInterval = TimeSpan.FromMinutes(6);
        s.Vessel(shared).At(0, 38.7, 123.3).Sail(14, 0, 9).Draught(0, 6.4).StaticInterval = TimeSpan.FromMinutes(6); // ~300 km away
        var result = s.RunNmea();
        Assert.Empty(result.Of(EventType.DraughtChange));
        Assert.True(result.Stats.IdentityReports > 200);
    }

    [Fact]
    public void A_shared_MMSI_does_not_hide_a_real_change_of_a_hull_heard_alone()
    {
        var s = new SeaScenario(seed: 134);
        var p = Sea.YellowSea;
        s.Vessel(445_130_004).At(0, p.Lat, p.Lon).Sail(16, 90, 10).Draught(0, 5.0).Draught(9, 9.0);
        var result = s.RunNmea();
        var e = Assert.Single(result.Of(EventType.DraughtChange));
        Assert.False(((DraughtChangeEvidence)e.Evidence).LastPort is not null);
        Assert.InRange(e.Confidence, 0.85, 0.9); // a 4 m change far from any port: 0.5 + 0.1 × 4
    }

    [Fact]
    public void A_tanker_that_went_dark_beside_a_loitering_vessel_and_reappears_laden_is_linked_to_that_dark_sts()
    {
        var s = new SeaScenario(seed: 135);
        var p = Sea.KoreaBay;
        var alongside = Sea.Offset(p, 90, 100);
        var approach = Sea.Offset(p, 180, 40_000);
        s.Vessel(445_610_001).At(0, p.Lat + 0.3, p.Lon).At(2, p.Lat, p.Lon).Stay(10).Sail(13, 0, 8);
        // Heard at 4.0 m on the way in, dark 2–11 h (alongside 4–8 h), heard again at 6.5 m.
        s.Vessel(352_610_002).At(0, approach.Lat, approach.Lon).At(4, alongside.Lat, alongside.Lon).Stay(8).Sail(16, 90, 10)
            .Silent(2, 11).Draught(0, 4.0).Draught(9, 6.5);
        var result = s.RunNmea();
        var loiter = Assert.Single(result.Of(EventType.Loitering));
        var e = Assert.Single(result.Of(EventType.DraughtChange));
        Assert.Equal(352_610_002u, e.Vessels[0].Mmsi.Value);
        Assert.Contains(loiter.Id, ((DraughtChangeEvidence)e.Evidence).LinkedEvents!);
        Assert.Contains("dark_partner", ((DraughtChangeEvidence)e.Evidence).LinkedEventKinds!);
        Assert.True(e.Confidence >= 0.9);
    }
}
