using System.Collections.Concurrent;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// Appends decoded AIS to a store during someone else's decode pass (<c>picket analyze</c> decodes each input once and
/// feeds both the analysis and this sink), writing the same rows <c>picket ingest</c> would for the same file.
/// <para>
/// Threads: <see cref="OnMessage"/>/<see cref="OnRecord"/> run on the caller's reading thread and only fill a pooled
/// <see cref="RowBatch"/>; full batches cross a bounded queue to a writer thread of this class, which owns the store's
/// connection until <see cref="Complete"/> or <see cref="Dispose"/> returns, so the caller must not use the store
/// meanwhile. A slow store makes the reader wait instead of buffering the file: memory stays at a few batches.
/// </para>
/// <para>
/// Transactions: one per input file, committed with its <c>ingest_log</c> entry at <see cref="EndFile"/>. The reader
/// reports no line numbers with each message, so a commit in the middle of a file could not record how far it got;
/// without that, a crash would leave rows that a later <c>picket ingest</c> adds a second time. One transaction per
/// file makes each file all or nothing (DuckDB writes a large transaction's row groups to the database file, not to
/// memory). If the file's hash is already in the log when it ends (ingested before, or twice in one run), its rows are
/// rolled back instead, so the store never holds a file twice; see <see cref="Files"/>.
/// </para>
/// <para>
/// Failures: a store error stops the writer, which rolls back the open file and drops whatever still arrives; the
/// reader is never blocked or thrown at (the analysis goes on), and <see cref="Complete"/> throws it.
/// </para>
/// </summary>
public sealed class LiveIngest : IAisMessageSink, IObservationSink, IDisposable
{
    /// <summary>Full batches queued for the writer: with the one being written and the one being filled, memory holds at most five.</summary>
    private const int BatchesInFlight = 3;

    private readonly StoreDatabase _store;
    private readonly int _batchRows;
    private readonly IngestOptions _settings;
    private readonly BlockingCollection<Work> _queue = new(BatchesInFlight);
    private readonly ConcurrentBag<RowBatch> _free = [];
    private readonly List<LiveFileResult> _files = [];
    private readonly Thread _writer;
    private RowBatch _current;
    private RowBatchFiller _rows;
    private volatile Exception? _failure;
    private volatile bool _stopping;
    private bool _finished;
    private long _positions, _identities;

