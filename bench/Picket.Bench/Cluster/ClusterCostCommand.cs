using System.Globalization;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Bench.Detect;

namespace Picket.Bench.Cluster;

/// <summary>
/// <c>cluster-costs FEED.nmea</c>: what the capacity plan (docs/scale.md) is built on, measured on one core with the
/// library classes a cluster's grains host, one kind at a time, without Orleans around them:
/// <list type="bullet">
/// <item>the vessel half (track builder + per-vessel detectors, what a vessel grain runs) over every input message;</item>
/// <item>the area half (per-area detectors, what a sea-cell grain runs) over the vessel half's messages, routed to
/// 5° cells with a 1° halo as the cluster's grid does;</item>
/// <item>messages from vessel grains to cell grains per input message (each delivery to a cell counts);</item>
/// <item>state bytes: the vessel half's and the whole pipeline's snapshot (the library's SaveState) half-way through
/// the feed, per active vessel, and the area half's per cell.</item>
/// </list>
/// CPU time of this process, best of <c>ROUNDS</c> (default 3) — the machine is shared, so wall time would measure the
/// neighbours. The Orleans cost on top (a call, serialization, a storage write) is what bench/cluster/run.sh adds.
/// </summary>
internal static class ClusterCostCommand
{
    private const double CellDegrees = 5, HaloDegrees = 1;

    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: cluster-costs FEED.nmea [ROUNDS]   (e.g. the demo feed: picket simulate --vessels 500 --hours 72 --seed 42)");
            return 2;
        }
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var feed = FeedItems.Read(args[0]);
        var inputs = feed.Items.Count;
        var options = new DetectionOptions();

        double vesselNs = double.MaxValue, areaNs = double.MaxValue;
        List<AreaMessage> messages = [];
        var routed = new CellRouting.Totals();
        for (var r = 0; r < rounds; r++)
        {
            var cpu = CpuClock.Start();
            var vessels = new VesselPartition(new NullEventSink(), options, sightings: null);
            foreach (var item in feed.Items)
            {
                if (item is VesselFix f) vessels.Add(f);
                else if (item is IdentityReport i) vessels.Add(i);
            }
            vessels.Finish();
            vessels.FlushHeld();
            vesselNs = Math.Min(vesselNs, cpu.ElapsedNanoseconds());
            messages = vessels.Messages;
            messages.Sort(AreaMessage.Compare);

            var routing = new CellRouting(options, CellDegrees, HaloDegrees);
            cpu = CpuClock.Start();
            routing.Route(messages);
            areaNs = Math.Min(areaNs, cpu.ElapsedNanoseconds());
            routed = routing.Result;
        }
        var (vesselBytes, wholeBytes, active) = StateAtMidpoint(feed.Items, options);

        Console.WriteLine($"feed {Path.GetFileName(args[0])}: {inputs:N0} input messages ({feed.Fixes:N0} fixes), {messages.Count:N0} vessel→area messages; CPU time, best of {rounds}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| vessel half (vessel grains' work): CPU ns per input message | {vesselNs / inputs:F0} |");
        Console.WriteLine($"| vessel half: input messages/s per core | {inputs / (vesselNs / 1e9):N0} |");
        Console.WriteLine($"| area half (cell grains' work): CPU ns per input message | {areaNs / inputs:F0} |");
        Console.WriteLine($"| area half: input messages/s per core | {inputs / (areaNs / 1e9):N0} |");
        Console.WriteLine($"| area half: CPU ns per delivery to a cell | {areaNs / routed.Deliveries:F0} |");
        Console.WriteLine($"| vessel→cell messages per input message (deliveries, halo included) | {(double)routed.Deliveries / inputs:F3} |");
        Console.WriteLine($"| cells used ({CellDegrees}° + {HaloDegrees}° halo) | {routed.Cells} |");
        Console.WriteLine($"| active vessels half-way through | {active:N0} |");
        Console.WriteLine($"| vessel half snapshot (track builder + vessel detectors) bytes per active vessel | {(double)vesselBytes / active:N0} |");
        Console.WriteLine($"| whole pipeline snapshot (SaveState of tracks + all detectors) bytes per active vessel | {(double)wholeBytes / active:N0} |");
        Console.WriteLine($"| area half snapshot bytes per cell at the end (mean, max) | {routed.CellBytesMean:N0}, {routed.CellBytesMax:N0} |");
        return 0;
    }

    /// <summary>Snapshots half-way through the feed: the vessel half alone, and the one-process pipeline's (tracks + detectors).</summary>
    private static (long Vessel, long Whole, int Active) StateAtMidpoint(List<object> items, DetectionOptions options)
    {
        var half = items.Count / 2;
        var vessel = new VesselHalfProbe(options);
        var events = new NullEventSink();
        var detectors = new SeaEventDetectors(events, options);
        var tracker = new VesselTracker(detectors, events);
        for (var k = 0; k < half; k++)
        {
            if (items[k] is VesselFix f)
            {
                vessel.Add(f);
                tracker.Add(f);
            }
            else if (items[k] is IdentityReport i)
            {
                vessel.Add(i);
                tracker.Add(i);
                detectors.OnIdentity(i);
            }
        }
        using var whole = new MemoryStream();
        tracker.Tracks.SaveState(whole);
        detectors.SaveState(whole);
        return (vessel.SnapshotBytes(), whole.Length, tracker.Tracks.ActiveVessels);
    }
}
