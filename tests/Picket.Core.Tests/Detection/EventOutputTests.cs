using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Core.Tests.Detection;

/// <summary>Whole-pipeline properties over a scenario holding every event type.</summary>
public class EventOutputTests
{
    private static SeaScenario EveryKind()
    {
        var s = new SeaScenario(seed: 71);
        Sea.Background(s, 10, seed: 72);
        var p = Sea.EastChinaSea;
        var p2 = Sea.Offset(p, 90, 250);
        s.Vessel(445_710_001).At(0, p.Lat, p.Lon).Stay(6).Sail(9, 0, 10).Draught(0, 5.0).Draught(5, 9.0);   // encounter, loitering, draught change
        s.Vessel(352_710_002).At(0, p2.Lat, p2.Lon).Stay(6).Sail(9, 180, 10);
        s.Vessel(412_710_003).At(0, 36.2, 123.8).Sail(20, 45, 1).Silent(7, 15);                               // gap
        var berth = Sea.Offset((38.7167, 125.4000), 225, 1000);
        s.Vessel(352_710_004).At(0, 38.45, 125.05).At(3, berth.Lat, berth.Lon).Stay(8).Sail(11, 225, 10);   // DPRK port call
        return s;
    }

    [Fact]
    public void Every_event_serialises_to_the_documented_JSON_lines_layout()
    {
        var result = EveryKind().Run();
        foreach (var type in new[] { EventType.Encounter, EventType.Loitering, EventType.Gap, EventType.PortCall, EventType.DraughtChange })
            Assert.NotEmpty(result.Of(type));
        using var stream = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(stream, leaveOpen: true))
            foreach (var e in result.Events.Events)
                writer.Emit(e);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(result.Events.Events.Count, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            foreach (var key in new[] { "id", "type", "start", "end", "lat", "lon", "vessels", "confidence", "evidence" })
                Assert.True(root.TryGetProperty(key, out _), $"{key} missing in {line}");
            Assert.EndsWith("Z", root.GetProperty("start").GetString());
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        }
        Assert.Equal(lines.Length, result.Events.Events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Delivery_disorder_within_the_reorder_window_does_not_change_the_events()
    {
        var ordered = EveryKind().Run().Events.Events.Select(Describe).Order().ToList();
        var disordered = EveryKind().Run(disorderSeconds: 60).Events.Events.Select(Describe).Order().ToList();
        Assert.Equal(ordered, disordered);
    }

    private static string Describe(PicketEvent e) =>
        $"{e.Type} {string.Join(",", e.Vessels.Select(v => v.Mmsi))} {e.Start:O} {e.End:O}";
}

public class BoundedMemoryTests
{
    [Fact]
    public void State_follows_the_vessels_at_sea_now_not_all_vessels_ever_seen()
    {
        // Twelve cohorts of 20 vessels, each at sea for 8 h, one after another over four days.
        var s = new SeaScenario(seed: 81);
        var rng = new Random(82);
        for (var cohort = 0; cohort < 12; cohort++)
            for (var i = 0; i < 20; i++)
            {
                var from = cohort * 8.0;
                s.Vessel((uint)(412_800_000 + cohort * 100 + i))
                    .At(from, 34 + rng.NextDouble() * 3, 122.5 + rng.NextDouble() * 2).Sail(from + 8, rng.NextDouble() * 360, 10)
                    .Draught(from, 6);
            }
        var result = s.Run(new Picket.Core.Detection.DetectionOptions { GapMemory = TimeSpan.FromDays(1) });
        TestContext.Current.TestOutputHelper?.WriteLine($"peak held state {result.PeakHeldState} for 240 vessels in total");
        // Per vessel: its gap and draught records, plus open segments until the builder closes them (24 h silence),
        // so at most ~4 cohorts are remembered at once: 80 vessels × a handful of records.
        Assert.InRange(result.PeakHeldState, 1, 80 * 6);
        Assert.Equal(240 * 1, (int)result.Stats.Segments);
    }
}
