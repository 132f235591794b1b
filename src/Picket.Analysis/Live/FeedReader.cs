using System.Net.Sockets;
using Picket.Core.Input.Live;

namespace Picket.Analysis.Live;

/// <summary>
/// The watch's one reader: every source runs in the library's live feed (<see cref="LiveFeed"/>: connect and
/// reconnect, accept, listen, tail, read; split, decode, de-duplicate, count), and this thread takes the merged
/// batches in the order they reached the feed and hands each to its source's <see cref="SourceIntake"/>. Before it
/// waits for the feed it flushes the intakes' half-filled batches, so a quiet feed's last reports reach the analysis,
/// and while it waits it commits their store chunks, so they reach the store too.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "RunAsync, started at once by the run that creates the reader, disposes the feed when reading ends.")]
internal sealed class FeedReader
{
    /// <summary>
    /// The live feed's defaults, with a short first reconnection step — a replayer or a feed that closed one connection
    /// usually takes the next at once (the jitter and the doubling up to 30 s stay) — and copies passed on marked: the
    /// analysis takes each transmission once, the store keeps every reception, as a batch import of each receiver's file does.
    /// </summary>
    public static LiveFeedOptions DefaultOptions { get; } = new()
    {
        Backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(100), ReconnectBackoff.Default.Cap),
        PassCopies = true,
    };

    private readonly LiveFeed _feed;
    private readonly SourceIntake[] _intakes;
    private Task? _idleTimer;
    private long _batches, _batchesAtTimer;

    /// <summary>Creates the feed and starts its sources (listeners bind now).</summary>
    /// <exception cref="AnalysisException">A listener cannot bind its address.</exception>
    public FeedReader(IReadOnlyList<LiveSourceAddress> sources, SourceIntake[] intakes, LiveFeedOptions? options, TimeProvider time,
        Action<string, System.Net.EndPoint>? listening)
    {
        _intakes = intakes;
        try
        {
            _feed = new LiveFeed(sources, options ?? DefaultOptions, time);
        }
        catch (ArgumentException e)
        {
            throw AnalysisException.Usage(e.Message);
        }
        try
        {
            _feed.StartAsync().GetAwaiter().GetResult();
        }
        catch (SocketException e)
        {
            _feed.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw AnalysisException.Input($"cannot listen on {string.Join(", ", sources.Where(s => s.IsPushed).Select(s => s.Url))}: {e.Message}");
        }
        foreach (var s in sources)
            if (_feed.LocalEndPoint(s.Name) is { } bound) listening?.Invoke(s.Name, bound);
    }

    /// <summary>Each source's counters now, in the order given.</summary>
    public IReadOnlyList<LiveSourceSnapshot> Snapshot() => _feed.Snapshot();

    /// <summary>
    /// Waits for the feed's next batch. One timer of <see cref="StoreChunks.IdleCommitDelay"/> runs while the reader
    /// waits (kept across waits, so a busy feed's many short waits do not each start one); when it fires and no batch
    /// came during its whole period, the feed is quiet and the intakes commit their open store chunks: a quiet feed's
    /// last rows are in the store within two periods.
    /// </summary>
    private async Task<bool> WaitCommittingWhenIdle(Task<bool> next)
    {
        while (true)
        {
            _idleTimer ??= Task.Delay(StoreChunks.IdleCommitDelay);
            if (await Task.WhenAny(next, _idleTimer).ConfigureAwait(false) == next) return await next.ConfigureAwait(false);
            _idleTimer = null;
            if (_batches == _batchesAtTimer)
                foreach (var intake in _intakes) intake.CommitIdle();
            _batchesAtTimer = _batches;
        }
    }

    /// <summary>Reads until every source has ended or <paramref name="cancellationToken"/> fires; then closes the feed.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batches = _feed.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                var next = batches.MoveNextAsync();
                if (!next.IsCompleted)
                {
                    foreach (var intake in _intakes) intake.Flush();
                    if (!await WaitCommittingWhenIdle(next.AsTask()).ConfigureAwait(false)) break;
                }
                else if (!await next.ConfigureAwait(false)) break;
                var batch = batches.Current;
                _intakes[batch.SourceIndex].Take(batch);
                _batches++;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping while waiting for a free batch.
        }
        finally
        {
            await batches.DisposeAsync().ConfigureAwait(false);
            await _feed.DisposeAsync().ConfigureAwait(false);
        }
    }
}
