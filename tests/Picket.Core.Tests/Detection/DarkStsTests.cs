using Picket.Core.Events;

namespace Picket.Core.Tests.Detection;

public class DarkStsTests
{
    [Fact]
    public void A_loitering_vessel_is_linked_to_a_partner_that_went_dark_nearby()
    {
        var s = new SeaScenario(seed: 61);
        var p = Sea.KoreaBay;
        var alongside = Sea.Offset(p, 90, 100);
        var approach = Sea.Offset(p, 180, 40_000);
        s.Vessel(445_610_001).At(0, p.Lat + 0.3, p.Lon).At(2, p.Lat, p.Lon).Stay(10).Sail(13, 0, 8);
        // The tanker switches off 20 km out, lies alongside 04:00–08:00 and reappears 55 km east.
        s.Vessel(352_610_002).At(0, approach.Lat, approach.Lon).At(4, alongside.Lat, alongside.Lon).Stay(8).Sail(12, 90, 10)
            .Silent(2, 11);
        // A vessel dark at the same time but 300 km away is no partner.
        var far = Sea.YellowSea;
        s.Vessel(412_610_003).At(0, far.Lat, far.Lon).Sail(12, 0, 6).Silent(2, 11);
        var result = s.Run();

        var loiter = Assert.Single(result.Of(EventType.Loitering));
        Assert.Equal(445_610_001u, loiter.Vessels[0].Mmsi.Value);
        var partner = Assert.IsType<LoiteringEvidence>(loiter.Evidence).PossiblePartner!;
        Assert.Equal(352_610_002L, partner.Mmsi);
        var gap = Assert.Single(result.Involving(EventType.Gap, 352_610_002));
        Assert.Equal(gap.Id, partner.GapEvent);
        Assert.InRange(partner.DarkStartDistanceKm, 10, 30);
        Assert.Equal(0.85, loiter.Confidence);
        Assert.Equal(2, result.Of(EventType.Gap).Count);
        Assert.Empty(result.Of(EventType.Encounter)); // the partner was never seen alongside
    }

    [Fact]
    public void A_partner_still_dark_at_the_end_of_the_data_is_linked_as_still_dark()
    {
        var s = new SeaScenario(seed: 62);
        var p = Sea.KoreaBay;
        var approach = Sea.Offset(p, 180, 20_000);
        s.Vessel(445_620_001).At(0, p.Lat, p.Lon).Stay(10);
        s.Vessel(352_620_002).At(0, approach.Lat, approach.Lon).Sail(1, 0, 5).Stay(30).Silent(1, 40);
        s.Vessel(412_620_003).At(0, 36, 123).Sail(30, 0, 5); // keeps the stream running past the hold
        var loiter = Assert.Single(s.Run().Of(EventType.Loitering));
        var partner = Assert.IsType<LoiteringEvidence>(loiter.Evidence).PossiblePartner!;
        Assert.Equal(352_620_002L, partner.Mmsi);
        Assert.True(partner.StillDark);
    }

    [Fact]
    public void Loitering_without_a_dark_vessel_nearby_has_no_partner()
    {
        var s = new SeaScenario(seed: 63);
        var p = Sea.KoreaBay;
        s.Vessel(445_630_001).At(0, p.Lat, p.Lon).Stay(10);
        var far = Sea.YellowSea;
        s.Vessel(412_630_003).At(0, far.Lat, far.Lon).Sail(12, 0, 6).Silent(2, 11);
        var loiter = Assert.Single(s.Run().Of(EventType.Loitering));
        Assert.False(((LoiteringEvidence)loiter.Evidence).PossiblePartner is not null);
        Assert.Equal(0.6, loiter.Confidence);
    }
}
