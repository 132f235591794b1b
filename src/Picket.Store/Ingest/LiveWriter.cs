using DuckDB.NET.Data;

namespace Picket.Store.Ingest;

/// <summary>
/// The writing half of <see cref="LiveIngest"/>, on its writer thread: one transaction per input file, opened by the
/// file's first rows and committed with the file's <c>ingest_log</c> entry (the same rows-and-log-together rule as
/// <c>picket ingest</c>, at file granularity).
/// </summary>
internal sealed class LiveWriter(StoreDatabase store, IngestOptions settings)
{
    private DuckDBTransaction? _tx;
    private PositionChunkAppender? _positions;
    private long _filePositions, _fileIdentities;
    private (long Threads, string Memory)? _saved;

    public void Append(RowBatch batch)
    {
        ApplySettings();
        _tx ??= store.Connection.BeginTransaction();
        // One appender per transaction: it buffers and flushes in DuckDB's own row-group-sized steps.
        _positions ??= new PositionChunkAppender(store.Connection);
        _positions.Append(batch.Positions.AsSpan(0, batch.PositionCount));
        RowAppender.AppendIdentities(store.Connection, batch.Identities);
        _filePositions += batch.PositionCount;
        _fileIdentities += batch.Identities.Count;
    }

    /// <summary>Commits the file's rows with its log entry, or rolls them back when the log already has the file; null for <see cref="FileEnd.None"/>.</summary>
    public LiveFileResult? EndFile(FileEnd end)
    {
        ApplySettings();
        if (end.IsNone)
        {
            Commit();
            return null;
        }
        // Read inside the transaction about to commit: the single writer makes this check-then-insert safe.
        _tx ??= store.Connection.BeginTransaction();
        var existing = IngestLog.Find(store.Connection, end.FileHash);
        LiveFileResult result;
        if (existing != null)
        {
            result = new LiveFileResult(end.Path, end.FileHash, 0, 0, AlreadyInStore: true);
            Abort();
        }
        else
        {
            result = new LiveFileResult(end.Path, end.FileHash, _filePositions, _fileIdentities, AlreadyInStore: false);
            ClosePositions();
            IngestLog.Save(store.Connection, new IngestLogEntry(end.FileHash, end.Path, end.Size, end.Format, end.LinesDone,
                _filePositions, _fileIdentities, end.Rejected, end.RejectedReasons, end.Complete), isNew: true);
            end.Prefix?.Save(store.Connection, end.FileHash);
            Commit();
        }
        return result;
    }

    /// <summary>Rolls back the open transaction, if any.</summary>
    public void Abort()
    {
        _positions?.Dispose();
        _positions = null;
        _tx?.Dispose();
        _tx = null;
        _filePositions = _fileIdentities = 0;
    }

    /// <summary>Puts back the DuckDB settings in force before the first write.</summary>
    public void RestoreSettings()
    {
        if (_saved is not { } saved) return;
        _saved = null;
        store.Execute($"SET threads = {saved.Threads}");
        store.Execute($"SET memory_limit = {Parquet.SqlText.Quote(saved.Memory)}");
    }

    private void Commit()
    {
        ClosePositions();
        _tx?.Commit();
        _tx?.Dispose();
        _tx = null;
        _filePositions = _fileIdentities = 0;
    }

    private void ClosePositions()
    {
        if (_positions == null) return;
        _positions.Close();
        _positions.Dispose();
        _positions = null;
    }

    /// <summary>The ingest settings (one DuckDB thread, a small buffer pool; measured in IngestOptions), applied on first use.</summary>
    private void ApplySettings()
    {
        if (_saved != null) return;
        _saved = (store.ScalarLong("SELECT current_setting('threads')"), store.ScalarText("SELECT current_setting('memory_limit')"));
        if (settings.DuckDbThreads is { } threads) store.Execute($"SET threads = {Math.Max(1, threads)}");
        if (settings.DuckDbMemoryLimit is { } limit) store.Execute($"SET memory_limit = {Parquet.SqlText.Quote(limit)}");
    }
}
