using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Input;
using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// Appends decoded AIS to a store during someone else's decode pass (<c>picket analyze</c> decodes each input once and
/// hands the same observations to the analysis and to this sink), writing the same rows <c>picket ingest</c> would for
/// the same file.
/// <para>
/// Threads: the observation methods run on the caller's reading thread and only fill a pooled <see cref="RowBatch"/>;
/// full batches cross the pipeline's bounded hand-off (<see cref="BatchHandoff{TBatch}"/>) to a writer thread of this
/// class, which owns the store's connection until <see cref="Complete"/> or <see cref="Dispose"/> returns, so the
/// caller must not use the store meanwhile. A slow store makes the reader wait instead of buffering the file: memory
/// stays at a few batches. Several inputs read at the same time (merged by time) each write through their own
/// <see cref="OpenLane">lane</see>; the instance itself is lane 0, for one file after another.
/// </para>
/// <para>
/// Transactions: one per input file, committed with its <c>ingest_log</c> entry at <see cref="EndFile"/>. The reader
/// reports no line numbers with each message, so a commit in the middle of a file could not record how far it got;
/// without that, a crash would leave rows that a later <c>picket ingest</c> adds a second time. One transaction per
/// file makes each file all or nothing (DuckDB writes a large transaction's row groups to the database file, not to
/// memory); files read at the same time are in transactions on their own connections (DuckDB appends from concurrent
/// transactions do not conflict). If the file's hash is already in the log when it ends (ingested before, or twice in
/// one run), its rows are rolled back instead, so the store never holds a file twice; see <see cref="Files"/>.
/// </para>
/// <para>
/// Failures: a store error stops the writer, which rolls back the open files and drops whatever still arrives; the
/// reader is never blocked or thrown at (the analysis goes on), and <see cref="Complete"/> throws it.
/// </para>
/// </summary>
public sealed class LiveIngest : IAisMessageSink, IObservationSink, IDisposable
{
    /// <summary>Full batches queued for the writer: with the one being written and one being filled per lane, memory holds a few more.</summary>
    private const int BatchesInFlight = 3;

    private readonly StoreDatabase _store;
    private readonly IngestOptions _settings;
    private readonly BatchHandoff<LiveWork> _handoff;
    private readonly List<LiveFileResult> _files = [];
    private readonly List<LiveIngestLane> _lanes = [];
    private readonly LiveIngestLane _main;
    private readonly Thread _writer;
    private volatile Exception? _failure;
    private volatile bool _stopping;
    private bool _finished;
    private long _positions, _identities;

    /// <param name="store">The store to write; owned by this instance's writer thread until Complete or Dispose returns.</param>
    /// <param name="batchRows">
    /// Rows per hand-off to the writer thread. 16,384 (512 KB of positions): DuckDB's appender takes 2,048 rows per
    /// chunk, so a larger hand-off only holds more rows in flight — at 65,536 the whole analysis peaked about 7 MB
    /// higher for the same speed (bench/analyze).
    /// </param>
    /// <param name="settings">DuckDB threads and memory limit while writing (as <c>picket ingest</c>); null = its defaults.</param>
    public LiveIngest(StoreDatabase store, int batchRows = 16_384, IngestOptions? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRows, 1);
        _store = store;
        _settings = settings ?? new IngestOptions();
        _handoff = new BatchHandoff<LiveWork>(BatchesInFlight, () => new LiveWork(batchRows), static w => w.Reset(), singleProducer: false);
        _main = OpenLane();
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

    /// <summary>The lane the instance's own methods write through (lane 0, on the store's connection).</summary>
    public LiveIngestLane MainLane => _main;

    /// <summary>
    /// A lane for one more input read at the same time as others (on its own thread): its rows and file ends are
    /// written in its own transaction. Open every lane before the reading starts.
    /// </summary>
    public LiveIngestLane OpenLane()
    {
        ThrowIfFinished();
        lock (_lanes)
        {
            var lane = new LiveIngestLane(this, _lanes.Count);
            _lanes.Add(lane);
            return lane;
        }
    }

