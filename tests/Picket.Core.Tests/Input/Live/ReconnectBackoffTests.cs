using Picket.Core.Input.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>The reconnection delays: doubling, jittered within [d/2, d], capped.</summary>
public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_double_from_the_first_step_to_the_cap_within_their_jitter_range()
    {
        var b = ReconnectBackoff.Default;
        double[] steps = [1, 2, 4, 8, 16, 30, 30, 30];
        for (int n = 1; n <= steps.Length; n++)
        {
            Assert.Equal(steps[n - 1] / 2, b.Delay(n, 0).TotalSeconds, 6);
            Assert.Equal(steps[n - 1], b.Delay(n, 1).TotalSeconds, 6);
            double mid = b.Delay(n, 0.5).TotalSeconds;
            Assert.InRange(mid, steps[n - 1] / 2, steps[n - 1]);
        }
        Assert.Equal(TimeSpan.FromSeconds(30), b.Delay(1000, 1));
        Assert.Equal(TimeSpan.Zero, b.Delay(0, 0.5));
    }

    [Fact]
    public void Jitter_spreads_clients_that_failed_together()
    {
        var b = ReconnectBackoff.Default;
        var random = new Random(7);
        var delays = Enumerable.Range(0, 100).Select(_ => b.Delay(5, random.NextDouble()).TotalSeconds).ToList();
        Assert.True(delays.Max() - delays.Min() > 4, "100 clients retried within 4 s of each other");
        Assert.All(delays, d => Assert.InRange(d, 8, 16));
    }
}
