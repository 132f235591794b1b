using Picket.Ais;

namespace Picket.Core.Input.Live;

/// <summary>
/// One connection's worth of a source — a TCP connection, a UDP sender, a file, standard input: cuts its bytes into
/// lines in bounded memory, decodes them with a decoder of its own (so fragments heard by two receivers are never
/// joined), and writes each complete message into batches for the feed. Used by one reader at a time; the counters
/// are read by snapshots from other threads (64-bit reads are atomic, a snapshot may be a message behind).
/// </summary>
internal sealed class LiveSession
{
    private readonly LiveSourceState _source;
    private readonly AisDecoder _decoder;
    private readonly ReceiveClock _clock = new();
    private readonly byte[] _line;
    private int _lineLength;
    private bool _skipping;
    private LiveBatch? _batch;
    private readonly List<LiveBatch> _ready = [];
    private int _group;

    public LiveSession(LiveSourceState source, long number)
    {
        _source = source;
        Number = number;
        _line = new byte[source.Options.MaxLineLength];
        _decoder = new AisDecoder(new AisDecoderOptions { Clock = _clock, MaxLineLength = source.Options.MaxLineLength });
    }

    /// <summary>The session's number in its source, from 1: the source's connections (or senders, or openings) in the order they began.</summary>
    public long Number { get; }

    /// <summary>
    /// A hash of the session's first line as received (null before it): a consumer that checkpoints a position in a
    /// connection compares it to know whether a new connection starts the same recording over (a replayer, a feed that
    /// replays its buffer, a file read again) or is new data.
    /// </summary>
    public string? Fingerprint { get; private set; }

    /// <summary>Messages decoded in this session so far: the last one's ordinal.</summary>
    public long Decoded { get; private set; }

    /// <summary>What the decoder saw: lines, messages and rejections by reason.</summary>
    public Picket.Ais.Nmea.DecodeStatistics Statistics => _decoder.Statistics;

    /// <summary>Raw bytes received.</summary>
    public long Bytes { get; private set; }

    /// <summary>Lines cut because they exceeded <see cref="LiveFeedOptions.MaxLineLength"/>.</summary>
    public long TooLong { get; private set; }

    /// <summary>The sum of receive time − message time over the messages, in ms.</summary>
    public long LagSumMs { get; private set; }

    /// <summary>Messages whose lag was measured.</summary>
    public long LagCount { get; private set; }

    /// <summary>The largest lag, in ms; <see cref="long.MinValue"/> before the first message.</summary>
    public long LagMaxMs { get; private set; } = long.MinValue;

    /// <summary>The last message's lag, in ms.</summary>
    public long LastLagMs { get; private set; }

    /// <summary>Takes bytes that arrived at <paramref name="receivedAt"/>; complete lines are decoded at once.</summary>
    public void Received(ReadOnlySpan<byte> chunk, DateTimeOffset receivedAt)
    {
        _clock.Now = receivedAt;
        Bytes += chunk.Length;
        while (!chunk.IsEmpty)
        {
            int end = chunk.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0)
            {
                Keep(chunk);
                return;
            }
            if (_lineLength == 0 && !_skipping) Line(chunk[..end]);
            else
            {
                Keep(chunk[..end]);
                if (!_skipping) Line(_line.AsSpan(0, _lineLength));
                _lineLength = 0;
                _skipping = false;
            }
            chunk = chunk[(end + 1)..];
        }
    }

    /// <summary>The end of a record (a UDP datagram) or of the stream: a line without its terminator is still a line.</summary>
    public void EndOfRecord()
    {
        if (_lineLength > 0 && !_skipping) Line(_line.AsSpan(0, _lineLength));
        _lineLength = 0;
        _skipping = false;
    }

    /// <summary>Hands the messages decoded so far to the feed (waiting for room, or dropping, per the source's policy).</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is { Count: > 0 })
        {
            _ready.Add(_batch);
            _batch = null;
        }
        if (_ready.Count == 0) return;
        try
        {
            foreach (var batch in _ready) await _source.PostAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _ready.Clear();
        }
    }

    /// <summary>The connection ended: fragments still waiting are counted as stale, and unsent batches released.</summary>
    public void Close()
    {
        EndOfRecord();
        _decoder.Flush();
        _batch?.Release();
        _batch = null;
        foreach (var b in _ready) b.Release();
        _ready.Clear();
    }

    private void Keep(ReadOnlySpan<byte> part)
    {
        if (_skipping) return;
        if (_lineLength + part.Length > _line.Length)
        {
            if (Fingerprint == null)
            {
                // The first line's first MaxLineLength bytes, whatever chunks they came in.
                part[..(_line.Length - _lineLength)].CopyTo(_line.AsSpan(_lineLength));
                Fingerprint = LineFingerprint.Of(_line);
            }
            // Longer than any sentence can be: count it once and skip to its end, holding nothing more.
            TooLong++;
            _skipping = true;
            _lineLength = 0;
            return;
        }
        part.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += part.Length;
    }

    private void Line(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty) return;
        Fingerprint ??= LineFingerprint.Of(line.Length > _line.Length ? line[.._line.Length] : line);
        if (line.Length > _line.Length)
        {
            TooLong++;
            return;
        }
        if (_decoder.Decode(line, out var message) != Picket.Ais.Nmea.LineOutcome.Message) return;
        long received = _clock.Now.UtcTicks;
        long timeMs = message.HasTime && message.TimeMs >= 0 ? message.TimeMs : _clock.Now.ToUnixTimeMilliseconds();
        long lagMs = (received - DateTimeOffset.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond - timeMs;
        LagSumMs += lagMs;
        LagCount++;
        LastLagMs = lagMs;
        if (lagMs > LagMaxMs) LagMaxMs = lagMs;

        var batch = _batch;
        if (batch == null || batch.Capacity - batch.Length < CanonicalSentences.MaxBytes)
        {
            if (batch != null) _ready.Add(batch);
            batch = _batch = _source.NewBatch(this);
        }
        int written = CanonicalSentences.Write(message, timeMs, _group++, batch.Free);
        batch.Add(written, received, timeMs, PayloadHash.Of(message.Armored, message.FillBits), ++Decoded);
    }
}
