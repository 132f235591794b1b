using Picket.Core.Alerts;

namespace Picket.Reporting.Alerts;

/// <summary>
/// <c>alerts.jsonl</c>: each alert revision appended as one line and flushed at once (alerts are few and each one
/// matters). A write that fails (disk full, file removed) is counted and the alert kept, up to
/// <see cref="MaxPending"/>, to be written before the next one: the file may lag, the pipeline never stops.
/// </summary>
public sealed class JsonLinesAlertFile : IAlertSink, IDisposable
{
    /// <summary>Alerts kept while the file cannot be written; past it the oldest are dropped and counted.</summary>
    public const int MaxPending = 10_000;

    private readonly Queue<PicketAlert> _pending = new();
    private FileStream? _stream;
    private JsonLinesAlertWriter? _writer;

    /// <summary>Appends to <paramref name="path"/> (created if missing).</summary>
    public JsonLinesAlertFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Alert lines written.</summary>
    public long Written { get; private set; }

    /// <summary>Writes that failed (each retried with the next alert).</summary>
    public long Failures { get; private set; }

    /// <summary>Alerts dropped because more than <see cref="MaxPending"/> waited.</summary>
    public long Dropped { get; private set; }

    /// <summary>Appends the alert (and any that waited) and flushes; never throws on a failed write.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public void Publish(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        _pending.Enqueue(alert);
        if (_pending.Count > MaxPending)
        {
            _pending.Dequeue();
            Dropped++;
        }
        try
        {
            if (_writer is null)
            {
                _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
                _writer = new JsonLinesAlertWriter(_stream, leaveOpen: true);
            }
            while (_pending.TryPeek(out var next))
            {
                _writer.Publish(next);
                _stream!.Flush();
                _pending.Dequeue();
                Written++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failures++;
            Close(); // reopened, and the waiting alerts written, with the next alert
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => Close();

    private void Close()
    {
        try
        {
            _writer?.Dispose();
            _stream?.Dispose();
        }
        catch (IOException)
        {
        }
        (_writer, _stream) = (null, null);
    }
}
