namespace Picket.Core.Input.Live;

/// <summary>
/// Delays between reconnection attempts of a feed client: exponential, with jitter, and capped. The n-th consecutive
/// failure waits a random time in [d/2, d] where d = min(<see cref="Cap"/>, <see cref="Initial"/> × 2ⁿ⁻¹) — the
/// "equal jitter" of M. Brooker, <i>Exponential Backoff and Jitter</i> (AWS Architecture Blog, 2015): a provider that
/// restarts is not hit by all its clients in the same second, and a client never waits less than half the step. With
/// the defaults: about 1, 2, 4, 8, 16, 30, 30… seconds. A connection that delivered data resets the count.
/// </summary>
/// <param name="Initial">The step of the first retry.</param>
/// <param name="Cap">The longest step.</param>
public readonly record struct ReconnectBackoff(TimeSpan Initial, TimeSpan Cap)
{
    /// <summary>First retry after 0.5–1 s, doubling to a cap of 30 s.</summary>
    public static ReconnectBackoff Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>The delay before attempt <paramref name="failures"/> + 1, after that many consecutive failures (≥ 1).</summary>
    /// <param name="failures">Consecutive failed or dropped connections so far.</param>
    /// <param name="unit">A number in [0, 1) that places the delay inside its jitter range.</param>
    public TimeSpan Delay(int failures, double unit)
    {
        if (failures < 1) return TimeSpan.Zero;
        double step = Initial.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        step = Math.Min(step, Cap.Ticks);
        double jittered = step / 2 + (step / 2) * Math.Clamp(unit, 0, 1);
        return TimeSpan.FromTicks((long)jittered);
    }
}
