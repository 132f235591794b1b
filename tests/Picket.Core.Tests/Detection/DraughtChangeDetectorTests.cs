using Picket.Core.Events;
using Picket.Core.Geo;

namespace Picket.Core.Tests.Detection;

public class DraughtChangeDetectorTests
{
    [Fact]
    public void A_draught_change_at_sea_is_reported_with_both_values_and_places()
    {
        var s = new SeaScenario(seed: 51);
        var p = Sea.YellowSea;
        s.Vessel(445_510_001).At(0, p.Lat, p.Lon).Sail(16, 90, 1).Draught(0, 6.0).Draught(8, 10.5);
        var result = s.Run();
        var e = Assert.Single(result.Of(EventType.DraughtChange));
        Assert.Equal(6.0, ((DraughtChangeEvidence)e.Evidence).DraughtBeforeM, 3);
        Assert.Equal(10.5, ((DraughtChangeEvidence)e.Evidence).DraughtAfterM, 3);
        Assert.Equal("loaded", ((DraughtChangeEvidence)e.Evidence).Direction);
        Assert.InRange(e.Start, SeaScenario.H(7.4), SeaScenario.H(8));
        Assert.InRange(e.End, SeaScenario.H(8), SeaScenario.H(8.6));
        var after = ((DraughtChangeEvidence)e.Evidence).PositionAfter!.Value;
        Assert.InRange(GreatCircle.DistanceMetres(after.Lat, after.Lon, p.Lat, p.Lon), 0, 30_000);
        Assert.True(((DraughtChangeEvidence)e.Evidence).PositionBefore is not null);
    }

    [Fact]
    public void A_change_whose_old_value_was_last_heard_in_port_is_the_ports()
    {
        var s = new SeaScenario(seed: 52);
        var berth = Sea.Offset((38.9167, 121.6667), 90, 800); // Dalian
        var v = s.Vessel(413_520_001).At(0, 38.6, 122.2).At(4, berth.Lat, berth.Lon).Stay(10).Sail(16, 120, 10)
            .Draught(0, 6.0).Draught(10, 12.0); // loaded in port; the first report after sailing already says so
        v.StaticInterval = TimeSpan.FromHours(1);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.DraughtChange));
        Assert.Equal(1, result.Stats.DraughtChangesAfterPortCall);
    }

    [Fact]
    public void A_change_typed_hours_after_sailing_is_reported_with_the_confidence_of_late_typing()
    {
        var s = new SeaScenario(seed: 54);
        var berth = Sea.Offset((38.9167, 121.6667), 90, 800); // Dalian
        s.Vessel(413_540_001).At(0, 38.6, 122.2).At(4, berth.Lat, berth.Lon).Stay(10).Sail(22, 120, 10)
            .Draught(0, 6.0).Draught(12, 12.0).Draught(20, 6.0); // 6.0 re-confirmed at sea, 12.0 two hours out; back to 6.0 at 20 h
        var events = s.Run().Of(EventType.DraughtChange);
        Assert.Equal(2, events.Count);
        var early = events.Single(e => ((DraughtChangeEvidence)e.Evidence).DraughtAfterM == 12.0);
        var late = events.Single(e => ((DraughtChangeEvidence)e.Evidence).DraughtAfterM == 6.0);
        Assert.InRange(((DraughtChangeEvidence)early.Evidence).HoursSincePort!.Value, 1.5, 2.5);
        Assert.InRange(early.Confidence, 0.3, 0.5);   // 0.9 × (1 − e^(−2/3))
        Assert.True(late.Confidence > 0.85, $"ten hours out: {late.Confidence}");
        Assert.True(late.Confidence > early.Confidence);
    }

    [Fact]
    public void Small_corrections_are_not_cargo()
    {
        var s = new SeaScenario(seed: 53);
        var p = Sea.KoreaBay;
        s.Vessel(445_530_001).At(0, p.Lat, p.Lon).Sail(12, 0, 1).Draught(0, 6.0).Draught(5, 6.6);
        Assert.Empty(s.Run().Of(EventType.DraughtChange));
    }
}
