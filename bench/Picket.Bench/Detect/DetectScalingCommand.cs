using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Testing.Traffic;

namespace Picket.Bench.Detect;

/// <summary>
/// <c>detect-scaling</c>: the sea-event detectors on the same sea with 1×, 4× and 16× the vessels, in process CPU time.
/// Usage: <c>detect-scaling [BASE_VESSELS HOURS [coastal]]</c>; <c>detect-scaling nmea FILE [VESSELS HOURS]</c> writes the
/// sea as NMEA (input for <c>picket detect</c>); <c>… --peer OLD/Picket.Bench.Detect.dll</c> runs an older build (a
/// Picket.Bench.Detect.dll of d4db032 or later, or a Picket.Bench.dll) before and half-way through this one under the
/// same load and prints both side by side.
/// </summary>
internal static class DetectScalingCommand
{
    /// <summary>The benchmark's sea: open sea (or the coastal Yellow Sea), a fix every 3 min per vessel, one in ten
    /// drifting, one planted encounter per 50 vessels, seed 42 — the same stream the older builds' SyntheticSea made,
    /// so a peer run compares like with like.</summary>
    private static SyntheticTraffic Sea(int vessels, double hours, bool coastal) => new(new TrafficOptions
    {
        Vessels = vessels, Duration = TimeSpan.FromHours(hours), Sea = coastal ? SeaBox.YellowSea : SeaBox.OpenSea,
    });

