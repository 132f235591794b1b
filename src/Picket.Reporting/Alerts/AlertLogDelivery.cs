using Microsoft.Win32.SafeHandles;
using Picket.Core.Alerts;
using Picket.Core.Events;

namespace Picket.Reporting.Alerts;

/// <summary>
/// Takes an alert log (<c>alerts.jsonl</c>, which the watch appends to) line by line to one target, oldest first, from a
/// durable cursor (<see cref="AlertLogCursor"/>) written after each line the target took. The log is the queue: while
/// the target is down nothing piles up in memory (one line is held), and after it returns — or after the watch is
/// restarted — it gets every revision it has not had, in log order, once: a failed attempt (no connection, timeout, 5xx,
/// 408, 429, a failed write) is counted and retried after <see cref="WebhookPoster.Backoff"/>; a refusal (other 4xx) is
/// counted and passed over; a line that is not an alert is counted and passed over. A failing target never holds up the
/// writer of the log. One background loop; the counters are thread-safe.
/// </summary>
public sealed class AlertLogDelivery : IAsyncDisposable
{
    private readonly string _cursorPath;
    private readonly IAlertLogTarget _target;
    private readonly TimeSpan _initialBackoff, _maxBackoff;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _skip;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly LineReader _reader;
    private long _offset, _delivered, _refused, _failures, _skipped, _badLines, _cursorFailures;
    private Task? _loop;

