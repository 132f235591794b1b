using Picket.Core.Alerts;

namespace Picket.Analysis.Live;

/// <summary>
/// <c>alerts.jsonl</c> of a watch: each alert revision appended as the engine publishes it, flushed at each
/// checkpoint and cut back to the checkpoint's length on a restart, like <see cref="LiveEventLog"/>: the restored
/// engine publishes what followed again, so no revision is lost or written twice.
/// </summary>
internal sealed class LiveAlertLog : IAlertSink, IDisposable
{
    private readonly FileStream _file;
    private readonly JsonLinesAlertWriter _writer;
    private readonly long _before;

    public LiveAlertLog(string path, long keepBytes, long writtenBefore)
    {
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 14);
        if (_file.Length < keepBytes)
        {
            _file.Dispose();
            throw AnalysisException.Input($"{path} is shorter than its checkpoint says ({keepBytes:N0} bytes); it was changed outside the watch: start the watch in a new --out");
        }
        _file.SetLength(keepBytes);
        _file.Seek(0, SeekOrigin.End);
        _writer = new JsonLinesAlertWriter(_file, leaveOpen: true);
        _before = writtenBefore;
    }

    /// <summary>Told after each alert is in the file (flushed to the OS, so a reader of the file sees it): the alert targets' wake-up.</summary>
    public Action? Appended { get; init; }

    /// <summary>A sink in this process every alert also goes to as it is written (the server's live alert stream).</summary>
    public IAlertSink? Also { get; init; }

    /// <summary>Alert revisions in the file, the part kept from before a restart included.</summary>
    public long Written => _before + _writer.Written;

    /// <summary>The file's length with what is written so far.</summary>
    public long Bytes => _file.Position;

    public void Publish(PicketAlert alert)
    {
        _writer.Publish(alert);
        // Alerts are few and each one matters: out of the buffer at once, for the targets that read the file.
        _file.Flush(flushToDisk: false);
        Appended?.Invoke();
        Also?.Publish(alert);
    }

    /// <summary>Flushes the file to disk.</summary>
    public void Commit() => _file.Flush(flushToDisk: true);

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
