using System.Diagnostics;
using System.Globalization;
using Picket.Testing;

namespace Picket.E2E.Tests;

/// <summary>
/// A started <c>picket</c> command (a watch, or a server watching) as a user runs it: both outputs read as they come
/// (so a full pipe never blocks it), waited for within a limit, stopped by SIGTERM (which the watch takes as Ctrl+C:
/// a last checkpoint, exit 130) or killed by SIGKILL (nothing written after it), and killed when disposed still running.
/// </summary>
public sealed class PicketProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PicketProcess(ProcessStartInfo psi)
    {
        _process = Process.Start(psi)!;
        Stdout = _process.StandardOutput.ReadToEndAsync();
        Stderr = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>picket ARGS</c>, with <paramref name="environment"/> set for it (a webhook's secret).</summary>
    public static PicketProcess Start(IEnumerable<string> args, params (string Name, string Value)[] environment)
    {
        var psi = PicketCli.StartInfo(args);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        return new PicketProcess(psi);
    }

    /// <summary>Standard output, whole once the process has ended.</summary>
    public Task<string> Stdout { get; }

    /// <summary>Standard error (the status lines), whole once the process has ended.</summary>
    public Task<string> Stderr { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Both outputs, for a failure's message; awaited only once the process has ended, when the text is all there.</summary>
    public async Task<string> OutputAsync() => await Stderr + await Stdout;

    /// <summary>
    /// Waits until <paramref name="done"/> holds or <paramref name="limit"/> passes; fails the test, with what the process
    /// wrote, if it ended first (<paramref name="before"/> says before what, e.g. "before it was killed").
    /// </summary>
    public async Task WaitUntilAsync(Func<bool> done, TimeSpan limit, string before)
    {
        var ct = TestContext.Current.CancellationToken;
        var waited = Stopwatch.StartNew();
        while (!done() && !_process.HasExited && waited.Elapsed < limit) await Task.Delay(50, ct);
        if (_process.HasExited) Assert.Fail($"picket ended {before}: " + await OutputAsync());
    }

    /// <summary>Waits for the process to end by itself; its exit code. One still running after <paramref name="limit"/> is killed and fails the test.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"picket did not end within {limit}: " + await OutputAsync());
        }
        return _process.ExitCode;
    }

    /// <summary>
    /// SIGTERM, as Ctrl+C; then waits up to <paramref name="limit"/> for the end. The exit code, or null when it had not
    /// ended by then and was killed.
    /// </summary>
    public async Task<int?> TerminateAsync(TimeSpan limit)
    {
        var ct = TestContext.Current.CancellationToken;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await KillAsync();
            return null;
        }
    }

    /// <summary>SIGKILL: no last checkpoint, no flush, nothing written after it.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        _process.Dispose();
    }
}
