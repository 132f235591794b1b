using System.Diagnostics;

namespace Picket.Testing;

/// <summary>
/// Runs the built <c>picket</c> CLI (picket.dll, copied beside the tests by a project reference to Picket.Cli) as a
/// child process, as a user would, with a time limit: an overrun kills the process tree and fails with what ran.
/// </summary>
public static class PicketCli
{
    /// <summary>The CLI beside the test assembly.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "picket.dll");

    /// <summary><c>dotnet picket.dll ARGS</c> with both output streams redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs <c>picket ARGS</c> to its end within <paramref name="limit"/>.</summary>
    public static Task<(int Exit, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, TimeSpan limit) =>
        RunAsync(StartInfo(args), limit);

    /// <summary>Runs any redirected process to its end within <paramref name="limit"/>; the tree is killed when it overruns.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(ProcessStartInfo psi, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(psi);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await p.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)} did not finish in {limit}");
        }
        return (p.ExitCode, await stdout, await stderr);
    }
}
