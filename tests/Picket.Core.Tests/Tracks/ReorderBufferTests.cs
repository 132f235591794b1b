using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

/// <summary>The bucketed reorder buffer must release in exactly the order of a heap on (ticks, arrival).</summary>
public sealed class ReorderBufferTests
{
    private static readonly long T0 = new DateTime(2018, 3, 2, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [Theory]
    [InlineData(1, 0)]      // in order
    [InlineData(2, 90)]     // jitter within the window
    [InlineData(3, 600)]    // jitter wider than a second, some far beyond the window
    [InlineData(4, 86_400)] // a day of spread: the far heap carries most
    public void Releases_like_a_heap_on_time_then_arrival(int seed, int jitterSeconds)
    {
        var rng = new Random(seed);
        var window = TimeSpan.FromMinutes(2);
        var buffer = new ReorderBuffer(window);
        var heap = new PriorityQueue<uint, (long, long)>();
        long seq = 0, released = long.MinValue, maxSeen = long.MinValue;
        var fromBuffer = new List<(long, uint)>();
        var fromHeap = new List<(long, uint)>();
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly forward time with duplicates, jitter backwards, and now and then a clock years ahead.
            var ticks = T0 + i * TimeSpan.TicksPerSecond / 4 - rng.Next(0, jitterSeconds + 1) * TimeSpan.TicksPerSecond + rng.Next(0, 3) * 1000;
            if (rng.Next(0, 5000) == 0)
                ticks += TimeSpan.FromDays(365).Ticks;
            if (ticks < released)
                continue; // the builder refuses these as too late
            var mmsi = (uint)(200_000_000 + i);
            buffer.Add(new PendingFix(new VesselFix(new Mmsi(mmsi), new DateTimeOffset(ticks, TimeSpan.Zero), 1, 1)), ticks);
            heap.Enqueue(mmsi, (ticks, seq++));
            Assert.Equal(heap.Count, buffer.Count);
            if (ticks <= maxSeen)
                continue;
            maxSeen = ticks;
            var limit = ticks - window.Ticks;
            // The builder's release step (TryDequeue); the final drain below uses TryPeekTicks and Dequeue.
            while (buffer.TryDequeue(limit, out var t, out var fix))
            {
                fromBuffer.Add((t, fix.ToFix(t).Mmsi.Value));
                released = t;
            }
            while (heap.TryPeek(out _, out var p) && p.Item1 <= limit)
                fromHeap.Add((p.Item1, heap.Dequeue()));
        }
        while (buffer.TryPeekTicks(out var t))
            fromBuffer.Add((t, buffer.Dequeue().ToFix(t).Mmsi.Value));
        while (heap.TryPeek(out _, out var p))
            fromHeap.Add((p.Item1, heap.Dequeue()));
        Assert.Equal(fromHeap, fromBuffer);
        Assert.Equal(0, buffer.Count);
    }
}
