using Picket.Core.Events;

namespace Picket.Analysis.Live;

/// <summary>
/// <c>events.jsonl</c> of a watch: each event appended as it closes, in the batch job's format, flushed to disk at
/// each checkpoint. Restarted from a checkpoint, the file is cut back to the length the checkpoint recorded: the
/// events after it come again, from the restored detectors, so none is missing and none is written twice. The events
/// since the last checkpoint are kept for the store, which upserts them by id then.
/// </summary>
internal sealed class LiveEventLog : IEventSink, IDisposable
{
    private readonly FileStream _file;
    private readonly JsonLinesEventWriter _writer;
    private readonly List<PicketEvent> _pending = [];
    private readonly long _before;

    /// <param name="path">The events file.</param>
    /// <param name="keepBytes">The length to keep (the checkpoint's); 0 starts the file afresh.</param>
    /// <param name="writtenBefore">Events in the part kept.</param>
    public LiveEventLog(string path, long keepBytes, long writtenBefore)
    {
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        if (_file.Length < keepBytes)
        {
            _file.Dispose();
            throw AnalysisException.Input($"{path} is shorter ({new FileInfo(path).Length:N0} bytes) than its checkpoint says ({keepBytes:N0}); it was changed outside the watch: start the watch in a new --out");
        }
        _file.SetLength(keepBytes);
        _file.Seek(0, SeekOrigin.End);
        _writer = new JsonLinesEventWriter(_file, leaveOpen: true);
        _before = writtenBefore;
    }

    /// <summary>Called with every event after it is written (alerts, tests).</summary>
    public Action<PicketEvent>? Observer { get; set; }

    /// <summary>Events in the file, the part kept from before a restart included.</summary>
    public long Written => _before + _writer.Written;

    /// <summary>The file's length with what is written so far.</summary>
    public long Bytes => _file.Position;

    public void Emit(PicketEvent e)
    {
        _writer.Emit(e);
        _pending.Add(e);
        Observer?.Invoke(e);
    }

    /// <summary>Flushes the file to disk and hands over the events written since the last commit.</summary>
    public List<PicketEvent> Commit()
    {
        _file.Flush(flushToDisk: true);
        var pending = new List<PicketEvent>(_pending);
        _pending.Clear();
        return pending;
    }

    /// <summary>The events of the kept part of a file (what a restored job's collectors saw before the restart).</summary>
    public static IEnumerable<PicketEvent> ReadKept(string path, long keepBytes)
    {
        if (keepBytes == 0 || !File.Exists(path)) yield break;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var reader = new JsonLinesEventReader(new BoundedReadStream(file, keepBytes));
        foreach (var e in reader.ReadAll()) yield return e;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
