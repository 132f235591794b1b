using System.Diagnostics;
using System.Text;

namespace Picket.Web.BrowserTests;

/// <summary>Runs the built <c>picket</c> CLI (copied beside the tests by the project reference) as a user would.</summary>
internal static class PicketProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "picket.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs to the end within a time limit; the process tree is killed when it overruns.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(IEnumerable<string> args, TimeSpan limit) =>
        await RunAsync(StartInfo(args), limit);

    public static async Task<(int Exit, string Output)> RunAsync(ProcessStartInfo psi, TimeSpan limit)
    {
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
        return (p.ExitCode, new StringBuilder(await stdout).Append(await stderr).ToString());
    }
}
