using Picket.Core.Input.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>The copy test of the live feed: same payload, times within the window, however far receivers lag each other.</summary>
public sealed class RecentPayloadsTests
{
    private const long Minute = 60_000;

    [Fact]
    public void A_lagging_receivers_copies_are_found_after_the_next_identical_report()
    {
        var recent = new RecentPayloads(1000, TimeSpan.FromSeconds(10));
        // Receiver A delivers the same static report at 0 and 30 min; receiver B, half an hour behind, then delivers
        // its copies of both, stamped a second later than A's.
        Assert.False(recent.IsCopy(42, 0));
        Assert.False(recent.IsCopy(42, 30 * Minute));
        Assert.True(recent.IsCopy(42, 1_000));
        Assert.True(recent.IsCopy(42, 30 * Minute + 1_000));
        Assert.False(recent.IsCopy(42, 36 * Minute)); // the next report, six minutes on
        Assert.False(recent.IsCopy(43, 36 * Minute)); // another payload
    }

    [Theory]
    [InlineData(9_999, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    [InlineData(-10_000, true)]
    [InlineData(-10_001, false)]
    public void The_window_is_inclusive_on_both_sides_and_across_slice_edges(long delta, bool copy)
    {
        foreach (long t0 in new long[] { 1_518_566_400_000, 1_518_566_405_000, 1_518_566_409_999 })
        {
            var recent = new RecentPayloads(1000, TimeSpan.FromSeconds(10));
            Assert.False(recent.IsCopy(7, t0));
            Assert.Equal(copy, recent.IsCopy(7, t0 + delta));
        }
    }

    [Fact]
    public void Memory_is_bounded_and_the_oldest_is_forgotten_first()
    {
        var recent = new RecentPayloads(100, TimeSpan.FromSeconds(10));
        for (ulong h = 0; h < 150; h++) Assert.False(recent.IsCopy(h, 0));
        Assert.False(recent.IsCopy(0, 0)); // forgotten: 150 distinct messages came after it in a memory of 100
        Assert.True(recent.IsCopy(149, 0));
    }
}
