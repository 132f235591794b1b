using System.Buffers;

namespace Picket.Core.Input.Live;

/// <summary>
/// Messages one source received close together, as the <see cref="LiveFeed"/> hands them to its consumer: each a
/// complete AIS message rewritten as canonical NMEA (see <see cref="CanonicalSentences"/>), with its source, receive
/// time and message time. The bytes live in a pooled buffer: a batch is valid until the consumer asks for the next one.
/// </summary>
public sealed class LiveBatch
{
    private LiveMessage[] _messages;
    private byte[] _buffer;

    internal LiveBatch(int sourceIndex, string sourceName, int bytes, long connection = 0, string? fingerprint = null)
    {
        SourceIndex = sourceIndex;
        SourceName = sourceName;
        Connection = connection;
        Fingerprint = fingerprint;
        _buffer = ArrayPool<byte>.Shared.Rent(bytes);
        _messages = new LiveMessage[64];
    }

    /// <summary>The position of the source in the feed's list.</summary>
    public int SourceIndex { get; }

    /// <summary>The name of the source that received these messages.</summary>
    public string SourceName { get; }

    /// <summary>
    /// The connection of the source these messages came in on (a TCP connection, a UDP sender, an opening of a file),
    /// numbered from 1 in the order they began; a batch never mixes connections.
    /// </summary>
    public long Connection { get; }

    /// <summary>
    /// A hash of the connection's first line (see <see cref="LiveMessage.Ordinal"/>): equal on two connections when both
    /// begin with the same line, as a replayer's connections do. Null for a batch made outside a connection.
    /// </summary>
    public string? Fingerprint { get; }

    /// <summary>Messages in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes of sentences written into the batch's buffer (duplicates dropped later still count: the buffer holds them).</summary>
    public int Length { get; private set; }

    /// <summary>The buffer's capacity: the bytes this batch holds until it is released.</summary>
    internal int Capacity => _buffer.Length;

    /// <summary>Room left in the buffer.</summary>
    internal Span<byte> Free => _buffer.AsSpan(Length);

    /// <summary>Message <paramref name="index"/>: where its sentences are and when it was heard.</summary>
    public LiveMessage this[int index] => (uint)index < (uint)Count ? _messages[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The sentences of message <paramref name="index"/>, each ending in CRLF.</summary>
    public ReadOnlySpan<byte> Sentences(int index)
    {
        var m = this[index];
        return _buffer.AsSpan(m.Offset, m.Length);
    }

    /// <summary>Records a message whose sentences were just written into <see cref="Free"/>.</summary>
    internal void Add(int written, long receivedTicks, long timeMs, ulong hash, long ordinal = 0)
    {
        if (Count == _messages.Length) Array.Resize(ref _messages, Count * 2);
        _messages[Count++] = new LiveMessage(Length, written, receivedTicks, timeMs, hash) { Ordinal = ordinal };
        Length += written;
    }

    /// <summary>The messages, for the feed to drop duplicates in place.</summary>
    internal Span<LiveMessage> Messages => _messages.AsSpan(0, Count);

    /// <summary>Keeps the first <paramref name="count"/> messages (their bytes stay in the buffer until release).</summary>
    internal void Truncate(int count) => Count = Math.Min(Count, count);

    /// <summary>Gives the buffer back to the pool; the batch must not be used after.</summary>
    internal void Release()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        Count = 0;
        Length = 0;
    }
}

/// <summary>One message of a <see cref="LiveBatch"/>.</summary>
/// <param name="Offset">Where its sentences begin in the batch's buffer.</param>
/// <param name="Length">The bytes of its sentences, CRLFs included.</param>
/// <param name="ReceivedTicks">When its last sentence arrived (UTC ticks, the feed's clock).</param>
/// <param name="TimeMs">Its message time in UNIX ms: the tag block's, a PGHP line's or a trailer's, else the receive time.</param>
/// <param name="PayloadHash">A 64-bit hash of its payload, the key of de-duplication.</param>
public readonly record struct LiveMessage(int Offset, int Length, long ReceivedTicks, long TimeMs, ulong PayloadHash)
{
    /// <summary>
    /// The message's number among those its connection decoded, from 1, counted before de-duplication: a consumer's
    /// position in a connection. A consumer that checkpoints "taken through ordinal n" of a connection whose first line
    /// (<see cref="LiveBatch.Fingerprint"/>) starts the same recording again skips the ordinals it holds, as a
    /// restarted watcher does when a replayer serves every connection from the start.
    /// </summary>
    public long Ordinal { get; init; }

    /// <summary>A copy of a message another receiver delivered first, passed on because <see cref="LiveFeedOptions.PassCopies"/> asked for copies.</summary>
    public bool IsCopy { get; init; }

    /// <summary>When the message arrived.</summary>
    public DateTimeOffset ReceivedAt => new(ReceivedTicks, TimeSpan.Zero);

    /// <summary>Receive time minus message time: how late the message reached us (negative when the sender's clock runs ahead).</summary>
    public TimeSpan Lag => TimeSpan.FromTicks(ReceivedTicks - DateTimeOffset.UnixEpoch.Ticks - TimeMs * TimeSpan.TicksPerMillisecond);
}
