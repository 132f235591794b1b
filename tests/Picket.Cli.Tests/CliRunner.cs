using System.Diagnostics;

namespace Picket.Cli.Tests;

/// <summary>Runs the built <c>picket</c> CLI as a real process, as a user would.</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = SharedData.RepoRoot ?? throw new InvalidOperationException($"global.json not found above {AppContext.BaseDirectory}");

    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoRoot };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "picket.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