    /// <param name="store">The store to write; owned by this instance's writer thread until Complete or Dispose returns.</param>
    /// <param name="batchRows">Rows per hand-off to the writer thread.</param>
    /// <param name="settings">DuckDB threads and memory limit while writing (as <c>picket ingest</c>); null = its defaults.</param>
    public LiveIngest(StoreDatabase store, int batchRows = 65_536, IngestOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRows, 1);
        _store = store;
        _batchRows = batchRows;
        _settings = settings ?? new IngestOptions();
        _current = new RowBatch(batchRows);
        _rows = new RowBatchFiller(_current);
        _writer = new Thread(Write) { IsBackground = true, Name = "picket store writer" };
        _writer.Start();
    }

    /// <summary>Position rows handed to the writer so far (committed once their file ends).</summary>
    public long Positions => Volatile.Read(ref _positions);

    /// <summary>Identity rows handed to the writer so far.</summary>
    public long Identities => Volatile.Read(ref _identities);

    /// <summary>The writer's failure, once it has failed (also thrown by <see cref="Complete"/>); lets a caller say so early.</summary>
    public Exception? Failure => _failure;

    /// <summary>What happened to each file ended with <see cref="EndFile"/>; complete after <see cref="Complete"/>.</summary>
    public IReadOnlyList<LiveFileResult> Files
    {
        get { lock (_files) return _files.ToArray(); }
    }

    /// <summary>Takes a decoded NMEA message: positions and identity reports become rows (<see cref="AisObservations"/>), other types are ignored.</summary>
    public void OnMessage(in AisPayload m) => AisObservations.Map(m, this);

    /// <summary>Takes a row of a CSV export (NOAA, DMA): its position, and its identity when it changed within the file.</summary>
    public void OnRecord(CsvAisRecord record) => CsvObservations.Map(record, this);

    /// <summary>
    /// Takes a position observation, as mapped once for the analysis too. One without a reception time goes in with
    /// ts NULL, as <c>picket ingest</c> stores it.
    /// </summary>
    public void OnPosition(in PositionObservation position)
    {
        if (_failure != null) return;
        _rows.OnPosition(position);
        if (_current.IsFull) Send();
    }

    /// <summary>Takes an identity observation (a CSV row's only when the vessel's identity changed within the file).</summary>
    public void OnIdentity(in IdentityObservation identity)
    {
        if (_failure != null) return;
        _rows.OnIdentity(identity);
        if (_current.IsFull) Send();
    }

    /// <summary>
    /// Ends the current input file: its rows and its <c>ingest_log</c> entry are committed in one transaction, so a
    /// later <c>picket ingest</c> of the same content says "already ingested" and adds nothing.
    /// </summary>
    /// <param name="fileHash"><see cref="FileHash.Compute"/> of the file (or <see cref="HashingStream.HashHex"/> of the read that decoded it).</param>
    /// <param name="format"><see cref="InputFormat.Nmea"/> or <see cref="InputFormat.Csv"/>.</param>
    /// <param name="linesDone">Lines (CSV: rows) read; for NMEA the decoder's <c>Statistics.Lines</c>.</param>
    /// <param name="rejectedReasonsJson"><see cref="RejectedReasons.Json(Picket.Ais.Nmea.DecodeStatistics)"/> or its CSV overload.</param>
    /// <param name="complete">False when the read broke off: a later ingest then resumes after <paramref name="linesDone"/>.</param>
    /// <param name="prefix">The content prefix read (<see cref="PrefixTrackingStream.Prefix"/>), kept so a later, longer version of the file adds only what is new.</param>
    public void EndFile(string path, string fileHash, long size, string format, long linesDone, long rejected,
        string? rejectedReasonsJson, bool complete, ContentPrefix? prefix = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(fileHash);
        ArgumentException.ThrowIfNullOrEmpty(format);
        ThrowIfFinished();
        var end = new FileEnd(Path.GetFullPath(path), fileHash, size, format, linesDone, rejected, rejectedReasonsJson, complete, prefix);
        if (_failure == null) Send(end);
        _rows = new RowBatchFiller(_current);
    }

    /// <summary>
    /// Hands over what is buffered, waits for the writer, refreshes <c>vessels</c>, and throws if the writer failed.
    /// Rows after the last <see cref="EndFile"/> (input with no file behind it, such as standard input) are committed
    /// without a log entry.
    /// </summary>
    public void Complete()
    {
        ThrowIfFinished();
        _finished = true;
        if (_failure == null) Send(FileEnd.None);
        _queue.CompleteAdding();
        _writer.Join();
        if (_failure == null)
        {
            try { _store.RefreshVessels(); }
            catch (Exception e) { _failure = e; }
        }
        if (_failure is { } failure)
            throw new InvalidOperationException($"writing the store {_store.Path} failed: {failure.Message}", failure);
    }

    /// <summary>Without <see cref="Complete"/>: stops the writer and rolls back the file it had open (earlier files stay).</summary>
    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _stopping = true;
            _queue.CompleteAdding();
            _writer.Join();
        }
        _queue.Dispose();
    }

    private void ThrowIfFinished() => ObjectDisposedException.ThrowIf(_finished, this);

    /// <summary>Queues the current batch (and a file end after it, if given) and takes a fresh batch from the pool.</summary>
    private void Send(FileEnd? end = null)
    {
        var batch = _current;
        bool hasRows = batch.PositionCount > 0 || batch.Identities.Count > 0;
        if (!hasRows && end == null) return;
        Interlocked.Add(ref _positions, batch.PositionCount);
        Interlocked.Add(ref _identities, batch.Identities.Count);
        try
        {
            _queue.Add(new Work(hasRows ? batch : null, end));
        }
        catch (InvalidOperationException) when (_queue.IsAddingCompleted)
        {
            return; // disposed from another thread while reading: nothing more is written
        }
        if (hasRows) _rows.Batch = _current = _free.TryTake(out var b) ? b : new RowBatch(_batchRows);
    }

    /// <summary>The writer thread: appends each batch, commits at each file end, and after a failure only drains.</summary>
    private void Write()
    {
        var writer = new LiveWriter(_store, _settings);
        try
        {
            foreach (var work in _queue.GetConsumingEnumerable())
            {
                if (_stopping) break;
                if (_failure == null)
                {
                    try
                    {
                        if (work.Batch != null) writer.Append(work.Batch);
                        if (work.End is { } end)
                        {
                            var result = writer.EndFile(end);
                            if (result != null) lock (_files) _files.Add(result);
                        }
                    }
                    catch (Exception e)
                    {
                        _failure = e;
                        TryAbort(writer);
                    }
                }
                if (work.Batch is { } done)
                {
                    done.Reset();
                    _free.Add(done);
                }
            }
        }
        finally
        {
            // Disposed without Complete, or failed: the open file's rows go, committed files stay.
            TryAbort(writer);
            try { writer.RestoreSettings(); }
            catch (Exception e) when (_failure == null) { _failure = e; }
            catch (Exception) { /* the first failure is the one reported */ }
        }
    }

    private void TryAbort(LiveWriter writer)
    {
        try { writer.Abort(); }
        catch (Exception) when (_failure != null) { /* the connection that failed may refuse the rollback too */ }
    }

    /// <summary>One hand-off: rows, a file end, or both (the file's last rows, then its end).</summary>
    private sealed record Work(RowBatch? Batch, FileEnd? End);
}

/// <summary>The end of one input file, queued after its rows. <see cref="None"/> closes input that has no file (no log entry).</summary>
internal sealed record FileEnd(string Path, string FileHash, long Size, string Format, long LinesDone, long Rejected,
    string? RejectedReasons, bool Complete, ContentPrefix? Prefix = null)
{
    public static readonly FileEnd None = new("", "", 0, "", 0, 0, null, false);
    public bool IsNone => FileHash.Length == 0;
}

/// <summary>What <see cref="LiveIngest"/> did with one input file.</summary>
/// <param name="AlreadyInStore">
/// The content was already in <c>ingest_log</c> (ingested before, or given twice): its rows were rolled back, nothing
/// added. When the earlier ingest was partial, <c>picket ingest</c> of the file finishes it.
/// </param>
public sealed record LiveFileResult(string Path, string FileHash, long PositionsAdded, long IdentitiesAdded, bool AlreadyInStore);
