using System.Diagnostics;
using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Observations;
using Picket.Store.Ingest;

namespace Picket.Analysis.Live;

/// <summary>
/// Reads one source on its own thread: connects (again, for a network feed), decodes, and numbers every decoded
/// message in the order the source sent it (its ordinal). The ordinal is the source's input position: the analysis
/// checkpoints the last ordinal it has taken, the store commits its rows in chunks named by the ordinal they start at.
/// A connection whose first line is the one the source began with is the recording starting over (a replayer serves
/// each connection from its start): its messages up to what was already taken are skipped, up to what the store holds
/// are not stored again. Any other connection is new data and is taken whole.
/// <para>
/// After a restart the skipped messages still pass through the feed (plausibility clock, duplicate filter) and reach
/// the analysis as warm-up: only the identity stage and the hull collector take them, so a restored job knows every
/// vessel's name and IMO as the uninterrupted one did, while the tracks and detectors come from the checkpoint.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The connection's stream is disposed by RunAsync when the connection ends.")]
internal sealed class SourceReader : IAisMessageSink, IObservationSink
{
    private readonly LiveSource _source;
    private readonly int _index;
    private readonly SourceBatcher _batcher;
    private readonly AisFeed _feed;
    private readonly LiveIngestLane? _lane;
    private readonly StoreChunks? _chunks;
    private readonly CancellationToken _ct;
    private readonly DecodeStatistics _decoded = new();
    private AisDecoder? _decoder;
    private FirstLineStream? _stream;
    private long _base, _inConnection, _taken, _stored;
    private bool _warmup, _feedOn, _storeOn, _firstMessage;
    private string? _fingerprint;

    public SourceReader(LiveSource source, int index, LiveQueue queue, SourceCheckpoint? restored, LiveIngestLane? lane,
        StoreChunks? chunks, long storedThrough, TimeSpan plausibleWindow, TimeProvider time, CancellationToken ct)
    {
        _source = source;
        _index = index;
        _ct = ct;
        _batcher = new SourceBatcher(queue, index, ct);
        // The batch job's order: the feed's plausibility clock, then exact duplicates removed (TimeMergedFeed's filter).
        _feed = new AisFeed(new DuplicateFilter(_batcher)) { Clock = new FeedClock(plausibleWindow, time) };
        _lane = lane;
        _chunks = chunks;
        _taken = restored?.Ordinal ?? 0;
        _fingerprint = restored?.Fingerprint;
        _warmup = restored != null && restored.Ordinal > 0;
        _stored = storedThrough;
    }

    /// <summary>The source as the job was given it.</summary>
    public LiveSource Source => _source;

    /// <summary>The fingerprint (first line's hash) of the recording the ordinals count in.</summary>
    public string? Fingerprint => Volatile.Read(ref _fingerprint);

    /// <summary>Connections opened.</summary>
    public long Connections { get; private set; }

    /// <summary>Bytes read over all connections.</summary>
    public long Bytes => Interlocked.Read(ref _bytes) + (_stream?.BytesRead ?? 0);

    private long _bytes;

    /// <summary>Messages decoded over all connections (skipped ones included).</summary>
    public long Messages => Interlocked.Read(ref _messages);

    private long _messages;

    /// <summary>Messages skipped because the analysis had them already (a recording that started over).</summary>
    public long Skipped { get; private set; }

    /// <summary>Lines rejected by the decoder, over the connections finished so far.</summary>
    public DecodeStatistics Decoded => _decoded;

    /// <summary>
    /// Lines rejected by reason (snake_case names, as <c>picket decode</c> prints them), over the finished connections
    /// and the current one, for the status line: a misbehaving feed shows what it did, not only how much.
    /// </summary>
    public IReadOnlyDictionary<string, long> RejectedByReason()
    {
        var all = new DecodeStatistics();
        all.Add(_decoded);
        if (_decoder is { } current) all.Add(current.Statistics); // another thread's counters: a status, not a ledger
        var byReason = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var reason in Enum.GetValues<RejectReason>())
            if (reason != RejectReason.None && all.Rejected(reason) > 0) byReason[DecodeStatistics.ReasonName(reason)] = all.Rejected(reason);
        return byReason;
    }

    /// <summary>Lines read, over the finished connections and the current one.</summary>
    public long Lines => _decoded.Lines + (_decoder?.Statistics.Lines ?? 0);

    /// <summary>True once the source has nothing more (a file or stdin read to its end).</summary>
    public bool Done { get; private set; }

    /// <summary>Reads until the source ends or the job stops.</summary>
    public async Task RunAsync()
    {
        _feed.BeginInput();
        try
        {
            while (!_ct.IsCancellationRequested)
            {
                Stream? raw;
                try { raw = await _source.ConnectAsync(_ct).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }
                if (raw == null) break;
                Connections++;
                _inConnection = 0;
                _firstMessage = true;
                _decoder = new AisDecoder(); // a fragment never joins one from the last connection
                _stream = new FirstLineStream(raw, _batcher.Flush);
                try
                {
                    await NmeaStreamReader.ReadAsync(_stream, _decoder, this, cancellationToken: _ct).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // A dropped connection: counted in Connections, read again when the source reconnects.
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                finally
                {
                    _decoded.Add(_decoder.Statistics);
                    Interlocked.Add(ref _bytes, _stream.BytesRead);
                    _decoder = null;
                    await _stream.DisposeAsync().ConfigureAwait(false);
                    _stream = null;
                }
                if (!_ct.IsCancellationRequested) _batcher.Flush();
                if (!_source.Reconnects) break;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping while waiting for a free batch.
        }
        finally
        {
            Done = true;
        }
    }

    /// <summary>Sends the last batch and commits the store's open chunk; call after <see cref="RunAsync"/> ended.</summary>
    public void Finish(bool sendBatch)
    {
        if (sendBatch) _batcher.Flush();
        _chunks?.End(_lane!, _stored);
    }

    public void OnMessage(in AisPayload message)
    {
        if (_firstMessage)
        {
            _firstMessage = false;
            var print = _stream!.Fingerprint;
            // The recording started over: its ordinals count from 0 again. Otherwise new data follows what was taken.
            if (_fingerprint == null || print == _fingerprint) _base = 0;
            else
            {
                _base = Math.Max(_taken, _stored);
                _warmup = false;
            }
            Volatile.Write(ref _fingerprint, print);
        }
        long ordinal = _base + ++_inConnection;
        Interlocked.Increment(ref _messages);
        bool analyse = ordinal > _taken;
        _feedOn = analyse || _warmup;
        _storeOn = _lane != null && ordinal > _stored;
        if (!analyse) Skipped++;
        if (analyse && _warmup) _warmup = false;
        _batcher.Warmup = _warmup;
        if (_feedOn || _storeOn) AisObservations.Map(message, this);
        if (analyse) _taken = ordinal;
        if (_storeOn)
        {
            _stored = ordinal;
            _chunks!.AfterMessage(_lane!, ordinal);
        }
        _batcher.EndMessage(_taken);
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