    /// <summary>Takes a decoded NMEA message: positions and identity reports become rows (<see cref="AisObservations"/>), other types are ignored.</summary>
    public void OnMessage(in AisPayload message) => AisObservations.Map(message, _main);

    /// <summary>Takes a row of a CSV export (NOAA, DMA): its position, and its identity when it changed within the file.</summary>
    public void OnRecord(CsvAisRecord record) => CsvObservations.Map(record, _main);

    /// <summary>Takes a position, as mapped once for the analysis too; one without a reception time goes in with ts NULL, as <c>picket ingest</c> stores it.</summary>
    public void OnPosition(in PositionObservation position) => _main.OnPosition(position);

    /// <summary>Takes an identity (a CSV row's only when the vessel's identity changed within the file).</summary>
    public void OnIdentity(in IdentityObservation identity) => _main.OnIdentity(identity);

    /// <summary>
    /// Ends the current input file: its rows and its <c>ingest_log</c> entry are committed in one transaction, so a
    /// later <c>picket ingest</c> of the same content says "already ingested" and adds nothing.
    /// </summary>
    /// <param name="path">The file's path, as the log records it.</param>
    /// <param name="fileHash"><see cref="FileHash.Compute"/> of the file (or <see cref="AisInput.FinishHashAsync"/> of the read that decoded it).</param>
    /// <param name="size">The file's size in bytes.</param>
    /// <param name="format"><see cref="InputFormat.Nmea"/> or <see cref="InputFormat.Csv"/>.</param>
    /// <param name="linesDone">Lines (CSV: rows) read; for NMEA the decoder's <c>Statistics.Lines</c>.</param>
    /// <param name="rejected">Lines (CSV: rows) rejected, counted by reason in <paramref name="rejectedReasonsJson"/>.</param>
    /// <param name="rejectedReasonsJson"><see cref="RejectedReasons.Json(Picket.Ais.Nmea.DecodeStatistics)"/> or its CSV overload.</param>
    /// <param name="complete">False when the read broke off: a later ingest then resumes after <paramref name="linesDone"/>.</param>
    /// <param name="prefix">The content prefix read (<see cref="PrefixTrackingStream.Prefix"/>), kept so a later, longer version of the file adds only what is new.</param>
    public void EndFile(string path, string fileHash, long size, string format, long linesDone, long rejected,
        string? rejectedReasonsJson, bool complete, ContentPrefix? prefix = null) =>
        _main.EndFile(path, fileHash, size, format, linesDone, rejected, rejectedReasonsJson, complete, prefix);

    /// <summary>
    /// Hands over what is buffered, waits for the writer, refreshes <c>vessels</c>, and throws if the writer failed.
    /// Rows after the last <see cref="EndFile"/> of a lane (input with no file behind it, such as standard input) are
    /// committed without a log entry.
    /// </summary>
    public void Complete()
    {
        ThrowIfFinished();
        _finished = true;
        if (_failure == null)
        {
            LiveIngestLane[] lanes;
            lock (_lanes) lanes = [.. _lanes];
            foreach (var lane in lanes) lane.Close();
        }
        _handoff.Complete();
        _writer.Join();
        if (_failure == null)
        {
            try { _store.RefreshVessels(); }
            catch (Exception e) { _failure = e; }
        }
        if (_failure is { } failure)
            throw new InvalidOperationException($"writing the store {_store.Path} failed: {failure.Message}", failure);
    }

