using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Picket.Bench;

// Wiring only. "throughput" is the plain timed run bench/decode/run.sh uses for the side-by-side with libais and
// gpsdecode; everything else goes to BenchmarkDotNet (e.g. -- --filter '*Decode*').
if (args.Length > 0 && args[0] == "throughput")
    return ThroughputCommand.Run(args[1..]);

// BenchmarkDotNet builds a boilerplate project per run; on this shared 2-core machine that build can pass the
// default two-minute limit while others compile, so allow ten.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
