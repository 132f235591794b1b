using System.Diagnostics;
using System.Globalization;
using Picket.Core;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Testing.Traffic;

namespace Picket.Bench.Tracks;

/// <summary>
/// <c>tracks-memory</c>: streams synthetic positions (default 20 M from 50 k vessels, a fix every 30 s each, a full
/// static report every 50 min) through <see cref="VesselTracker"/> and prints throughput, peak working set and bytes
/// per active vessel. Usage: <c>tracks-memory [fixes] [vessels] [tracks-only]</c>.
/// </summary>
internal static class TracksMemoryCommand
{
    /// <summary>Estimated bytes of one reorder-queue entry (the estimate this benchmark has always used).</summary>
    private const int QueueEntryBytes = 40 + 16 + 8;

    public static int Run(string[] args)
    {
        var fixes = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 20_000_000;
        var vessels = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;
        var tracksOnly = args.Length > 2 && args[2] == "tracks-only";
        var traffic = new SyntheticTraffic(Fleet(fixes, vessels, tracksOnly));

        // The generator alone, so the tracker's own rate can be told apart from the cost of making its input.
        var gen = Stopwatch.StartNew();
        var (_, _, generated) = Feed(traffic, fixes, null);
        gen.Stop();

        var (tracks, events) = (new NullTrackSink(), new NullEventSink());
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var tracker = new VesselTracker(tracks, events);
        var sw = Stopwatch.StartNew();
        var (last, identities, _) = Feed(traffic, fixes, tracker);
        sw.Stop();
        // Drain the reorder window so only per-vessel state remains, then measure.
        tracker.Tracks.AdvanceTo(last + tracker.Tracks.Options.ReorderWindow + TimeSpan.FromSeconds(1));
        var heap = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        var active = tracker.Tracks.ActiveVessels;
        var queueBytes = (long)tracker.Tracks.Stats.PeakReorderQueue * QueueEntryBytes;
        var identityVessels = tracker.Identities.Vessels;
        Process.GetCurrentProcess().Refresh();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine($"positions      {generated:N0} from {vessels:N0} vessels (+ {identities:N0} identity reports)");
        Console.WriteLine($"elapsed        {sw.Elapsed.TotalSeconds:F2} s (generating the input alone: {gen.Elapsed.TotalSeconds:F2} s)");
        Console.WriteLine($"throughput     {generated / sw.Elapsed.TotalSeconds:N0} positions/s; {generated / Math.Max(1e-9, sw.Elapsed.TotalSeconds - gen.Elapsed.TotalSeconds):N0} positions/s with the generator's time taken out");
        Console.WriteLine($"peak WS        {peak / 1048576.0:F1} MiB");
        Console.WriteLine($"heap retained  {heap / 1048576.0:F1} MiB after the stream (reorder queue capacity ≈ {queueBytes / 1048576.0:F1} MiB of it, peak {tracker.Tracks.Stats.PeakReorderQueue:N0} entries)");
        Console.WriteLine($"active vessels {active:N0} (tracks), {identityVessels:N0} (identities)");
        Console.WriteLine($"bytes/vessel   {(heap - queueBytes) / (double)active:F0} (tracks + identity history, excluding the shared reorder queue); {heap / (double)active:F0} including it");
        Console.WriteLine($"stats          {tracker.Tracks.Stats}");
        tracker.Flush();
        Console.WriteLine($"after flush    segments {tracks.Segments:N0}, placed fixes {tracks.Fixes:N0}, events {events.Count:N0}");
        return 0;
    }

    /// <summary>Vessels over the world's shipping lanes under twenty flags at 5–20 kn on straight courses, no GNSS
    /// noise: the tracker's work per fix without detection.</summary>
    private static TrafficOptions Fleet(long fixes, int vessels, bool tracksOnly)
    {
        var every = TimeSpan.FromSeconds(30);
        return new TrafficOptions
        {
            Vessels = vessels, Seed = 42, Sea = SeaBox.World, ReportEvery = every, Duration = every * ((fixes + vessels - 1) / vessels),
            StaticEvery = tracksOnly ? TimeSpan.Zero : every * 100, FullStatics = true, MinKnots = 5, MaxKnots = 20, NoiseMetres = 0,
            DriftEvery = 0, EncounterEvery = 0, Mids = [351, 352, 353, 354, 355, 356, 357, 370, 371, 372, 373, 374, 412, 413, 477, 538, 563, 636, 229, 256],
        };
    }

    /// <summary>Hands the first <paramref name="fixes"/> positions (and the identity reports among them) to the tracker, or to nothing.</summary>
    private static (DateTimeOffset Last, long Identities, long Fixes) Feed(SyntheticTraffic traffic, long fixes, VesselTracker? tracker)
    {
        long n = 0, identities = 0;
        var last = DateTimeOffset.MinValue;
        foreach (var item in traffic.Stream())
        {
            if (item.IsIdentity)
            {
                identities++;
                tracker?.Add(item.Identity);
                continue;
            }
            if (n == fixes)
                break;
            tracker?.Add(item.Fix);
            last = item.Fix.Time;
            n++;
        }
        return (last, identities, n);
    }
}
