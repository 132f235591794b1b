using Picket.Analysis.Live;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// When the watch compacts its heap at a checkpoint: only when the committed memory exceeds what is alive by enough to
/// matter (8 MiB and a quarter of the live heap), and never more than 1 % of the time, so a watch holding a large
/// state is not stalled by compactions that gain little.
/// </summary>
public sealed class HeapCompactionTests
{
    private const long MiB = 1L << 20;

    [Theory]
    // The soak's case: 22 MiB alive, 50 MiB committed — 28 MiB to give back.
    [InlineData(50, 22, true)]
    // Excess of 8 MiB or less: not worth a full collection.
    [InlineData(30, 22, false)]
    [InlineData(31, 22, true)]
    // A large state: 2 GiB alive, 2.4 GiB committed — excess above 8 MiB but under a quarter of the heap.
    [InlineData(2458, 2048, false)]
    [InlineData(2600, 2048, true)]
    // Nothing to give back.
    [InlineData(20, 22, false)]
    public void Compacts_only_when_the_excess_is_worth_it(long committedMiB, long liveMiB, bool expected) =>
        Assert.Equal(expected, HeapCompaction.ShouldCompact(committedMiB * MiB, liveMiB * MiB, TimeSpan.MaxValue, TimeSpan.Zero));

    [Fact]
    public void A_compaction_takes_at_most_one_hundredth_of_the_time_since_the_last()
    {
        var took = TimeSpan.FromMilliseconds(40);
        Assert.False(HeapCompaction.ShouldCompact(100 * MiB, 20 * MiB, TimeSpan.FromSeconds(3.9), took));
        Assert.True(HeapCompaction.ShouldCompact(100 * MiB, 20 * MiB, TimeSpan.FromSeconds(4), took));
        // The first one runs whenever it pays.
        Assert.True(HeapCompaction.ShouldCompact(100 * MiB, 20 * MiB, TimeSpan.MaxValue, TimeSpan.Zero));
    }
}
