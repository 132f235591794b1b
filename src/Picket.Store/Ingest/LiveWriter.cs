using DuckDB.NET.Data;

namespace Picket.Store.Ingest;

/// <summary>
/// The writing half of one <see cref="LiveIngest"/> lane, on its writer thread: one transaction per input file, opened
/// by the file's first rows and committed with the file's <c>ingest_log</c> entry (the same rows-and-log-together rule
/// as <c>picket ingest</c>, at file granularity).
/// </summary>
internal sealed class LiveWriter(DuckDBConnection connection, bool owned) : IDisposable
{
    private DuckDBTransaction? _tx;
    private PositionChunkAppender? _positions;
    private long _filePositions, _fileIdentities;

    public void Append(RowBatch batch)
    {
        _tx ??= connection.BeginTransaction();
        // One appender per transaction: it buffers and flushes in DuckDB's own row-group-sized steps.
        _positions ??= new PositionChunkAppender(connection);
        _positions.Append(batch.Positions.AsSpan(0, batch.PositionCount));
        RowAppender.AppendIdentities(connection, batch.Identities);
        _filePositions += batch.PositionCount;
        _fileIdentities += batch.Identities.Count;
    }

    /// <summary>Commits the file's rows with its log entry, or rolls them back when the log already has the file; null for <see cref="FileEnd.None"/>.</summary>
    public LiveFileResult? EndFile(FileEnd end)
    {
        if (end.IsNone)
        {
            Commit();
            return null;
        }
        // Read inside the transaction about to commit: the single writer makes this check-then-insert safe.
        _tx ??= connection.BeginTransaction();
        var existing = IngestLog.Find(connection, end.FileHash);
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
            IngestLog.Save(connection, new IngestLogEntry(end.FileHash, end.Path, end.Size, end.Format, end.LinesDone,
                _filePositions, _fileIdentities, end.Rejected, end.RejectedReasons, end.Complete), isNew: true);
            end.Prefix?.Save(connection, end.FileHash);
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

    public void Dispose()
    {
        if (owned) connection.Dispose();
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
}