    /// <summary>
    /// A delivery of <paramref name="logPath"/> to <paramref name="target"/> with its cursor in <paramref name="cursorPath"/>.
    /// Call it before the log's writer cuts the log back to <paramref name="keptBytes"/> (a restart from a checkpoint):
    /// the delivery ids the target already has beyond that length are read now, so their second writing is not sent again.
    /// </summary>
    /// <exception cref="InvalidDataException">The cursor file is damaged.</exception>
    public AlertLogDelivery(string logPath, string cursorPath, long keptBytes, IAlertLogTarget target, TimeSpan initialBackoff, TimeSpan maxBackoff, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(logPath);
        ArgumentException.ThrowIfNullOrEmpty(cursorPath);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initialBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBackoff, initialBackoff);
        (_cursorPath, _target, _initialBackoff, _maxBackoff) = (cursorPath, target, initialBackoff, maxBackoff);
        _time = time ?? TimeProvider.System;
        _reader = new LineReader(logPath);
        var cursor = AlertLogCursor.Read(cursorPath, out var problem) ?? throw new InvalidDataException(problem);
        _skip = new HashSet<string>(cursor.Skip, StringComparer.Ordinal);
        _offset = cursor.Offset;
        if (_offset > keptBytes)
        {
            // Delivered past what the checkpoint keeps: remember those ids, go back to the kept end.
            foreach (var id in _reader.DeliveryIds(keptBytes, _offset))
                if (_skip.Count < AlertLogCursor.MaxSkip) _skip.Add(id);
            _offset = keptBytes;
            new AlertLogCursor(_offset, [.. _skip]).Write(cursorPath);
        }
    }

    /// <summary>The target.</summary>
    public string Name => _target.Name;

    /// <summary>Revisions the target took.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Revisions the target refused for good (4xx other than 408 and 429): passed over.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Attempts that failed and were retried.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Revisions not sent because the target had them before a restart.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Lines of the log that are not alerts (or longer than the reader's limit): passed over.</summary>
    public long BadLines => Interlocked.Read(ref _badLines);

    /// <summary>Times the cursor could not be written (it is written again after the next line).</summary>
    public long CursorFailures => Interlocked.Read(ref _cursorFailures);

    /// <summary>Bytes of the log not yet taken by the target.</summary>
    public long PendingBytes => Math.Max(0, _reader.Length() - Interlocked.Read(ref _offset));

    /// <summary>Starts the background loop.</summary>
    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>The log has grown: look now rather than at the next poll.</summary>
    public void Notify()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    /// <summary>Waits until the target has the whole log as it is now (the log's writer appends whole lines), or <paramref name="timeout"/> passed; true when it has.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var until = _time.GetUtcNow() + timeout;
        while (Interlocked.Read(ref _offset) < _reader.Length())
        {
            if (_time.GetUtcNow() >= until) return false;
            Notify();
            await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        int attempt = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var offset = Interlocked.Read(ref _offset);
                if (!_reader.TryRead(offset, out var line, out long next, out bool tooLong))
                {
                    // Polled as well as woken: the log may be written by a writer that does not notify.
                    await _wake.WaitAsync(TimeSpan.FromMilliseconds(500), stop).ConfigureAwait(false);
                    continue;
                }
                var id = tooLong ? null : DeliveryId(line);
                if (id == null)
                    Interlocked.Increment(ref _badLines);
                else if (_skip.Remove(id))
                    Interlocked.Increment(ref _skipped);
                else
                {
                    // The stop token is not passed: a request under way is finished (up to its own timeout), so a stopped
                    // watch knows whether the receiver has it and neither loses nor repeats it.
                    var outcome = await _target.DeliverAsync(id, line, CancellationToken.None).ConfigureAwait(false);
                    if (outcome == WebhookOutcome.Retry)
                    {
                        Interlocked.Increment(ref _failures);
                        await Task.Delay(WebhookPoster.Backoff(attempt++, _initialBackoff, _maxBackoff), _time, stop).ConfigureAwait(false);
                        continue;
                    }
                    Interlocked.Increment(ref outcome == WebhookOutcome.Delivered ? ref _delivered : ref _refused);
                }
                attempt = 0;
                Interlocked.Exchange(ref _offset, next);
                SaveCursor(next);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (IOException)
            {
                Interlocked.Increment(ref _failures); // the log cannot be read now: try again shortly
                await Task.Delay(_initialBackoff, _time, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private void SaveCursor(long offset)
    {
        try
        {
            new AlertLogCursor(offset, [.. _skip]).Write(_cursorPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _cursorFailures);
        }
    }

    /// <summary><c>id#revision</c> of an alert line, or null when the line is not an alert.</summary>
    internal static string? DeliveryId(ReadOnlyMemory<byte> line) =>
        JsonLinesAlertReader.Parse(line, out _) is { } alert ? AlertOutbox.DeliveryId(alert) : null;

    /// <summary>Stops the loop after the attempt under way; the cursor stays for the next start.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop != null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _reader.Dispose();
        _stop.Dispose();
        _wake.Dispose();
    }

    /// <summary>Complete lines of the log read at an offset (positional reads: the writer's appends do not disturb it), each at most <see cref="MaxLineBytes"/>; the lines are read on the loop's thread only.</summary>
    private sealed class LineReader(string path) : IDisposable
    {
        public const int MaxLineBytes = JsonLinesEventReader.DefaultMaxLineBytes;
        private readonly Lock _lock = new();
        private SafeFileHandle? _handle;
        private byte[] _buffer = new byte[16 << 10];

        public long Length()
        {
            try
            {
                return Open() is { } h ? RandomAccess.GetLength(h) : 0;
            }
            catch (IOException)
            {
                return 0;
            }
        }

        /// <summary>The line starting at <paramref name="offset"/> when it is complete (ends with a line feed); <paramref name="next"/> is the offset after it.</summary>
        public bool TryRead(long offset, out ReadOnlyMemory<byte> line, out long next, out bool tooLong)
        {
            (line, next, tooLong) = (default, offset, false);
            if (Open() is not { } h) return false;
            long scanned = offset;
            int held = 0;
            while (true)
            {
                if (held == _buffer.Length)
                {
                    if (_buffer.Length >= MaxLineBytes)
                    {
                        // Too long to hold: pass over it to its line feed without keeping it.
                        tooLong = true;
                        held = 0;
                    }
                    else Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxLineBytes));
                }
                int n = RandomAccess.Read(h, _buffer.AsSpan(held), scanned);
                if (n == 0) return false;
                int nl = _buffer.AsSpan(held, n).IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    next = scanned + nl + 1;
                    int end = held + nl;
                    if (end > 0 && _buffer[end - 1] == (byte)'\r') end--;
                    line = tooLong ? default : _buffer.AsMemory(0, end);
                    return true;
                }
                held += n;
                scanned += n;
            }
        }

        /// <summary>The delivery ids of the alert lines between two offsets.</summary>
        public List<string> DeliveryIds(long from, long to)
        {
            var ids = new List<string>();
            while (from < to && TryRead(from, out var line, out var next, out bool tooLong))
            {
                if (!tooLong && DeliveryId(line) is { } id) ids.Add(id);
                from = next;
            }
            return ids;
        }

        // Opened when the log exists (the watch creates it); Length is asked from other threads, hence the lock.
        private SafeFileHandle? Open()
        {
            lock (_lock)
            {
                if (_handle != null) return _handle;
                if (!File.Exists(path)) return null;
                return _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
        }

        public void Dispose() => _handle?.Dispose();
    }
}
