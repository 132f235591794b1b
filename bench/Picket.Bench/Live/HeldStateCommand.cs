using System.Globalization;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Voyages;
using Picket.Testing.Traffic;

namespace Picket.Bench.Live;

/// <summary>
/// <c>held-state [ROUNDS=6] [VESSELS=500] [HOURS=72]</c>: what the watch's per-vessel state costs in managed memory
/// when every round brings a new fleet (new MMSIs, time moving on), as the hostile-feed soak does. Rounds of synthetic
/// traffic go through the watch's stages (track builder, detectors, identity timelines, the voyage stage's hull
/// collector) with the clock moved every minute of feed time; after each round the managed heap is measured after a
/// full collection, beside what each stage holds. With the default horizons (tracks 24 h, detectors' gap memory 30 d,
/// identities 90 d, hulls kept to the end for the voyage stage) a soak of a few 72-h rounds never reaches the longer
/// horizons, so the heap climbs by about a round's worth of those records each round: the slope printed.
/// </summary>
internal static class HeldStateCommand
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 6;
        int vessels = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var hours = TimeSpan.FromHours(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 72);
        // Every event goes to the hull collector, as the pipeline tees it there (it files calls, gaps and meetings).
        var hulls = new HullActivityCollector();
        IEventSink events = hulls;
        VesselTracker? tracker = null;
        var detectors = new SeaEventDetectors(events, new DetectionOptions(), m => tracker!.Identities.Resolve(m));
        tracker = new VesselTracker(detectors, events);
        long baseline = GC.GetTotalMemory(forceFullCollection: true), previous = baseline;
        var nextTick = DateTimeOffset.MinValue;
        Console.WriteLine("round\tmanaged_mib\tgrowth_mib\ttracks\tdetector_records\tidentities\thulls");
        for (int r = 0; r < rounds; r++)
        {
            var traffic = new SyntheticTraffic(new TrafficOptions
            {
                Vessels = vessels, Seed = 500 + r, Start = TrafficOptions.DefaultStart + r * (hours + TimeSpan.FromMinutes(1)), Duration = hours,
                FirstMmsi = (uint)(412_000_000 + r * 10_000), EncounterEvery = 25, GapEvery = 9,
            });
            foreach (var item in traffic.Stream())
            {
                if (item.IsIdentity)
                {
                    hulls.OnIdentity(item.Identity);
                    tracker.Add(item.Identity);
                    detectors.OnIdentity(item.Identity);
                    continue;
                }
                var fix = item.Fix;
                // The watch's clock (FeedClockTicker): a tick every minute of feed time.
                if (fix.Time >= nextTick)
                {
                    if (nextTick != DateTimeOffset.MinValue) tracker.AdvanceTo(fix.Time);
                    nextTick = fix.Time + TimeSpan.FromMinutes(1);
                }
                hulls.OnFix(fix);
                tracker.Add(fix);
            }
            long heap = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r + 1}\t{(heap - baseline) / 1048576.0:F1}\t{(heap - previous) / 1048576.0:F1}\t{tracker.Tracks.ActiveVessels}\t{detectors.HeldState}\t{tracker.Identities.Vessels}\t{hulls.Hulls.Count}"));
            previous = heap;
        }
        GC.KeepAlive(tracker);
        GC.KeepAlive(detectors);
        return 0;
    }
}
