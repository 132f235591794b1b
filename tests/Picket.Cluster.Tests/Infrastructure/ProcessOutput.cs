using System.Diagnostics;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// The standard output and error of a child process a test started, line by line: the last lines are kept for the
/// failure message (a bounded tail, so a chatty server cannot fill memory) and a test can wait for a line — a server's
/// ready line, a silo's progress — as it arrives.
/// </summary>
public sealed class ProcessOutput
{
    private const int Keep = 300;
    private readonly Queue<string> _tail = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];
    private long _lines;

    /// <summary>Reads both streams of <paramref name="process"/>, which must be started with both redirected.</summary>
    public void Attach(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>How many lines arrived so far.</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>
    /// The first line, from now on or among the kept tail, that <paramref name="match"/> accepts. Fails with the tail
    /// when <paramref name="process"/> exits first or <paramref name="limit"/> passes.
    /// </summary>
    public async Task<string> WaitForLineAsync(Process process, Func<string, bool> match, TimeSpan limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(process);
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_tail)
        {
            foreach (var line in _tail)
                if (match(line))
                    return line;
            _waiters.Add((match, seen));
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        var exited = process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(seen.Task, exited, Task.Delay(Timeout.Infinite, timeout.Token)).ConfigureAwait(false);
        lock (_tail)
            _waiters.RemoveAll(w => w.Seen == seen);
        if (first == seen.Task)
            return await seen.Task.ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        var why = process.HasExited ? $"exited with code {process.ExitCode}" : $"printed no such line in {limit.TotalSeconds:0} s";
        throw new TimeoutException($"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)} {why}; its last lines:\n{this}");
    }

    /// <summary>The kept tail, oldest first.</summary>
    public override string ToString()
    {
        lock (_tail)
            return string.Join('\n', _tail);
    }

    private void Add(string? line)
    {
        if (line is null)
            return;
        Interlocked.Increment(ref _lines);
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > Keep)
                _tail.Dequeue();
            for (var i = _waiters.Count - 1; i >= 0; i--)
                if (_waiters[i].Match(line))
                {
                    _waiters[i].Seen.TrySetResult(line);
                    _waiters.RemoveAt(i);
                }
        }
    }
}
