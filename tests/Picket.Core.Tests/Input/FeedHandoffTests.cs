using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Input;

public class FeedHandoffTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Records what arrives, and on which thread.</summary>
    private sealed class Recorder(int failAt = -1) : IFeedTarget
    {
        public readonly List<string> Seen = [];
        public readonly HashSet<int> Threads = [];

        public void OnFix(in VesselFix fix)
        {
            if (Seen.Count == failAt) throw new InvalidDataException("planted failure");
            Threads.Add(Environment.CurrentManagedThreadId);
            Seen.Add($"F{fix.Mmsi.Value}");
        }

        public void OnIdentity(in IdentityReport report)
        {
            Threads.Add(Environment.CurrentManagedThreadId);
            Seen.Add($"I{report.Mmsi.Value}");
        }
    }

    [Fact]
    public void Keeps_the_exact_input_order_across_batches_with_identities_anywhere()
    {
        // 20,000 items cross several 4,096-fix batches; identities land at batch starts, ends and after the last fix.
        var expected = new List<string>();
        var recorder = new Recorder();
        using (var handoff = new FeedHandoff(recorder))
        {
            for (uint i = 0; i < 20_000; i++)
            {
                if (i % 4_096 == 0 || i % 977 == 0 || i % 4_096 == 4_095)
                {
                    handoff.OnIdentity(new IdentityReport(new Mmsi(200_000_000 + i), T0, IdentitySource.ClassAStatic, "X"));
                    expected.Add($"I{200_000_000 + i}");
                }
                handoff.OnFix(new VesselFix(new Mmsi(100_000_000 + i), T0.AddSeconds(i), 38, 124));
                expected.Add($"F{100_000_000 + i}");
            }
            handoff.OnIdentity(new IdentityReport(new Mmsi(999_999_999), T0, IdentitySource.ClassAStatic, "last"));
            expected.Add("I999999999");
            handoff.Complete();
        }
        Assert.Equal(expected, recorder.Seen);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, recorder.Threads);
        Assert.Single(recorder.Threads);
    }

    [Fact]
    public void A_failure_of_the_consumer_surfaces_on_the_producer_instead_of_hanging()
    {
        var handoff = new FeedHandoff(new Recorder(failAt: 5));
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            for (uint i = 0; i < 100_000; i++) handoff.OnFix(new VesselFix(new Mmsi(100_000_000 + i), T0, 38, 124));
            handoff.Complete();
        });
        Assert.IsType<InvalidDataException>(e.InnerException);
        handoff.Dispose();
    }
}
