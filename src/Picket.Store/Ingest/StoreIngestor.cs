using System.Diagnostics;
using DuckDB.NET.Data;
using Picket.Core.Input;
using Picket.Store.Parquet;

namespace Picket.Store.Ingest;

/// <summary>
/// Ingests files into a store, idempotently and crash-safely. A file is known by its content hash in
/// <c>ingest_log</c>: complete files are skipped, partial ones resume after the last committed line. NMEA is decoded
/// on one thread and appended on the calling thread (bounded hand-off of <see cref="RowBatch"/>es, so memory stays
/// flat whatever the file size); each transaction commits a run of batches together with the log's progress, so a
/// crash at any instant leaves the rows and the log agreeing. CSV exports (NOAA, DMA) go the same way, counted in rows.
/// Parquet files are inserted whole in one transaction.
/// </summary>
public sealed class StoreIngestor(StoreDatabase store, IngestOptions? options = null)
{
    private const int BatchesInFlight = 3;
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Ingests one file; a problem with it (missing, a directory, unreadable, bad rows) is reported in the result, not thrown.</summary>
    /// <param name="path">The file: NMEA, CSV or Parquet, plain or gzip, recognised from its bytes.</param>
    /// <param name="progress">Told of lines read as the file is decoded; null for none.</param>
    /// <param name="ct">Stops the ingest after the current transaction; what was committed stays and a later run resumes.</param>
    public async Task<FileIngestResult> IngestAsync(string path, IProgress<IngestProgress>? progress = null,
        CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(path))
            return new FileIngestResult(path, IngestStatus.Failed, "?", 0, 0, 0, null, clock.Elapsed, "is a directory, not a file");
        string hash;
        long size;
        string format;
        try
        {
            hash = FileHash.Compute(path);
            size = new FileInfo(path).Length;
            format = InputFormat.Detect(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileIngestResult(path, IngestStatus.Failed, "?", 0, 0, 0, null, clock.Elapsed, e.Message);
        }
        var existing = IngestLog.Find(store.Connection, hash);
        if (existing is { Complete: true })
            return new FileIngestResult(path, IngestStatus.AlreadyIngested, existing.Format, 0, 0, existing.LinesDone, existing, clock.Elapsed);
        // New content that starts with a file already stored (a grown log, the full download of a truncated one):
        // resume after the stored lines, as a crashed ingest of the same file resumes.
        var extends = existing == null && format == InputFormat.Nmea ? ContentPrefix.FindExtended(store.Connection, path) : null;
        var entry = existing ?? new IngestLogEntry(hash, Path.GetFullPath(path), size, format, extends?.Lines ?? 0, 0, 0, 0, null, false);
        return format switch
        {
            InputFormat.Parquet => ParquetImporter.Import(store, path, entry, isNew: existing == null, clock),
            _ => await IngestStreamAsync(path, format, entry, existing == null, progress, clock, ct).ConfigureAwait(false),
        };
    }

