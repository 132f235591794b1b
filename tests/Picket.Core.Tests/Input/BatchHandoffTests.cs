using Picket.Core.Input;

namespace Picket.Core.Tests.Input;

/// <summary>The pipeline's one bounded hand-off: order, bounded memory, failure and cancellation on both sides.</summary>
public sealed class BatchHandoffTests
{
    private sealed class Batch
    {
        public readonly List<int> Items = [];
    }

    private static BatchHandoff<Batch> Create(int inFlight, Func<Batch>? create = null, CancellationToken? ct = null) =>
        new(inFlight, create ?? (() => new Batch()), b => b.Items.Clear(), cancellationToken: ct ?? TestContext.Current.CancellationToken);

    [Fact]
    public async Task Batches_arrive_in_order_and_a_long_run_reuses_a_bounded_set_of_them()
    {
        int created = 0;
        var handoff = Create(inFlight: 3, () => { Interlocked.Increment(ref created); return new Batch(); });
        var taken = new List<int>();
        var consumer = Task.Factory.StartNew(() =>
        {
            while (handoff.TryTake(out var b))
            {
                taken.AddRange(b.Items);
                Thread.SpinWait(200); // a consumer slower than the producer
                handoff.Return(b);
            }
        }, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        for (int i = 0; i < 2_000; i++)
        {
            var b = handoff.Rent();
            for (int k = 0; k < 50; k++) b.Items.Add(i * 50 + k);
            handoff.Send(b);
        }
        handoff.Complete();
        await consumer;
        Assert.Equal(Enumerable.Range(0, 100_000), taken);
        // 3 queued + 1 being filled + 1 being read (+1 returned between two rents): never one per send.
        Assert.InRange(created, 1, 6);
    }

    [Fact]
    public void A_failed_consumer_releases_a_producer_that_waits_on_a_full_hand_off()
    {
        var handoff = Create(inFlight: 1);
        handoff.Send(handoff.Rent()); // the queue is full: the next send waits
        var producer = Task.Run(() => handoff.Send(handoff.Rent()), TestContext.Current.CancellationToken);
        Thread.Sleep(50);
        Assert.False(producer.IsCompleted);
        handoff.Abort(new InvalidDataException("planted consumer failure"));
        var e = Assert.Throws<AggregateException>(() => producer.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        var stopped = Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.IsType<InvalidDataException>(stopped.InnerException);
        Assert.Throws<InvalidOperationException>(() => handoff.Send(handoff.Rent()));
    }

    [Fact]
    public void A_producer_failure_reaches_the_consumer_after_the_batches_sent_before_it()
    {
        var handoff = Create(inFlight: 4);
        var b = handoff.Rent();
        b.Items.Add(7);
        handoff.Send(b);
        handoff.Complete(new InvalidDataException("corrupt gzip"));
        Assert.True(handoff.TryTake(out var first));
        Assert.Equal([7], first.Items);
        Assert.Throws<InvalidDataException>(() => handoff.TryTake(out _));
    }

    [Fact]
    public void Cancellation_reaches_a_consumer_waiting_for_a_batch_and_a_producer_waiting_for_room()
    {
        using var cts = new CancellationTokenSource();
        var idle = Create(inFlight: 1, ct: cts.Token);
        var consumer = Task.Run(() => idle.TryTake(out _), TestContext.Current.CancellationToken);
        var full = Create(inFlight: 1, ct: cts.Token);
        full.Send(full.Rent());
        var producer = Task.Run(() => full.Send(full.Rent()), TestContext.Current.CancellationToken);
        Thread.Sleep(50);
        Assert.False(consumer.IsCompleted || producer.IsCompleted);
        cts.Cancel();
        Assert.IsAssignableFrom<OperationCanceledException>(Assert.Throws<AggregateException>(() => consumer.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).InnerException);
        Assert.IsAssignableFrom<OperationCanceledException>(Assert.Throws<AggregateException>(() => producer.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).InnerException);
    }

    [Fact]
    public async Task A_feed_handoff_cancelled_mid_run_stops_its_consumer_and_says_so()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var target = new CountingTarget(() => { if (Interlocked.Increment(ref seen) == 10_000) cts.Cancel(); });
        var handoff = new FeedHandoff(target, cts.Token);
        var e = await Assert.ThrowsAnyAsync<Exception>(() => Task.Run(() =>
        {
            for (uint i = 0; i < 10_000_000; i++)
                handoff.OnFix(new Picket.Core.Tracks.VesselFix(new Picket.Core.Vessels.Mmsi(100_000_000 + (i % 1000)), DateTimeOffset.UnixEpoch.AddSeconds(i), 38, 124));
            handoff.Complete();
        }, TestContext.Current.CancellationToken));
        Assert.True(e is OperationCanceledException || e.InnerException is OperationCanceledException, e.ToString());
        Assert.InRange(seen, 10_000, 10_000 + 8 * 4_096); // stopped within the batches already in flight
        handoff.Dispose();
    }

    private sealed class CountingTarget(Action onFix) : IFeedTarget
    {
        public void OnFix(in Picket.Core.Tracks.VesselFix fix) => onFix();

        public void OnIdentity(in Picket.Core.Vessels.IdentityReport report) { }
    }
}
