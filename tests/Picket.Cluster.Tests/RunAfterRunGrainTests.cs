using Picket.Cluster.Client;
using Picket.Cluster.Grains;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Tests;

/// <summary>
/// Runs after runs on the same grains, without the network (<see cref="SameAnswersGrains"/> keeps each grain's state
/// between runs, as a store does): a second run over grains holding the first run's checkpoints gives one process's
/// events for its own feed; a run whose grains another run took over meanwhile is refused, not answered from a mix.
/// </summary>
public class RunAfterRunGrainTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(2);
    private const uint Silent = 412_000_001, Steady1 = 412_000_002, Steady2 = 412_000_003;

    /// <summary>
    /// Three vessels in one 1° reception cell by the 125° E cell edge, fixing every 2 minutes for 15 hours from
    /// <paramref name="start"/>; <c>Silent</c> is silent from 2.5 h to 9 h 10 min, so each sea has one gap whose
    /// reception (the two steady vessels heard every hour) is known, across several 6-hour epochs.
    /// </summary>
    private static List<VesselFix> Sea(DateTimeOffset start, double lat)
    {
        var items = new List<VesselFix>();
        void Vessel(uint mmsi, double la, double lo, DateTimeOffset from, DateTimeOffset to)
        {
            var i = 0;
            for (var t = from; t <= to; t += Step, i++)
                items.Add(new VesselFix(new Mmsi(mmsi), t, la + (i % 7) * 0.0001, lo + (i % 5) * 0.0001, 0.2, 90, null, TransponderClass.A));
        }
        var end = start.AddHours(15);
        Vessel(Silent, lat, 124.90, start, start.AddHours(2.5));
        Vessel(Silent, lat + 0.02, 124.88, start.AddHours(9).AddMinutes(10), end);
        Vessel(Steady1, lat - 0.1, 124.70, start, end);
        Vessel(Steady2, lat + 0.15, 124.95, start, end);
        return [.. items.OrderBy(f => f.Time).ThenBy(f => f.Mmsi.Value)];
    }

    private static readonly List<VesselFix> First = Sea(new DateTimeOffset(2018, 2, 13, 22, 0, 0, TimeSpan.Zero), 35.5);

    // Earlier in time than the first and elsewhere in the cell: nothing of the first run's state fits it.
    private static readonly List<VesselFix> Second = Sea(new DateTimeOffset(2017, 11, 2, 3, 0, 0, TimeSpan.Zero), 35.2);

    [Fact]
    public void A_second_run_on_the_grains_of_the_first_gives_its_own_feeds_events()
    {
        var grains = SameAnswersGrains.Create();
        var first = Cluster(grains, First);
        var second = Cluster(grains, Second);
        var again = Cluster(grains, First);

        Assert.Equal(Lines(Whole(First)), Lines(first));
        Assert.Equal(Lines(Whole(Second)), Lines(second));
        Assert.Equal(Lines(first), Lines(again));
        Assert.Single(second, e => e.Type == EventType.Gap);
        Assert.NotEqual(Lines(first), Lines(second));
    }

    [Fact]
    public void A_run_whose_grains_another_run_took_over_meanwhile_is_refused()
    {
        var grains = SameAnswersGrains.Create();
        var interrupted = new ClusterDetection(grains, TimeSpan.FromHours(6));
        var half = First.Count / 2;
        foreach (var f in First.Take(half))
            interrupted.OnFix(f);
        Assert.True(interrupted.Stats.Epochs >= 1, "the first run must have checkpointed an epoch before the second starts");

        Cluster(grains, Second);

        var refused = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var f in First.Skip(half))
                interrupted.OnFix(f);
            interrupted.Complete(m => new EventVessel(m), TestContext.Current.CancellationToken);
        });
        Assert.Contains("runs on one cluster go one after another", refused.Message, StringComparison.Ordinal);
    }

    private static List<PicketEvent> Cluster(IGrainFactory grains, List<VesselFix> sea)
    {
        var detection = new ClusterDetection(grains, TimeSpan.FromHours(6));
        foreach (var f in sea)
            detection.OnFix(f);
        var events = detection.Complete(m => new EventVessel(m), TestContext.Current.CancellationToken);
        Assert.True(detection.Stats.Epochs >= 3, $"{detection.Stats.Epochs} epochs: the sea must span several");
        return [.. events];
    }

    private static List<PicketEvent> Whole(List<VesselFix> sea)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        foreach (var f in sea)
            tracker.Add(f);
        tracker.Flush();
        detectors.Flush();
        return [.. events.Events];
    }

    private static List<string> Lines(IEnumerable<PicketEvent> events) => [.. EventLines.Write(events).Order(StringComparer.Ordinal)];
}
