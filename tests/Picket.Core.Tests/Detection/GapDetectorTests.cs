using Picket.Core.Events;
using Picket.Core.Geo;

namespace Picket.Core.Tests.Detection;

public class GapDetectorTests
{
    /// <summary>Eight vessels drifting slowly around a point, heard throughout except where told.</summary>
    private static void Crowd(SeaScenario s, (double Lat, double Lon) centre, uint firstMmsi, double silentFrom = 0, double silentTo = 0)
    {
        for (var i = 0; i < 8; i++)
        {
            var start = Sea.Offset(centre, i * 45, 15_000);
            var v = s.Vessel(firstMmsi + (uint)i).At(0, start.Lat, start.Lon).Sail(20, i * 45 + 90, 1.5);
            if (silentTo > silentFrom)
                v.Silent(silentFrom, silentTo);
        }
    }

    [Fact]
    public void A_gap_where_everybody_else_is_heard_gets_high_confidence()
    {
        var s = new SeaScenario(seed: 31);
        var p = Sea.EastChinaSea;
        Crowd(s, p, 412_310_000);
        s.Vessel(445_310_001).At(0, p.Lat, p.Lon).Sail(20, 90, 1.0).Silent(6, 14);
        var result = s.Run();
        var e = Assert.Single(result.Of(EventType.Gap));
        Assert.Equal(445_310_001u, e.Vessels[0].Mmsi.Value);
        Assert.InRange(e.Start, SeaScenario.H(5.9), SeaScenario.H(6));
        Assert.InRange(e.End, SeaScenario.H(14), SeaScenario.H(14.1));
        var reception = ((GapEvidence)e.Evidence).Reception!.Value;
        TestContext.Current.TestOutputHelper?.WriteLine($"reception {reception:F3}, confidence {e.Confidence:F3}");
        Assert.InRange(reception, 0.9, 1.0);
        Assert.True(e.Confidence >= 0.8, $"confidence {e.Confidence}");
    }

    [Fact]
    public void A_gap_in_a_region_where_nobody_is_heard_gets_low_confidence()
    {
        var s = new SeaScenario(seed: 32);
        var p = Sea.EastChinaSea;
        // The whole area drops out of coverage for the same hours: everyone has a gap, nobody is to blame.
        Crowd(s, p, 412_320_000, silentFrom: 6, silentTo: 14);
        s.Vessel(445_320_001).At(0, p.Lat, p.Lon).Sail(20, 90, 1.0).Silent(6, 14);
        var result = s.Run();
        var gaps = result.Of(EventType.Gap);
        Assert.Equal(9, gaps.Count);
        foreach (var e in gaps)
        {
            Assert.Equal(0.0, ((GapEvidence)e.Evidence).Reception!.Value, 3);
            Assert.True(e.Confidence <= 0.2, $"confidence {e.Confidence}");
        }
    }

    [Fact]
    public void A_gap_with_nobody_else_around_has_unknown_reception_and_low_confidence()
    {
        var s = new SeaScenario(seed: 33);
        var p = Sea.KoreaBay;
        s.Vessel(445_330_001).At(0, p.Lat, p.Lon).Sail(20, 90, 1.0).Silent(6, 14);
        var e = Assert.Single(s.Run().Of(EventType.Gap));
        Assert.Null(((GapEvidence)e.Evidence).Reception);
        Assert.True(e.Confidence <= 0.2);
    }

    [Fact]
    public void Short_silences_and_silences_in_port_are_not_gaps()
    {
        var s = new SeaScenario(seed: 34);
        var p = Sea.YellowSea;
        s.Vessel(445_340_001).At(0, p.Lat, p.Lon).Sail(20, 90, 8).Silent(4, 9.5); // 5.5 h
        var a = Sea.NampoAnchorage;
        s.Vessel(445_340_002).At(0, a.Lat, a.Lon).Stay(20).Silent(4, 14);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Gap));
        Assert.Equal(1, result.Stats.GapCandidatesNearPort);
    }

    [Fact]
    public void A_gap_longer_than_a_segment_is_still_seen()
    {
        var s = new SeaScenario(seed: 35);
        var p = Sea.YellowSea;
        // 30 h silent: the track builder closes the segment after 24 h; the gap spans two segments.
        s.Vessel(445_350_001).At(0, p.Lat, p.Lon).Sail(40, 90, 0.8).Silent(5, 35);
        var e = Assert.Single(s.Run().Of(EventType.Gap));
        Assert.InRange((e.End - e.Start).TotalHours, 29.9, 30.1);
        Assert.NotEqual(((GapEvidence)e.Evidence).SegmentBefore, ((GapEvidence)e.Evidence).SegmentAfter);
        var off = ((GapEvidence)e.Evidence).Off;
        Assert.InRange(GreatCircle.DistanceMetres(off.Position.Lat, off.Position.Lon, p.Lat, p.Lon), 0, 20_000);
    }
}
