using Spectre.Console;

namespace Picket.Cli.Commands;

/// <summary>
/// A progress bar for reading the inputs, on standard error and only when it is a terminal (scripts and CI see
/// nothing). Progress is counted in bytes of the files as stored, so a <c>.gz</c> input advances by compressed bytes.
/// </summary>
internal static class InputProgress
{
    /// <summary>Runs <paramref name="read"/>, giving it a callback to report bytes read (null when no bar is shown).</summary>
    public static async Task RunAsync(IReadOnlyList<string> files, bool show, Func<Action<int>?, Task> read)
    {
        if (!show || Console.IsErrorRedirected)
        {
            await read(null);
            return;
        }
        long total = files.Sum(f => File.Exists(f) ? new FileInfo(f).Length : 0);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: Math.Max(total, 1));
                await read(n => task.Increment(n));
                task.Value = task.MaxValue;
            });
    }
}
