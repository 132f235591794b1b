using System.Collections.Concurrent;

namespace Picket.Analysis.Live;

/// <summary>
/// The one bounded hand-off between the source readers and the analysis thread: a fixed pool of batches. A reader
/// that finds no free batch waits, so it stops reading its socket, the kernel's receive buffer fills and TCP's flow
/// control (RFC 9293, the receive window) makes the feed's sender wait: when the analysis falls behind, the sources
/// are slowed, never buffered without bound. Memory is the pool, whatever the feeds send.
/// </summary>
internal sealed class LiveQueue : IDisposable
{
    private readonly BlockingCollection<LiveBatch> _free;
    private readonly BlockingCollection<LiveBatch> _full;

    /// <param name="batches">Batches in the pool: in flight, queued and being filled together.</param>
    public LiveQueue(int batches)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batches, 2);
        _free = new BlockingCollection<LiveBatch>(batches);
        _full = new BlockingCollection<LiveBatch>(batches);
        for (var i = 0; i < batches; i++) _free.Add(new LiveBatch());
        Capacity = batches;
    }

    /// <summary>Batches in the pool.</summary>
    public int Capacity { get; }

    /// <summary>Batches waiting for the analysis: the queue depth of the status line.</summary>
    public int Depth => _full.Count;

    /// <summary>Times a reader had to wait for a free batch (the analysis was behind).</summary>
    public long Waits => Interlocked.Read(ref _waits);

    private long _waits;

    /// <summary>A free batch; waits while every batch is queued or being filled.</summary>
    public LiveBatch Rent(CancellationToken cancellationToken)
    {
        if (_free.TryTake(out var batch)) return batch;
        Interlocked.Increment(ref _waits);
        return _free.Take(cancellationToken);
    }

    /// <summary>Queues a filled batch for the analysis.</summary>
    public void Send(LiveBatch batch, CancellationToken cancellationToken) => _full.Add(batch, cancellationToken);

    /// <summary>The next filled batch, waiting up to <paramref name="timeout"/>; false when none came.</summary>
    public bool TryTake(out LiveBatch batch, TimeSpan timeout, CancellationToken cancellationToken) =>
        _full.TryTake(out batch!, (int)timeout.TotalMilliseconds, cancellationToken);

    /// <summary>Hands a batch the analysis finished back to the pool.</summary>
    public void Return(LiveBatch batch)
    {
        batch.Clear();
        _free.Add(batch);
    }

    public void Dispose()
    {
        _free.Dispose();
        _full.Dispose();
    }
}
