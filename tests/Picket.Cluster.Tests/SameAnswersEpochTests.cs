using Picket.Cluster.Client;
using Picket.Cluster.Grains;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Tests;

/// <summary>
/// Same answers across an epoch's end, without the network: the client and the grains' own epoch code run in one
/// process (<see cref="SameAnswersGrains"/>) on a small sea built so that what one process does at a fix's time the
/// cluster must not put off to the end of the epoch. The gap's reception (other vessels heard per hour in its 1° cell
/// while it was silent) is worked out from its definition, not read from either run.
/// </summary>
public class SameAnswersEpochTests
{
    private static readonly DateTimeOffset Start = new(2018, 2, 13, 22, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(2);
    private const uint Silent = 412_000_001, Steady1 = 412_000_002, Steady2 = 412_000_003, LastWord = 412_000_004;

    /// <summary>
    /// Four vessels in one reception cell (35–36° N, 124–125° E; the 125° meridian is a sea-cell edge, so two cells hear
    /// it), each fixing every 2 minutes from 22:00 on 13 February 2018. <c>Silent</c> stops at 00:30 and is heard again at
    /// 07:10 (a gap of 6 h 40 min); two steady vessels report throughout, to 13:00; <c>LastWord</c> reports until 05:58,
    /// once more at 06:30, and then never again. With 6-hour epochs, 06:30 is its last fix of the epoch 06:00–12:00, so
    /// its vessel grain places it only when that epoch ends — long after the gap closed at 07:10.
    /// </summary>
    private static List<object> Sea()
    {
        var items = new List<(DateTimeOffset Time, VesselFix Fix)>();
        void Vessel(uint mmsi, double lat, double lon, DateTimeOffset from, DateTimeOffset to)
        {
            var i = 0;
            for (var t = from; t <= to; t += Step, i++)
                items.Add((t, new VesselFix(new Mmsi(mmsi), t, lat + (i % 7) * 0.0001, lon + (i % 5) * 0.0001, 0.2, 90, null, TransponderClass.A)));
        }
        var end = Start.AddHours(15);
        Vessel(Silent, 35.50, 124.90, Start, Start.AddHours(2.5));
        Vessel(Silent, 35.52, 124.88, Start.AddHours(9).AddMinutes(10), end);
        Vessel(Steady1, 35.40, 124.70, Start, end);
        Vessel(Steady2, 35.65, 124.95, Start, end);
        Vessel(LastWord, 35.30, 124.80, Start, Start.AddHours(8).AddMinutes(-2));
        Vessel(LastWord, 35.30, 124.80, Start.AddHours(8.5), Start.AddHours(8.5));
        return [.. items.OrderBy(x => x.Time).ThenBy(x => x.Fix.Mmsi.Value).Select(x => (object)x.Fix)];
    }

    [Fact]
    public void A_fix_placed_at_an_epochs_end_counts_for_reception_at_its_own_time()
    {
        var items = Sea();
        var whole = Whole(items);
        var cluster = Cluster(items);

        // Silent's silence: off 00:30 (hour 00), on 07:10 (hour 07); both ends in the one cell, so "during" is the mean
        // over hours 01–06 of the vessels heard there in that hour: the two steady ones and LastWord (in hour 06 by its
        // single fix at 06:30) = 3 every hour.
        Assert.Equal(3.0, During(whole), 9);
        Assert.Equal(3.0, During(cluster), 9);
        Assert.Equal(Lines(whole), Lines(cluster));
    }

    private static double During(IEnumerable<PicketEvent> events)
    {
        var gap = Assert.Single(events, e => e.Type == EventType.Gap && e.Vessels[0].Mmsi.Value == Silent);
        return Assert.IsType<GapEvidence>(gap.Evidence).ReceptionVesselsDuring;
    }

    private static List<PicketEvent> Whole(List<object> items)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        foreach (var f in items.Cast<VesselFix>())
            tracker.Add(f);
        tracker.Flush();
        detectors.Flush();
        return [.. events.Events];
    }

    private static List<PicketEvent> Cluster(List<object> items)
    {
        var detection = new ClusterDetection(SameAnswersGrains.Create(), TimeSpan.FromHours(6));
        foreach (var f in items.Cast<VesselFix>())
            detection.OnFix(f);
        var events = detection.Complete(m => new EventVessel(m), TestContext.Current.CancellationToken);
        Assert.True(detection.Stats.Epochs >= 4, $"{detection.Stats.Epochs} epochs: the sea must span several");
        return [.. events];
    }

    private static List<string> Lines(IEnumerable<PicketEvent> events) => [.. EventLines.Write(events).Order(StringComparer.Ordinal)];
}