    public static int Run(string[] args)
    {
        string? peer = null;
        var peerAt = Array.IndexOf(args, "--peer");
        if (peerAt >= 0 && peerAt + 1 < args.Length)
        {
            peer = args[peerAt + 1];
            args = [.. args[..peerAt], .. args[(peerAt + 2)..]];
        }
        var peerBefore = peer is null ? null : PeerRun.Measure(peer, args);
        if (args.Length >= 2 && args[0] == "nmea")
        {
            var n = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
            var h = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 12;
            var written = TrafficNmea.Write(args[1], Sea(n, h, coastal: false).Stream(), "bench");
            Console.WriteLine($"wrote {written.Positions + written.Identities} messages ({written.Lines} lines) for {n} vessels over {h} h to {args[1]}");
            return 0;
        }
        var baseVessels = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500;
        var hours = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
        var coastal = args.Length > 2 && args[2] == "coastal";
        // The best of seven, in process CPU time: the machine is shared, so wall-clock time measures the neighbours too. The
        // repeats go round the scales in turn (1x, 4x, 16x, 1x, …) so a busy spell on the machine lands on every scale
        // alike instead of on whichever scale happened to be running then.
        const int Repeats = 7;
        int[] scales = [1, 4, 16];

        for (var i = 0; i < 3; i++)
        {
            // Warm-up until tiered JIT settles, so the 1x row is not charged for compilation.
            TimeTracksOnly(Sea(baseVessels, hours, coastal).Items());
            Run(Sea(baseVessels, hours, coastal).Items(), report: false);
        }
        var seas = new SyntheticTraffic[scales.Length];
        var inputs = new List<TrafficItem>[scales.Length];
        for (var k = 0; k < scales.Length; k++)
        {
            seas[k] = Sea(baseVessels * scales[k], hours, coastal);
            inputs[k] = seas[k].Items(); // generated before timing: the clock measures the pipeline only
        }
        var trackNs = new double[scales.Length];
        var best = new RunResult[scales.Length];
        Array.Fill(trackNs, double.MaxValue);
        Array.Fill(best, new RunResult(double.MaxValue, 0, "", 0, 0, 0));
        // With a peer, this build gets as many repeats as the peer's two runs together, half before and half after the
        // peer's second run, so neither side is favoured by a quiet spell on the shared machine.
        var repeats = peer is null ? Repeats : 2 * Repeats;
        Dictionary<string, (double Tracks, double Total)>? peerAfter = null;
        for (var i = 0; i < repeats; i++)
        {
            if (peer is not null && i == Repeats)
                peerAfter = PeerRun.Measure(peer, args);
            for (var k = 0; k < scales.Length; k++)
            {
                trackNs[k] = Math.Min(trackNs[k], TimeTracksOnly(inputs[k]));
                var run = Run(inputs[k], report: i == 0);
                if (run.NsPerMessage < best[k].NsPerMessage)
                    best[k] = run;
            }
        }
        Console.WriteLine($"Same sea ({(coastal ? "30-40 N, 120-130 E, coastal" : "20-30 N, 125-135 E, open sea")}), {hours} h, best of {repeats} in process CPU time (repeats interleaved across scales), a fix every 3 min per vessel, one planted encounter per 50 vessels.");
        Console.WriteLine("| scale | vessels | messages | tracks only ns/msg | tracks + detectors ns/msg | detectors ns/msg | allocated B/msg | gen0/gen1/gen2 GCs | encounters (planted) | events | held state at end |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        for (var k = 0; k < scales.Length; k++)
        {
            var r = best[k];
            var total = r.NsPerMessage / best[0].NsPerMessage * 100;
            var detNs = r.NsPerMessage - trackNs[k];
            var detFirst = best[0].NsPerMessage - trackNs[0];
            Console.WriteLine($"| {scales[k]}x | {seas[k].Options.Vessels} | {inputs[k].Count} | {trackNs[k]:F0} | {r.NsPerMessage:F0} ({total:F0} %) | {detNs:F0} ({detNs / detFirst * 100:F0} %) | {r.BytesPerMessage:F0} | {r.Collections} | {r.Encounters} ({seas[k].PlantedEncounters}) | {r.Events} | {r.Held} |");
        }
        if (peer is not null)
        {
            var peerBest = PeerRun.Best(peerBefore, peerAfter);
            if (peerBest is null)
            {
                Console.Error.WriteLine($"peer {peer} did not run");
                return 1;
            }
            Console.WriteLine();
            Console.WriteLine($"Side by side with {peer} (its better of two runs of {Repeats} repeats each, one before this one and one half-way through its {repeats}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}):");
            Console.WriteLine("| scale | tracks only: peer | this | this ÷ peer | tracks + detectors: peer | this | this ÷ peer |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            for (var k = 0; k < scales.Length; k++)
            {
                if (!peerBest.TryGetValue($"{scales[k]}x", out var p))
                    continue;
                Console.WriteLine($"| {scales[k]}x | {p.Tracks:F0} | {trackNs[k]:F0} | {trackNs[k] / p.Tracks * 100:F0} % | {p.Total:F0} | {best[k].NsPerMessage:F0} | {best[k].NsPerMessage / p.Total * 100:F0} % |");
            }
        }
        return 0;
    }

    private static double TimeTracksOnly(List<TrafficItem> items)
    {
        var tracker = new VesselTracker(new NullTrackSink(), NullEventSink.Instance);
        var cpu = CpuClock.Start();
        foreach (var item in items)
            item.FeedTo(tracker);
        tracker.Flush();
        return cpu.ElapsedNanoseconds() / items.Count;
    }

    private static RunResult Run(List<TrafficItem> items, bool report)
    {
        var events = new NullEventSink();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        var cpu = CpuClock.Start();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        foreach (var item in items)
        {
            if (!item.IsIdentity)
            {
                tracker.Add(item.Fix);
                continue;
            }
            tracker.Add(item.Identity);
            detectors.OnIdentity(item.Identity);
        }
        var held = detectors.HeldState;
        tracker.Flush();
        detectors.Flush();
        var ns = cpu.ElapsedNanoseconds();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var collections = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
        if (report && Environment.GetEnvironmentVariable("PICKET_BENCH_VERBOSE") == "1")
            Console.Error.WriteLine(detectors.Stats);
        return new RunResult(ns / items.Count, (double)allocated / items.Count, collections, detectors.Stats.Encounters, detectors.Stats.EventsEmitted, held);
    }
}

/// <summary>One timed run: CPU ns and bytes allocated per message, garbage collections during it, and what it found.</summary>
internal readonly record struct RunResult(double NsPerMessage, double BytesPerMessage, string Collections, long Encounters, long Events, int Held);

/// <summary>Process CPU time (all threads), collected before each timed run so a GC debt is not carried over.</summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _start;

    private CpuClock(TimeSpan start) => _start = start;

    public static CpuClock Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new CpuClock(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime);
    }

    public double ElapsedNanoseconds() => (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _start).TotalNanoseconds;
}