    /// <summary>Without <see cref="Complete"/>: stops the writer and rolls back the files it had open (earlier files stay).</summary>
    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        _stopping = true;
        _handoff.Complete();
        _writer.Join();
    }

    internal void ThrowIfFinished() => ObjectDisposedException.ThrowIf(_finished, this);

    internal bool Failed => _failure != null;

    internal LiveWork Rent() => _handoff.Rent();

    /// <summary>Queues a lane's batch (rows, a file end, or both); false when nothing more is written.</summary>
    internal bool Send(LiveWork work)
    {
        Interlocked.Add(ref _positions, work.Rows.PositionCount);
        Interlocked.Add(ref _identities, work.Rows.Identities.Count);
        try
        {
            _handoff.Send(work);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false; // the writer stopped (failure or Dispose): nothing more is written
        }
    }

    /// <summary>The writer thread: appends each batch on its lane's connection, commits at each file end, and after a failure only drains.</summary>
    private void Write()
    {
        var writers = new Dictionary<int, LiveWriter>();
        var settings = new StoreSettings(_store, _settings);
        try
        {
            while (_handoff.TryTake(out var work))
            {
                if (_stopping) break;
                if (_failure == null)
                {
                    try
                    {
                        settings.Apply();
                        if (!writers.TryGetValue(work.Lane, out var writer))
                            // Lane 0 writes on the store's own connection; each further lane on a connection of its own.
                            writers[work.Lane] = writer = work.Lane == 0 ? new LiveWriter(_store.Connection, owned: false) : new LiveWriter(OpenConnection(), owned: true);
                        if (work.Rows.PositionCount > 0 || work.Rows.Identities.Count > 0) writer.Append(work.Rows);
                        if (work.End is { } end)
                        {
                            var result = writer.EndFile(end);
                            if (result != null) lock (_files) _files.Add(result);
                        }
                    }
                    catch (Exception e)
                    {
                        _failure = e;
                        foreach (var w in writers.Values) TryAbort(w);
                    }
                }
                _handoff.Return(work);
            }
        }
        catch (Exception e) when (_failure == null)
        {
            _failure = e;
        }
        finally
        {
            // Disposed without Complete, or failed: the open files' rows go, committed files stay.
            _handoff.Abort(_failure ?? new OperationCanceledException("the store writer stopped"));
            foreach (var w in writers.Values)
            {
                TryAbort(w);
                w.Dispose();
            }
            try { settings.Restore(); }
            catch (Exception e) when (_failure == null) { _failure = e; }
            catch (Exception) { /* the first failure is the one reported */ }
        }
    }

    /// <summary>
    /// A further connection to the store's database. DuckDB.NET shares one database instance between the connections
    /// of a process that name the same file, so this is not a second process-level lock on the file.
    /// </summary>
    private DuckDB.NET.Data.DuckDBConnection OpenConnection()
    {
        var connection = new DuckDB.NET.Data.DuckDBConnection(_store.Connection.ConnectionString);
        connection.Open();
        return connection;
    }

    private void TryAbort(LiveWriter writer)
    {
        try { writer.Abort(); }
        catch (Exception) when (_failure != null) { /* the connection that failed may refuse the rollback too */ }
    }
}

/// <summary>The end of one input file, queued after its rows. <see cref="None"/> closes input that has no file (no log entry).</summary>
internal sealed record FileEnd(string Path, string FileHash, long Size, string Format, long LinesDone, long Rejected,
    string? RejectedReasons, bool Complete, ContentPrefix? Prefix = null)
{
    public static readonly FileEnd None = new("", "", 0, "", 0, 0, null, false);
    public bool IsNone => FileHash.Length == 0;
}

/// <summary>What <see cref="LiveIngest"/> did with one input file.</summary>
/// <param name="Path">The file, as given to <see cref="LiveIngest.EndFile"/>.</param>
/// <param name="FileHash">Its content hash (SHA-256, hex), the key of <c>ingest_log</c>.</param>
/// <param name="PositionsAdded">Rows added to <c>positions</c>; 0 when already in the store.</param>
/// <param name="IdentitiesAdded">Rows added to <c>identity_reports</c>; 0 when already in the store.</param>
/// <param name="AlreadyInStore">
/// The content was already in <c>ingest_log</c> (ingested before, or given twice): its rows were rolled back, nothing
/// added. When the earlier ingest was partial, <c>picket ingest</c> of the file finishes it.
/// </param>
public sealed record LiveFileResult(string Path, string FileHash, long PositionsAdded, long IdentitiesAdded, bool AlreadyInStore);
