using System.Diagnostics;

namespace Picket.Store.Tests.Support;

/// <summary>Runs the real <c>picket</c> CLI (picket.dll, copied into this test's output by the project reference) as a child process.</summary>
public sealed class PicketProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private readonly List<string> _stdout = [];

    public PicketProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "picket.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (_stderr) { _stderr.Add(e.Data); StderrLine?.Invoke(e.Data); } };
        _process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (_stdout) _stdout.Add(e.Data); };
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>Called for each standard-error line, on a reader thread.</summary>
    public event Action<string>? StderrLine;

    public string Stderr { get { lock (_stderr) return string.Join("\n", _stderr); } }
    public string Stdout { get { lock (_stdout) return string.Join("\n", _stdout); } }

    /// <summary>SIGKILL on Linux: no handler runs, no finally block, no flush.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var p = new PicketProcess(args);
        int exit = await p.WaitAsync(TimeSpan.FromSeconds(120));
        return (exit, p.Stdout, p.Stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
