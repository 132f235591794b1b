using System.Diagnostics;

namespace Picket.Reporting.Tests.Alerts;

/// <summary>A directory of its own under the temp folder, removed with the test.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "picket-alerts-" + Guid.NewGuid().ToString("N"));

    public TempDir() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// A clock running <c>scale</c> times faster than the real one, timers included: a receiver "down for a minute" and
/// the webhook's backoff play out in a second of test time, through the same <see cref="TimeProvider"/> the sink uses.
/// </summary>
internal sealed class ScaledTime(double scale) : TimeProvider
{
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private readonly long _t0 = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_t0) * scale;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        TimeProvider.System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan t) => t == Timeout.InfiniteTimeSpan || t <= TimeSpan.Zero ? t : t / scale;
}
