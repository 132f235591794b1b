using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Vessels;
using Picket.Core.Tests.Support;
using Picket.Testing.Traffic;

namespace Picket.Core.Tests.Testing;

/// <summary>
/// The shared generator (tests/Picket.Testing) is itself checked against known answers: what it plants the real
/// detectors find, what it writes as NMEA the real decoder reads back with the counts it reported, and the same
/// options always give the same traffic.
/// </summary>
public sealed class SyntheticTrafficTests
{
    [Fact]
    public void The_same_options_give_the_same_items_and_another_seed_other_ones()
    {
        var options = new TrafficOptions { Vessels = 30, Duration = TimeSpan.FromHours(2), DropoutChance = 0.01, DuplicateChance = 0.01 };
        var first = new SyntheticTraffic(options).Items();
        Assert.Equal(first, new SyntheticTraffic(options).Items());
        Assert.NotEqual(first, new SyntheticTraffic(options with { Seed = 43 }).Items());
    }

    [Fact]
    public void The_stream_is_in_time_order_unless_delivery_is_late_and_then_late_by_no_more_than_the_delay()
    {
        var options = new TrafficOptions { Vessels = 50, Duration = TimeSpan.FromHours(3) };
        var ordered = new SyntheticTraffic(options).Items();
        Assert.True(ordered.Zip(ordered.Skip(1)).All(p => p.First.Time <= p.Second.Time), "time order");

        var delay = TimeSpan.FromSeconds(90);
        var late = new SyntheticTraffic(options with { DeliveryDelay = delay }).Items();
        Assert.Equal(ordered.Count, late.Count);
        Assert.Contains(late.Zip(late.Skip(1)), p => p.First.Time > p.Second.Time);
        var newest = late[0].Time;
        foreach (var item in late)
        {
            Assert.True(item.Time >= newest - delay, $"{item.Time:O} delivered after {newest:O}");
            newest = item.Time > newest ? item.Time : newest;
        }
    }

    [Fact]
    public void Every_planted_encounter_is_found_by_the_detectors()
    {
        var traffic = new SyntheticTraffic(new TrafficOptions { Vessels = 150, Duration = TimeSpan.FromHours(8) });
        Assert.Equal(3, traffic.PlantedEncounters);
        var events = Detect(traffic);
        var encounters = events.OfType(EventType.Encounter).Select(e => e.Vessels.Select(v => v.Mmsi).ToHashSet()).ToList();
        for (var k = 0; k < traffic.PlantedEncounters; k++)
        {
            Mmsi a = traffic.FleetMmsi(2 * k), b = traffic.FleetMmsi(2 * k + 1);
            Assert.Contains(encounters, pair => pair.SetEquals([a, b]));
        }
    }

    [Fact]
    public void Every_planted_gap_is_found_and_no_other_vessel_has_one()
    {
        var traffic = new SyntheticTraffic(new TrafficOptions
        {
            Vessels = 40, Duration = TimeSpan.FromHours(14), GapEvery = 10, GapAt = TimeSpan.FromHours(3), GapLength = TimeSpan.FromHours(8),
            DriftEvery = 0, EncounterEvery = 0,
        });
        Assert.Equal(4, traffic.PlantedGaps);
        var gaps = Detect(traffic).OfType(EventType.Gap).ToList();
        var planted = Enumerable.Range(0, 40).Where(i => i % 10 == 5).Select(traffic.FleetMmsi).ToHashSet();
        Assert.Equal(planted, gaps.Select(g => g.Vessels[0].Mmsi).ToHashSet());
        var start = traffic.Options.Start + traffic.Options.GapAt;
        Assert.All(gaps, g => Assert.InRange(g.Start, start - TimeSpan.FromMinutes(4), start));
        Assert.All(gaps, g => Assert.InRange(g.End - g.Start, TimeSpan.FromHours(8), TimeSpan.FromHours(8) + TimeSpan.FromMinutes(7)));
    }

    [Fact]
    public void Its_NMEA_decodes_to_the_counts_it_reported_with_the_planted_faults_rejected()
    {
        var traffic = new SyntheticTraffic(new TrafficOptions { Vessels = 40, Duration = TimeSpan.FromHours(2), ClassBEvery = 4, FullStatics = true });
        var text = new StringWriter { NewLine = "\n" };
        var counts = TrafficNmea.Write(text, traffic.Stream(), brokenEvery: 100, orphanEvery: 250);
        Assert.Equal(traffic.Items().Count(i => !i.IsIdentity), counts.Positions);
        Assert.Equal(counts.Positions / 100 + counts.Positions / 250, counts.Rejected);

        var stats = NmeaReplay.Feed(new VesselTracker(new Picket.Core.Tracks.NullTrackSink(), NullEventSink.Instance), text.ToString());
        Assert.Equal(counts.Lines, stats.Lines);
        Assert.Equal(counts.Rejected, stats.RejectedLines);
        Assert.Equal(counts.Positions + counts.Identities, stats.Messages);
    }

    private static EventCollector Detect(SyntheticTraffic traffic)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        foreach (var item in traffic.Stream())
        {
            item.FeedTo(tracker);
            if (item.IsIdentity)
                detectors.OnIdentity(item.Identity);
        }
        tracker.Flush();
        detectors.Flush();
        return events;
    }
}
