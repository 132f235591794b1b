using System.Net;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Picket.Core.Input.Live;

/// <summary>
/// Several named live sources run at once and merged into one stream of messages for one consumer.
/// </summary>
/// <remarks>
/// <para>
/// Each source (a <see cref="LiveSourceAddress"/>) runs on its own task; each connection of it (a TCP connection, a UDP
/// sender, a file) cuts its bytes into lines and decodes them with its own decoder, so fragments of multi-part
/// messages heard by different receivers are never joined. Complete messages go, in batches, through one bounded
/// channel to the consumer, rewritten as canonical NMEA: a tag block with the message time (<c>c:</c>, the receive
/// time when the line carried none) and, for several sentences, a group (<c>g:</c>), the sentences of one message
/// together. A copy of a message heard by a second receiver (same payload, message time within
/// <see cref="LiveFeedOptions.DuplicateWindow"/>) is dropped there and counted against the source that delivered it
/// second.
/// </para>
/// <para>
/// Two ways to consume: <see cref="ReadAllAsync"/> gives the batches (each message with source, receive time and
/// message time); <see cref="AsAisSource"/> gives a plain <see cref="IAisSource"/> whose stream is those NMEA lines,
/// for the decode → observations path that reads files (read it with <c>NmeaStreamReader</c>: it is NMEA, and
/// sniffing a format would wait for 4 KB). Only one consumer may read.
/// </para>
/// <para>
/// Memory is bounded (<see cref="LiveFeedOptions.MaxBytesHeld"/>): the channel holds at most
/// <see cref="LiveFeedOptions.QueueCapacity"/> batches; when it is full a source waits (TCP then slows the sender) or,
/// for UDP, drops the batch and counts it — see <see cref="LiveFeedOptions.QueuePolicy"/>.
/// </para>
/// </remarks>
public sealed class LiveFeed : IAsyncDisposable
{
    private readonly LiveSourceState[] _sources;
    private readonly LiveFeedOptions _options;
    private readonly Channel<LiveBatch> _channel;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];
    private long _queuedBytes, _peakQueuedBytes;
    private int _started, _reading;

    /// <param name="sources">The sources; names must differ.</param>
    /// <param name="options">Limits and policies; the defaults when null.</param>
    /// <param name="clock">The receive-time clock; the system's when null.</param>
    /// <exception cref="ArgumentException">No source, two with one name, or options out of range.</exception>
    public LiveFeed(IEnumerable<LiveSourceAddress> sources, LiveFeedOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _options = options ?? new LiveFeedOptions();
        if (_options.MaxBatchBytes < CanonicalSentences.MaxBytes)
            throw new ArgumentException($"MaxBatchBytes must be at least {CanonicalSentences.MaxBytes} (one message)", nameof(options));
        if (_options.QueueCapacity < 1 || _options.MaxLineLength < 16)
            throw new ArgumentException("QueueCapacity must be at least 1 and MaxLineLength at least 16", nameof(options));
        var list = sources.ToList();
        if (list.Count == 0) throw new ArgumentException("no source given", nameof(sources));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in list)
        {
            if (!names.Add(s.Name)) throw new ArgumentException($"two sources are named '{s.Name}'; name them with NAME=URL", nameof(sources));
        }
        clock ??= TimeProvider.System;
        _sources = [.. list.Select((a, i) => new LiveSourceState(this, i, a, _options, clock))];
        _channel = Channel.CreateBounded<LiveBatch>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait, // a source chooses to wait or to drop (TryWrite) per its policy
        });
        Recent = _options.DuplicateWindow > TimeSpan.Zero ? new RecentPayloads(_options.DuplicateMemory, _options.DuplicateWindow) : null;
    }

    private RecentPayloads? Recent { get; }

    /// <summary>The sources, in the order given.</summary>
    public IReadOnlyList<LiveSourceAddress> Sources => [.. _sources.Select(s => s.Address)];

    /// <summary>Bytes of batches waiting for the consumer now: in the queue, or held by a source waiting for room in it.</summary>
    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>The most bytes of batches that ever waited for the consumer at once.</summary>
    public long PeakQueuedBytes => Interlocked.Read(ref _peakQueuedBytes);

    /// <summary>Ends when every source has ended (standard input at its end) or the feed was stopped, and the consumer read what was left.</summary>
    public Task Completion => _channel.Reader.Completion;

    /// <summary>
    /// Binds the listeners (so <see cref="LocalEndPoint"/> knows the ports chosen for port 0) and starts every source.
    /// A listener that cannot bind fails the start; a feed that cannot be reached is retried, not failed.
    /// </summary>
    /// <exception cref="System.Net.Sockets.SocketException">A listener's address is in use or not local.</exception>
    /// <exception cref="InvalidOperationException">Started twice.</exception>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0) throw new InvalidOperationException("the feed was started before");
        var runners = _sources.Select(LiveSourceRunner.Create).ToList();
        try
        {
            foreach (var r in runners) r.Bind();
        }
        catch
        {
            foreach (var r in runners) r.Dispose();
            throw;
        }
        var stop = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
        foreach (var (r, state) in runners.Zip(_sources)) _running.Add(Task.Run(async () =>
        {
            try
            {
                using (r) await r.RunAsync(stop.Token).ConfigureAwait(false);
            }
            finally
            {
                state.End();
            }
        }, CancellationToken.None));
        _ = Task.WhenAll(_running).ContinueWith(_ => { _channel.Writer.TryComplete(); stop.Dispose(); }, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    /// <summary>Where the source named <paramref name="name"/> listens, once started (tcp-listen and udp only).</summary>
    public EndPoint? LocalEndPoint(string name) => _sources.FirstOrDefault(s => s.Address.Name == name)?.LocalEndPoint;

    /// <summary>The counters of every source, in the order given.</summary>
    public IReadOnlyList<LiveSourceSnapshot> Snapshot() => [.. _sources.Select(s => s.Snapshot())];

    /// <summary>
    /// The merged messages, copies dropped (or marked: <see cref="LiveFeedOptions.PassCopies"/>), batch by batch in the order they reached the feed. A batch is valid until
    /// the next is asked for. Ends when the feed completes or <paramref name="cancellationToken"/> fires.
    /// </summary>
    /// <exception cref="InvalidOperationException">A second reader.</exception>
    public async IAsyncEnumerable<LiveBatch> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0) throw new InvalidOperationException("a live feed has one reader");
        var reader = _channel.Reader;
        while (await WaitAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var batch))
            {
                Interlocked.Add(ref _queuedBytes, -batch.Capacity);
                try
                {
                    DropCopies(batch);
                    if (batch.Count > 0) yield return batch;
                }
                finally
                {
                    batch.Release();
                }
            }
        }
    }

    /// <summary>The merged stream as a source of NMEA lines (see the remarks); it can be opened once.</summary>
    public IAisSource AsAisSource(string name = "live") =>
        new StreamSource(name, ct => ValueTask.FromResult<Stream>(new LiveFeedStream(ReadAllAsync(ct).GetAsyncEnumerator(ct))));

    /// <summary>Stops every source, closes connections and listeners, and ends the stream.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _channel.Writer.TryComplete();
        while (_channel.Reader.TryRead(out var left))
        {
            Interlocked.Add(ref _queuedBytes, -left.Capacity);
            left.Release();
        }
        _stop.Dispose();
    }

    /// <summary>Hands a source's batch to the consumer, waiting or dropping per the source's policy.</summary>
    internal async ValueTask PostAsync(LiveSourceState source, LiveBatch batch, CancellationToken cancellationToken)
    {
        if (source.Policy == LiveQueuePolicy.DropNewest)
        {
            // Counted once in the queue: a batch that found no room was never held beyond its source's own. Its size is
            // taken first: once written, the consumer may read and release it before it is counted.
            int bytes = batch.Capacity;
            if (_channel.Writer.TryWrite(batch))
            {
                Count(bytes);
                return;
            }
            source.QueueDropped();
            batch.Release();
            return;
        }
        int held = batch.Capacity;
        Count(held);
        try
        {
            await _channel.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Add(ref _queuedBytes, -held);
            batch.Release();
            throw;
        }
    }

    private void Count(int bytes)
    {
        long now = Interlocked.Add(ref _queuedBytes, bytes);
        long peak;
        while (now > (peak = Interlocked.Read(ref _peakQueuedBytes)) && Interlocked.CompareExchange(ref _peakQueuedBytes, now, peak) != peak) { }
    }

    private static async ValueTask<bool> WaitAsync(ChannelReader<LiveBatch> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void DropCopies(LiveBatch batch)
    {
        if (Recent is not { } recent) return;
        var messages = batch.Messages;
        int kept = 0;
        for (int i = 0; i < messages.Length; i++)
        {
            if (recent.IsCopy(messages[i].PayloadHash, messages[i].TimeMs))
            {
                _sources[batch.SourceIndex].Duplicate();
                if (!_options.PassCopies) continue;
                messages[i] = messages[i] with { IsCopy = true };
            }
            messages[kept++] = messages[i];
        }
        batch.Truncate(kept);
    }
}
