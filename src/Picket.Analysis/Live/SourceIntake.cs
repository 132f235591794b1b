using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Input.Live;
using Picket.Core.Observations;
using Picket.Store.Ingest;
using FeedBatch = Picket.Core.Input.Live.LiveBatch;

namespace Picket.Analysis.Live;

/// <summary>
/// One source's messages on their way from the live feed to the analysis: numbers each by its input position (its
/// ordinal), decides whether the analysis and the store already hold it, maps it to observations and hands them to
/// the source's batcher and store lane. The ordinal is what the checkpoint records and what the store's chunks are named by.
/// <para>
/// A source read from its start again — a feed the watch connects to (a replayer serves every connection from the
/// beginning of its recording), a file, standard input — counts in its connection: the feed's per-connection ordinal.
/// A connection whose first line is the one the counted connection began with is that recording starting over: its
/// messages up to what was taken are skipped, up to what the store holds are not stored again. Any other connection
/// is new data, counted on from what was taken. After a restart the skipped messages reach the analysis as warm-up:
/// only the identity stage and the hull collector take them, so a restored job knows every vessel's name and IMO as
/// the uninterrupted one did, while the tracks and detectors come from the checkpoint.
/// </para>
/// <para>
/// A source that receivers push into (<c>tcp-listen://</c>, <c>udp://</c>) has several connections at once and no
/// start to go back to: its messages are counted in arrival order, on from what the checkpoint and store held, and all
/// taken; what was sent while the watch was down is lost by nature.
/// </para>
/// </summary>
internal sealed class SourceIntake : IObservationSink
{
    private readonly LiveSourceAddress _address;
    private readonly SourceBatcher _batcher;
    private readonly AisFeed _feed;
    private readonly LiveIngestLane? _lane;
    private readonly StoreChunks? _chunks;
    // One decoder serves every connection: the feed hands each message's sentences together, already assembled once.
    private readonly AisDecoder _decoder = new();
    private long _base, _taken, _stored, _connection, _pushed;
    private bool _warmup, _feedOn, _storeOn;
    private string? _fingerprint;

    public SourceIntake(LiveSourceAddress address, int index, LiveQueue queue, SourceCheckpoint? restored, LiveIngestLane? lane,
        StoreChunks? chunks, long storedThrough, TimeSpan plausibleWindow, TimeProvider time, CancellationToken ct)
    {
        _address = address;
        _batcher = new SourceBatcher(queue, index, ct);
        // The batch job's order: the feed's plausibility clock, then exact duplicates removed (TimeMergedFeed's filter).
        _feed = new AisFeed(new DuplicateFilter(_batcher)) { Clock = new FeedClock(plausibleWindow, time) };
        _feed.BeginInput();
        _lane = lane;
        _chunks = chunks;
        _taken = restored?.Ordinal ?? 0;
        _stored = storedThrough;
        if (address.IsPushed) _pushed = Math.Max(_taken, _stored);
        else
        {
            _fingerprint = restored?.Fingerprint;
            _warmup = restored != null && restored.Ordinal > 0;
        }
    }

    /// <summary>The source as the job was given it.</summary>
    public LiveSourceAddress Address => _address;

    /// <summary>The fingerprint (first line's hash) of the connection the ordinals count in; null for a pushed source.</summary>
    public string? Fingerprint => Volatile.Read(ref _fingerprint);

    /// <summary>Messages that reached the watch, copies another receiver delivered first not counted, skipped ones counted.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    /// <summary>Messages skipped because the analysis had them already (a recording that started over).</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    private long _skipped;

    /// <summary>Takes the messages of one batch of the feed (all of one connection of this source).</summary>
    public void Take(FeedBatch batch)
    {
        if (batch.Connection != _connection) Begin(batch);
        for (int i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            long ordinal = _address.IsPushed ? ++_pushed : _base + message.Ordinal;
            bool analyse = ordinal > _taken;
            // A copy another receiver delivered first is stored (every reception, as a batch import keeps them) but
            // analysed once; the position moves past it all the same.
            _feedOn = (analyse || _warmup) && !message.IsCopy;
            _storeOn = _lane != null && ordinal > _stored;
            if (!message.IsCopy) Interlocked.Increment(ref _delivered);
            if (!analyse && !message.IsCopy) Interlocked.Increment(ref _skipped);
            if (analyse && _warmup) _warmup = false;
            _batcher.Warmup = _warmup;
            if (_feedOn || _storeOn) Decode(batch.Sentences(i));
            if (analyse) _taken = ordinal;
            if (_storeOn)
            {
                _stored = ordinal;
                _chunks!.AfterMessage(_lane!, ordinal);
            }
            _batcher.EndMessage(_taken);
        }
        _chunks?.Tick(_lane!, _stored, idle: false);
    }

    /// <summary>The feed has been quiet for a while: the store's open chunk is committed (a quiet feed's last rows are not left waiting for more input).</summary>
    public void CommitIdle() => _chunks?.Tick(_lane!, _stored, idle: true);

    /// <summary>Sends the half-filled batch to the analysis (the feed is about to wait for input).</summary>
    public void Flush() => _batcher.Flush();

    /// <summary>Sends the last batch and commits the store's open chunk; call once the feed is read.</summary>
    public void Finish(bool sendBatch)
    {
        if (sendBatch) _batcher.FlushAfterStop();
        _chunks?.End(_lane!, _stored);
    }

    private void Begin(FeedBatch batch)
    {
        _connection = batch.Connection;
        if (_address.IsPushed) return;
        var print = batch.Fingerprint;
        // The recording started over: its ordinals count from 0 again. Otherwise new data follows what was taken.
        if (_fingerprint == null || print == _fingerprint) _base = 0;
        else
        {
            _base = Math.Max(_taken, _stored);
            _warmup = false;
        }
        Volatile.Write(ref _fingerprint, print);
    }

    /// <summary>Decodes one message's canonical sentences (each ending in CRLF) and maps it.</summary>
    private void Decode(ReadOnlySpan<byte> sentences)
    {
        while (!sentences.IsEmpty)
        {
            int end = sentences.IndexOf((byte)'\n');
            var line = end < 0 ? sentences : sentences[..end];
            sentences = end < 0 ? default : sentences[(end + 1)..];
            if (_decoder.Decode(line, out var message) == LineOutcome.Message) AisObservations.Map(message, this);
        }
    }

    public void OnPosition(in PositionObservation position)
    {
        if (_feedOn) _feed.OnPosition(position);
        if (_storeOn) _lane!.OnPosition(position);
    }

    public void OnIdentity(in IdentityObservation identity)
    {
        if (_feedOn) _feed.OnIdentity(identity);
        if (_storeOn) _lane!.OnIdentity(identity);
    }
}
