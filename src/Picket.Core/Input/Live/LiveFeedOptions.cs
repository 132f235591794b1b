namespace Picket.Core.Input.Live;

/// <summary>
/// The limits of a <see cref="LiveFeed"/>. Every buffer is bounded by one of these, so a stalled consumer or a
/// flooding peer cannot grow memory: at most <see cref="QueueCapacity"/> batches of at most
/// <see cref="MaxBatchBytes"/> wait for the consumer, plus one batch being filled and one line buffer per connection
/// (<see cref="MaxBytesHeld"/>).
/// </summary>
public sealed record LiveFeedOptions
{
    /// <summary>
    /// The longest line kept: IEC 61162-1 §5.3 allows 82 characters per sentence and NMEA 0183 4.10 80 per tag block
    /// (162 together); real feeds add receiver trailers (<c>*hh,b003669794,1272412827</c>) and logger prefixes, so the
    /// default leaves room for those. A longer line is cut, skipped to its end and counted (<c>line_too_long</c>).
    /// </summary>
    public int MaxLineLength { get; init; } = 256;

    /// <summary>Batches that may wait for the consumer (the bounded channel's capacity).</summary>
    public int QueueCapacity { get; init; } = 64;

    /// <summary>Bytes of canonical sentences in one batch (a buffer rented for it).</summary>
    public int MaxBatchBytes { get; init; } = 32 * 1024;

    /// <summary>
    /// What a source does when the queue is full (the consumer falls behind). The default, <see cref="LiveQueuePolicy.Wait"/>,
    /// stops reading: TCP's flow control then slows the sender and a file waits on disk, so nothing is lost (a
    /// provider may drop a client that reads too slowly; the feed reconnects). UDP cannot be slowed, so its sources always
    /// drop the newest batch and count it (<see cref="LiveSourceSnapshot.QueueDrops"/>).
    /// </summary>
    public LiveQueuePolicy QueuePolicy { get; init; } = LiveQueuePolicy.Wait;

    /// <summary>
    /// Two copies of one message (same payload) whose message times are at most this far apart are one transmission
    /// heard by two receivers. Receivers of one network stamp within a second of each other; a moving ship's next
    /// report differs in position and in its UTC-second field, and a repeated static report (type 5, every 6 min by
    /// ITU-R M.1371-5 Table 1) is minutes apart. Zero turns de-duplication off.
    /// </summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Copies are handed on marked (<see cref="LiveMessage.IsCopy"/>) instead of dropped, and counted as duplicates
    /// either way: for a consumer that records every reception (a store of raw positions, as a batch import of each
    /// receiver's file keeps them) but analyses each transmission once.
    /// </summary>
    public bool PassCopies { get; init; }

    /// <summary>Distinct recent messages remembered for de-duplication (about 40 bytes each).</summary>
    public int DuplicateMemory { get; init; } = 1 << 16;

    /// <summary>Reconnection delays of <c>tcp://</c> sources.</summary>
    public ReconnectBackoff Backoff { get; init; } = ReconnectBackoff.Default;

    /// <summary>A connect attempt that takes longer than this fails (and is retried after the backoff).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A <c>tcp://</c> feed silent for this long is taken for dead (a half-open connection sends nothing and never
    /// closes) and reconnected; a live AIS feed carries messages every second. <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receivers one <c>tcp-listen://</c> source accepts at once; more are refused and counted.</summary>
    public int MaxConnections { get; init; } = 64;

    /// <summary>Distinct UDP senders tracked at once per <c>udp://</c> source (each has its own fragment assembly).</summary>
    public int MaxUdpSenders { get; init; } = 64;

    /// <summary>How often a tailed file is checked for growth, truncation or rotation once its end is reached.</summary>
    public TimeSpan TailPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Opens what <c>-</c> reads; standard input when null (tests and hosts that redirect it set this).</summary>
    public Func<Stream>? OpenStandardInput { get; init; }

    /// <summary>The largest number of bytes the feed holds in batches and line buffers with <paramref name="connections"/> open.</summary>
    public long MaxBytesHeld(int connections) =>
        (long)(QueueCapacity + 2 * connections) * MaxBatchBytes + (long)connections * (MaxLineLength + 1);
}

/// <summary>What a source does with a batch when the feed's queue is full.</summary>
public enum LiveQueuePolicy
{
    /// <summary>Stop reading until there is room (TCP flow control slows the sender; a file waits on disk).</summary>
    Wait,
    /// <summary>Drop the batch and count it: the feed keeps up with the present and loses the backlog.</summary>
    DropNewest,
}
