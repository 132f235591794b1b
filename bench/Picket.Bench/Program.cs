using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Picket.Bench.Decode;
using Picket.Bench.Detect;
using Picket.Bench.Screening;
using Picket.Bench.Store;
using Picket.Bench.Tracks;

// Wiring only. A first argument naming a command runs that side-by-side or scaling program (bench/README.md);
// anything else goes to BenchmarkDotNet's switcher, e.g. -- --filter '*Tracks*' or -- --list flat.
switch (args.FirstOrDefault())
{
    case "throughput": return ThroughputCommand.Run(args[1..]);
    case "detect-scaling": return DetectScalingCommand.Run(args[1..]);
    case "tracks-memory": return TracksMemoryCommand.Run(args[1..]);
    case "store-ingest": return await StoreIngestCommand.RunAsync(args[1..]);
    case "store-rebuild": return StoreRebuildCommand.Run(args[1..]);
    case "screening": return ScreeningCommand.Run(args[1..]);
    case "live-feed": return await Picket.Bench.Live.LiveFeedCommand.RunAsync(args[1..]);
    case "watch-latency": return await Picket.Bench.Watch.WatchLatencyCommand.RunAsync(args[1..]);
    case "hostile-feed": return await Picket.Bench.Live.HostileFeedCommand.RunAsync(args[1..]);
    case "held-state": return Picket.Bench.Live.HeldStateCommand.Run(args[1..]);
    case "cluster-costs": return Picket.Bench.Cluster.ClusterCostCommand.Run(args[1..]);
}

// BenchmarkDotNet builds a boilerplate project per run; on this shared 2-core machine that build can pass the
// default two-minute limit while others compile, so allow ten.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(ThroughputCommand).Assembly).Run(args, config);
return 0;
