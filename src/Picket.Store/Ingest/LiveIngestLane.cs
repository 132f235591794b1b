using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// One input's way into a <see cref="LiveIngest"/>, for inputs read at the same time on their own threads: its rows
/// go to the writer in order, tagged with the lane, and its file ends commit on a transaction of its own. Not thread
/// safe: one reader per lane.
/// </summary>
public sealed class LiveIngestLane : IObservationSink
{
    private readonly LiveIngest _owner;
    private LiveWork _current;
    private RowBatchFiller _rows;
    private bool _stopped;

    internal LiveIngestLane(LiveIngest owner, int id)
    {
        _owner = owner;
        Id = id;
        _current = owner.Rent();
        _current.Lane = id;
        _rows = new RowBatchFiller(_current.Rows);
    }

    internal int Id { get; }

    /// <inheritdoc cref="LiveIngest.OnPosition"/>
    public void OnPosition(in PositionObservation position)
    {
        if (_stopped || _owner.Failed) return;
        _rows.OnPosition(position);
        if (_current.Rows.IsFull) Send(null);
    }

    /// <inheritdoc cref="LiveIngest.OnIdentity"/>
    public void OnIdentity(in IdentityObservation identity)
    {
        if (_stopped || _owner.Failed) return;
        _rows.OnIdentity(identity);
        if (_current.Rows.IsFull) Send(null);
    }

    /// <inheritdoc cref="LiveIngest.EndFile"/>
    public void EndFile(string path, string fileHash, long size, string format, long linesDone, long rejected,
        string? rejectedReasonsJson, bool complete, ContentPrefix? prefix = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(fileHash);
        ArgumentException.ThrowIfNullOrEmpty(format);
        _owner.ThrowIfFinished();
        if (!_stopped && !_owner.Failed)
            Send(new FileEnd(Path.GetFullPath(path), fileHash, size, format, linesDone, rejected, rejectedReasonsJson, complete, prefix));
        // A new file: its CSV identities are judged afresh, as picket ingest judges each file on its own.
        _rows = new RowBatchFiller(_current.Rows);
    }

    /// <summary>At <see cref="LiveIngest.Complete"/>: rows after the last file end are committed without a log entry.</summary>
    internal void Close()
    {
        if (!_stopped) Send(FileEnd.None);
        _stopped = true;
    }

    private void Send(FileEnd? end)
    {
        var work = _current;
        bool hasRows = work.Rows.PositionCount > 0 || work.Rows.Identities.Count > 0;
        if (!hasRows && end == null) return;
        work.End = end;
        if (!_owner.Send(work))
        {
            _stopped = true;
            return;
        }
        _current = _owner.Rent();
        _current.Lane = Id;
        _rows.Batch = _current.Rows;
    }
}

/// <summary>One hand-off to the store writer: a lane's rows, and the end of its file when the rows are the file's last.</summary>
internal sealed class LiveWork(int batchRows)
{
    public int Lane;
    public readonly RowBatch Rows = new(batchRows);
    public FileEnd? End;

    public void Reset()
    {
        Lane = 0;
        Rows.Reset();
        End = null;
    }
}
