// Streams synthetic positions (default 20 M from 50 k vessels) and identity reports through VesselTracker and
// prints throughput, peak working set and bytes per active vessel. Usage:
//   dotnet run -c Release --project bench/Picket.Bench.Tracks -- [fixes] [vessels] [tracks-only]
using System.Diagnostics;
using System.Globalization;
using Picket.Bench.Tracks;
using Picket.Core;
using Picket.Core.Events;
using Picket.Core.Tracks;

var fixes = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 20_000_000;
var vessels = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;
var (tracks, events) = (new NullTrackSink(), new NullEventSink());

var tracksOnly = args.Length > 2 && args[2] == "tracks-only";
var fleet = new SyntheticFleet(vessels, seed: 42) { IdentityEvery = tracksOnly ? 0 : 100 };
var baseline = GC.GetTotalMemory(forceFullCollection: true);
var tracker = new VesselTracker(tracks, events);
var sw = Stopwatch.StartNew();
var last = fleet.Run(tracker, fixes);
sw.Stop();
// Drain the reorder window so only per-vessel state remains, then measure.
tracker.Tracks.AdvanceTo(last + tracker.Tracks.Options.ReorderWindow + TimeSpan.FromSeconds(1));
var heap = GC.GetTotalMemory(forceFullCollection: true) - baseline;
var active = tracker.Tracks.ActiveVessels;
var queueBytes = (long)tracker.Tracks.Stats.PeakReorderQueue * SyntheticFleet.QueueEntryBytes;
var identityVessels = tracker.Identities.Vessels;
Process.GetCurrentProcess().Refresh();
var peak = Process.GetCurrentProcess().PeakWorkingSet64;

Console.WriteLine($"positions      {fixes:N0} from {vessels:N0} vessels (+ {fleet.IdentityReports:N0} identity reports)");
Console.WriteLine($"elapsed        {sw.Elapsed.TotalSeconds:F2} s");
Console.WriteLine($"throughput     {fixes / sw.Elapsed.TotalSeconds:N0} positions/s");
Console.WriteLine($"peak WS        {peak / 1048576.0:F1} MiB");
Console.WriteLine($"heap retained  {heap / 1048576.0:F1} MiB after the stream (reorder queue capacity ≈ {queueBytes / 1048576.0:F1} MiB of it, peak {tracker.Tracks.Stats.PeakReorderQueue:N0} entries)");
Console.WriteLine($"active vessels {active:N0} (tracks), {identityVessels:N0} (identities)");
Console.WriteLine($"bytes/vessel   {(heap - queueBytes) / (double)active:F0} (tracks + identity history, excluding the shared reorder queue); {heap / (double)active:F0} including it");
Console.WriteLine($"stats          {tracker.Tracks.Stats}");
tracker.Flush();
Console.WriteLine($"after flush    segments {tracks.Segments:N0}, placed fixes {tracks.Fixes:N0}, events {events.Count:N0}");
