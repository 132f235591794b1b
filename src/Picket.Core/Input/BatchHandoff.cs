using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Picket.Core.Input;

/// <summary>
/// The one bounded hand-off between threads of the pipeline (decoder → tracks and detectors, input → time merge,
/// decoder → store writer): reusable batches cross a bounded <see cref="Channel{T}"/> in order, so a fast producer
/// waits for a slow consumer instead of buffering a file, and a long run allocates a fixed set of batches. Items move
/// thousands at a time, so synchronisation costs nanoseconds per message.
/// <para>
/// Producer side (any number of threads): <see cref="Rent"/> a batch, fill it, <see cref="Send"/> it (blocks while
/// <c>inFlight</c> batches wait), <see cref="Complete"/> at the end — with the exception that stopped it, if any, which
/// the consumer then receives. Consumer side (one thread): <see cref="TryTake"/> (blocks until a batch or the end) and
/// <see cref="Return"/> each batch when done with it; <see cref="Abort"/> stops the producers when the consumer fails,
/// so they are never left blocked. The cancellation token reaches both sides: a blocked <see cref="Send"/> or
/// <see cref="TryTake"/> throws <see cref="OperationCanceledException"/>.
/// </para>
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "The ManualResetEventSlims never hand out WaitHandle, so they hold no kernel handle to release; a disposable hand-off would make every lane and ingest disposable for nothing.")]
public sealed class BatchHandoff<TBatch> where TBatch : class
{
    private readonly Channel<TBatch> _full;
    private readonly ConcurrentQueue<TBatch> _free = new();
    private readonly Func<TBatch> _create;
    private readonly Action<TBatch>? _reset;
    private readonly CancellationToken _cancellation;
    // The synchronous sides wait on these instead of on the channel's asynchronous waiters: a blocked
    // WriteAsync/WaitToReadAsync turned into a Task and waited on is completed through a thread-pool work item, so each
    // hand-off that had to wait woke a pool thread (which then spun looking for more work) to wake the waiting thread.
    // Set after every write / read (cheap when nobody waits); a waiter resets, checks the channel again, then waits.
    private readonly ManualResetEventSlim _written = new(false, SpinCount);
    private readonly ManualResetEventSlim _taken = new(false, SpinCount);
    private volatile Exception? _aborted;
    private volatile bool _closed;

    /// <summary>A short spin before blocking: a batch takes far longer to fill than a context switch.</summary>
    private const int SpinCount = 20;

    /// <param name="inFlight">Full batches that may wait for the consumer.</param>
    /// <param name="create">Makes a batch when none is free.</param>
    /// <param name="reset">Empties a returned batch for reuse.</param>
    /// <param name="singleProducer">True when one thread sends (a faster channel).</param>
    /// <param name="cancellationToken">Stops a producer waiting for a free slot and the consumer between batches.</param>
    public BatchHandoff(int inFlight, Func<TBatch> create, Action<TBatch>? reset = null, bool singleProducer = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inFlight, 1);
        ArgumentNullException.ThrowIfNull(create);
        _full = Channel.CreateBounded<TBatch>(new BoundedChannelOptions(inFlight)
        {
            SingleReader = true, SingleWriter = singleProducer, FullMode = BoundedChannelFullMode.Wait,
        });
        _create = create;
        _reset = reset;
        _cancellation = cancellationToken;
    }

    /// <summary>Why the consumer stopped taking batches, once it has (<see cref="Abort"/>).</summary>
    public Exception? Aborted => _aborted;

    /// <summary>A free batch (a returned one, or a new one).</summary>
    public TBatch Rent() => _free.TryDequeue(out var batch) ? batch : _create();

    /// <summary>Hands a full batch to the consumer, waiting while <c>inFlight</c> batches are queued.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    /// <exception cref="InvalidOperationException">The consumer aborted; the inner exception says why.</exception>
    public void Send(TBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _cancellation.ThrowIfCancellationRequested();
        var writer = _full.Writer;
        while (!writer.TryWrite(batch))
        {
            if (_closed)
            {
                // Closed: the channel's own write says how (completed by a producer, or aborted by the consumer).
                try { writer.WriteAsync(batch, _cancellation).AsTask().GetAwaiter().GetResult(); }
                catch (ChannelClosedException e) { throw Stopped(e); }
                break;
            }
            _taken.Reset();
            if (writer.TryWrite(batch)) break;
            if (_closed) continue;
            // Woken by the consumer's next take (or Abort/Complete); the token cancels the wait.
            _taken.Wait(_cancellation);
        }
        _written.Set();
    }

    /// <summary>As <see cref="Send"/>, for an asynchronous producer.</summary>
    public async ValueTask SendAsync(TBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            await _full.Writer.WriteAsync(batch, _cancellation).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw Stopped(e);
        }
        _written.Set(); // a synchronous consumer may be waiting
    }

    /// <summary>No more batches; with <paramref name="error"/>, the consumer's <see cref="TryTake"/> throws it after the batches already sent.</summary>
    public void Complete(Exception? error = null)
    {
        _full.Writer.TryComplete(error);
        _closed = true;
        _written.Set();
        _taken.Set();
    }

    /// <summary>The next batch in order; false once the producers completed and every batch was taken.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    /// <exception cref="Exception">What a producer completed with.</exception>
    public bool TryTake([NotNullWhen(true)] out TBatch? batch)
    {
        // Checked per batch, not only while waiting: a consumer that is behind stops too.
        _cancellation.ThrowIfCancellationRequested();
        var reader = _full.Reader;
        while (!reader.TryRead(out batch))
        {
            if (reader.Completion.IsCompleted)
            {
                // Completed and drained: the channel's own wait returns false, or throws what a producer completed with.
                if (!reader.WaitToReadAsync(_cancellation).AsTask().GetAwaiter().GetResult()) return false;
                continue;
            }
            _written.Reset();
            if (reader.TryRead(out batch)) break;
            if (reader.Completion.IsCompleted) continue;
            _written.Wait(_cancellation);
        }
        _taken.Set();
        return true;
    }

    /// <summary>As <see cref="TryTake"/>, for an asynchronous consumer: null at the end.</summary>
    public async ValueTask<TBatch?> TakeAsync()
    {
        _cancellation.ThrowIfCancellationRequested();
        var reader = _full.Reader;
        while (true)
        {
            if (reader.TryRead(out var batch))
            {
                _taken.Set(); // a synchronous producer may be waiting
                return batch;
            }
            if (!await reader.WaitToReadAsync(_cancellation).ConfigureAwait(false)) return null;
        }
    }

    /// <summary>Gives a batch the consumer is done with back for reuse.</summary>
    public void Return(TBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _reset?.Invoke(batch);
        _free.Enqueue(batch);
    }

    /// <summary>
    /// Consumer side: stops taking batches because of <paramref name="reason"/>. Producers waiting in
    /// <see cref="Send"/> are released and every later send throws, so a failed consumer never leaves a reader blocked.
    /// </summary>
    public void Abort(Exception reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        _aborted ??= reason;
        _full.Writer.TryComplete(reason);
        _closed = true;
        while (_full.Reader.TryRead(out _)) { } // frees the queue's slots
        _taken.Set();
        _written.Set();
    }

    private InvalidOperationException Stopped(ChannelClosedException e)
    {
        var reason = _aborted ?? e.InnerException ?? e;
        return new InvalidOperationException("the consumer stopped: " + reason.Message, reason);
    }
}
