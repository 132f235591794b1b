using System.Diagnostics;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>Runs a short command-line tool (initdb, pg_ctl, chown) to its end and returns its exit code and output.</summary>
public static class ToolRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> args, CancellationToken ct)
    {
        // From a directory every account can enter: runuser keeps the working directory, and postgres tools refuse
        // one they cannot read.
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new ServerUnavailableException($"{program} could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} did not end within {Limit.TotalMinutes:0} min");
        }
        return (process.ExitCode, (await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false)).Trim());
    }
}