    /// <summary>NMEA or CSV: decoded on one thread, appended on this one.</summary>
    private async Task<FileIngestResult> IngestStreamAsync(string path, string format, IngestLogEntry entry, bool isNew,
        IProgress<IngestProgress>? progress, Stopwatch clock, CancellationToken ct)
    {
        long resumedFrom = entry.LinesDone;
        await using var opened = await AisInput.OpenAsync(new FileSource(path), cancellationToken: ct).ConfigureAwait(false);
        await using var input = new PrefixTrackingStream(opened.Content);

        using var stopDecoding = CancellationTokenSource.CreateLinkedTokenSource(ct);
        int rows = _options.BatchRows;
        var batches = new BatchHandoff<RowBatch>(BatchesInFlight, () => new RowBatch(rows), static b => b.Reset(), cancellationToken: stopDecoding.Token);
        IBatchProducer producer = format == InputFormat.Csv
            ? new CsvBatchProducer(opened, input, resumedFrom, batches)
            : new NmeaBatchProducer(opened, input, resumedFrom, batches);
        var decoding = Task.Factory.StartNew(() => producer.RunAsync(stopDecoding.Token), stopDecoding.Token,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

        var writer = new BatchWriter(store.Connection, entry, isNew, _options.CommitRows);
        long threadsBefore = store.ScalarLong("SELECT current_setting('threads')");
        string memoryBefore = store.ScalarText("SELECT current_setting('memory_limit')");
        if (_options.DuckDbThreads is { } threads) store.Execute($"SET threads = {Math.Max(1, threads)}");
        if (_options.DuckDbMemoryLimit is { } limit) store.Execute($"SET memory_limit = {Parquet.SqlText.Quote(limit)}");
        string? error = null;
        bool interrupted = false;
        try
        {
            // On cancellation the producer completes the hand-off, or the wait throws: either way we commit what we hold.
            while (await batches.TakeAsync().ConfigureAwait(false) is { } batch)
            {
                writer.Write(batch);
                batches.Return(batch);
                progress?.Report(new IngestProgress(path, producer.Position, entry.Size, writer.PositionsAdded, writer.IdentitiesAdded,
                    writer.CommittedLines, clock.Elapsed));
            }
            writer.CommitPending();
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
            writer.CommitPending();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // The input broke off (unreadable, corrupt gzip): keep what was decoded before the break.
            error = e.Message;
            writer.CommitPending();
        }
        catch (DuckDBException e)
        {
            // The store refused (disk full, I/O): roll back the open transaction; earlier commits stand.
            writer.Abort();
            error = "store error: " + e.Message;
        }
        finally
        {
            store.Execute($"SET threads = {threadsBefore}");
            store.Execute($"SET memory_limit = {Parquet.SqlText.Quote(memoryBefore)}");
            stopDecoding.Cancel();
            try { await decoding.ConfigureAwait(false); } catch (OperationCanceledException) { }
        }
        if (format == InputFormat.Nmea && writer.CommittedLines > 0) SavePrefix(path, writer, input);
        var status = error != null ? IngestStatus.Failed : interrupted || !writer.Entry.Complete ? IngestStatus.Interrupted : IngestStatus.Ingested;
        return new FileIngestResult(path, status, format, writer.PositionsAdded, writer.IdentitiesAdded, resumedFrom,
            writer.Entry, clock.Elapsed, error);
    }

    /// <summary>
    /// Records what the committed lines of the file were (<see cref="ContentPrefix"/>). A complete read knows it from
    /// the pass just made; a read that broke off committed fewer lines than it read, so those are measured again.
    /// </summary>
    private void SavePrefix(string path, BatchWriter writer, PrefixTrackingStream read)
    {
        try
        {
            var prefix = writer.Entry.Complete ? read.Prefix() : ContentPrefix.Measure(path, writer.CommittedLines);
            if (prefix == null) return;
            store.Execute($"DELETE FROM ingest_prefix WHERE file_hash = {Parquet.SqlText.Quote(writer.Entry.FileHash)}");
            prefix.Save(store.Connection, writer.Entry.FileHash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDBException)
        {
            // Only an optimisation for a later, longer version of the file is lost; the rows and the log stand.
        }
    }

    /// <summary>The writing half: appends batches inside a transaction, committing with the log every <c>commitRows</c>.</summary>
    private sealed class BatchWriter(DuckDBConnection connection, IngestLogEntry entry, bool isNew, long commitRows)
    {
        private DuckDBTransaction? _tx;
        private PositionChunkAppender? _positions;
        private long _uncommitted;
        private bool _isNew = isNew;

        public IngestLogEntry Entry { get; private set; } = entry;
        public long PositionsAdded { get; private set; }
        public long IdentitiesAdded { get; private set; }
        public long CommittedLines { get; private set; } = entry.LinesDone;

        public void Write(RowBatch batch)
        {
            _tx ??= connection.BeginTransaction();
            // One appender per transaction: it buffers and flushes in DuckDB's own row-group-sized steps.
            _positions ??= new PositionChunkAppender(connection);
            _positions.Append(batch.Positions.AsSpan(0, batch.PositionCount));
            RowAppender.AppendIdentities(connection, batch.Identities);
            PositionsAdded += batch.PositionCount;
            IdentitiesAdded += batch.Identities.Count;
            _uncommitted += batch.PositionCount + batch.Identities.Count;
            Entry = Entry with
            {
                LinesDone = batch.LinesDone,
                Positions = Entry.Positions + batch.PositionCount,
                Identities = Entry.Identities + batch.Identities.Count,
                Rejected = batch.Rejected,
                RejectedReasons = batch.RejectedReasons ?? Entry.RejectedReasons,
                Complete = batch.Final,
            };
            if (_uncommitted >= commitRows || batch.Final) CommitPending();
        }

        /// <summary>Rolls back the open transaction, if any.</summary>
        public void Abort()
        {
            _positions?.Dispose();
            _positions = null;
            _tx?.Dispose();
            _tx = null;
        }

        /// <summary>Commits the open transaction (rows and log progress together), if any.</summary>
        public void CommitPending()
        {
            if (_tx == null) return;
            if (_positions != null)
            {
                _positions.Close();
                _positions.Dispose();
                _positions = null;
            }
            IngestLog.Save(connection, Entry, _isNew);
            _tx.Commit();
            _tx.Dispose();
            _tx = null;
            _isNew = false;
            CommittedLines = Entry.LinesDone;
            _uncommitted = 0;
        }
    }
}
