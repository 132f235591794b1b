using System.Diagnostics;

namespace Picket.E2E.Tests;

/// <summary>
/// Runs the built <c>picket</c> CLI (copied next to the tests by the project reference) as a real process, as a user
/// would; the same approach as Picket.Cli.Tests' CliRunner, with a time limit because the demo is long.
/// </summary>
internal static class PicketProcess
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, TimeSpan limit)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "picket.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
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
            throw new TimeoutException($"picket {string.Join(' ', psi.ArgumentList.Skip(1))} did not finish in {limit}");
        }
        return (p.ExitCode, await stdout, await stderr);
    }
}
