using System.Diagnostics;

namespace Picket.Bench.Decode;

/// <summary>
/// Wall-clock and process CPU time of a section. Both are reported because this 2-core machine is shared: when other
/// work runs, wall time grows while CPU time stays close to the cost of the work itself.
/// </summary>
internal readonly struct TimedSection
{
    private readonly long _startTicks;
    private readonly TimeSpan _startCpu;

    private TimedSection(long startTicks, TimeSpan startCpu) { _startTicks = startTicks; _startCpu = startCpu; }

    public static TimedSection Start() => new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);

    public Result Stop() => new(Stopwatch.GetElapsedTime(_startTicks), Process.GetCurrentProcess().TotalProcessorTime - _startCpu);

    public readonly record struct Result(TimeSpan Wall, TimeSpan Cpu);
}
