using Picket.Ais.Nmea;

namespace Picket.Core.Input.Live;

/// <summary>
/// What a <see cref="LiveFeed"/> knows of one source while it runs: its open sessions (connections), the counts of the
/// sessions that ended, and the counters of the connection itself. Written by the source's tasks, read by snapshots.
/// </summary>
internal sealed class LiveSourceState
{
    private readonly LiveFeed _feed;
    private readonly Lock _lock = new();
    private readonly List<LiveSession> _open = [];
    private readonly DecodeStatistics _closed = new();
    private long _closedBytes, _closedTooLong, _closedLagSum, _closedLagCount, _lagMax = long.MinValue, _lastLag;
    private long _reconnects, _connections, _refused, _queueDrops, _duplicates, _truncations, _lastReceiveTicks;
    private string? _lastError;

    public LiveSourceState(LiveFeed feed, int index, LiveSourceAddress address, LiveFeedOptions options, TimeProvider clock)
    {
        _feed = feed;
        Index = index;
        Address = address;
        Options = options;
        Clock = clock;
        // UDP cannot be slowed down: waiting would only move the loss into the kernel's socket buffer, uncounted.
        Policy = address.Kind == LiveSourceKind.Udp ? LiveQueuePolicy.DropNewest : options.QueuePolicy;
    }

    public int Index { get; }
    public LiveSourceAddress Address { get; }
    public LiveFeedOptions Options { get; }
    public TimeProvider Clock { get; }
    public LiveQueuePolicy Policy { get; }

    /// <summary>Where a listener is bound (its port is known only then when the address said 0).</summary>
    public System.Net.EndPoint? LocalEndPoint { get; set; }

    public LiveSession OpenSession()
    {
        var session = new LiveSession(this, Interlocked.Increment(ref _connections));
        lock (_lock) _open.Add(session);
        return session;
    }

    public void CloseSession(LiveSession session)
    {
        session.Close();
        lock (_lock)
        {
            if (!_open.Remove(session)) return;
            Fold(session, _closed, ref _closedBytes, ref _closedTooLong, ref _closedLagSum, ref _closedLagCount);
        }
    }

    public LiveBatch NewBatch(LiveSession session) => new(Index, Address.Name, Options.MaxBatchBytes, session.Number, session.Fingerprint);

    /// <summary>The source's task has ended (its input ended, or the feed stopped).</summary>
    public void End() => Volatile.Write(ref _ended, true);

    private bool _ended;

    public ValueTask PostAsync(LiveBatch batch, CancellationToken cancellationToken) => _feed.PostAsync(this, batch, cancellationToken);

    public void Received(DateTimeOffset at) => Volatile.Write(ref _lastReceiveTicks, at.UtcTicks);
    public void Reconnected() => Interlocked.Increment(ref _reconnects);
    public void Refused() => Interlocked.Increment(ref _refused);
    public void QueueDropped() => Interlocked.Increment(ref _queueDrops);
    public void Duplicate() => Interlocked.Increment(ref _duplicates);
    public void Truncated() => Interlocked.Increment(ref _truncations);
    public void Failed(string error) => Volatile.Write(ref _lastError, error);

    /// <summary>The counters now: closed sessions plus the open ones.</summary>
    public LiveSourceSnapshot Snapshot()
    {
        var stats = new DecodeStatistics();
        long bytes, tooLong, lagSum, lagCount, lagMax, lastLag;
        int open;
        lock (_lock)
        {
            stats.Add(_closed);
            bytes = _closedBytes; tooLong = _closedTooLong; lagSum = _closedLagSum; lagCount = _closedLagCount;
            foreach (var s in _open) Fold(s, stats, ref bytes, ref tooLong, ref lagSum, ref lagCount);
            lagMax = _lagMax;
            lastLag = _lastLag;
            open = _open.Count;
        }
        var rejected = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var reason in Enum.GetValues<RejectReason>())
        {
            long n = stats.Rejected(reason);
            if (reason == RejectReason.LineTooLong) n += tooLong;
            if (reason != RejectReason.None && n > 0) rejected[DecodeStatistics.ReasonName(reason)] = n;
        }
        long last = Volatile.Read(ref _lastReceiveTicks);
        return new LiveSourceSnapshot
        {
            Name = Address.Name,
            Url = Address.Url,
            Kind = Address.Kind,
            OpenConnections = open,
            Connections = Interlocked.Read(ref _connections),
            Reconnects = Interlocked.Read(ref _reconnects),
            Refused = Interlocked.Read(ref _refused),
            Bytes = bytes,
            Lines = stats.Lines + tooLong,
            Messages = stats.Messages,
            Duplicates = Interlocked.Read(ref _duplicates),
            QueueDrops = Interlocked.Read(ref _queueDrops),
            Truncations = Interlocked.Read(ref _truncations),
            Rejected = rejected,
            LastLag = lagCount > 0 ? TimeSpan.FromMilliseconds(lastLag) : null,
            MeanLag = lagCount > 0 ? TimeSpan.FromMilliseconds((double)lagSum / lagCount) : null,
            // An open session counts a lag before it records its maximum (another thread): until then there is none to give.
            MaxLag = lagCount > 0 && lagMax != long.MinValue ? TimeSpan.FromMilliseconds(lagMax) : null,
            LastReceived = last == 0 ? null : new DateTimeOffset(last, TimeSpan.Zero),
            LastError = Volatile.Read(ref _lastError),
            Ended = Volatile.Read(ref _ended),
        };
    }

    private void Fold(LiveSession s, DecodeStatistics stats, ref long bytes, ref long tooLong, ref long lagSum, ref long lagCount)
    {
        stats.Add(s.Statistics);
        bytes += s.Bytes;
        tooLong += s.TooLong;
        lagSum += s.LagSumMs;
        lagCount += s.LagCount;
        if (s.LagCount > 0)
        {
            if (s.LagMaxMs > _lagMax) _lagMax = s.LagMaxMs;
            _lastLag = s.LastLagMs;
        }
    }
}
