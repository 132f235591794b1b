using Picket.Analysis;
using Spectre.Console;

namespace Picket.Cli.Commands;

/// <summary>
/// Runs an <see cref="AnalysisJob"/> for a command and shows what it reports: a progress bar for reading the inputs on
/// standard error when it is a terminal (scripts and CI see nothing), a line per finished input when it is not, and
/// every notice as <c>picket COMMAND: …</c>. The job's failures reach <see cref="CommandErrorBoundary"/> as they are.
/// </summary>
internal static class JobRunner
{
    public static async Task<AnalysisResult> RunAsync(string command, AnalysisRequest request, bool quiet, CancellationToken ct)
    {
        if (quiet || Console.IsErrorRedirected)
            return await new AnalysisJob(request, progress: new Printer(command, quiet, null)).RunAsync(ct);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        AnalysisResult? result = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: 1);
                result = await new AnalysisJob(request, progress: new Printer(command, quiet, task)).RunAsync(ct);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>The job's progress, printed; called synchronously on the job's threads, one report at a time.</summary>
    private sealed class Printer(string command, bool quiet, ProgressTask? bar) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            switch (value.Kind)
            {
                case AnalysisProgressKind.Reading when bar != null:
                    bar.MaxValue = Math.Max(value.BytesTotal, 1);
                    bar.Value = value.BytesRead;
                    break;
                case AnalysisProgressKind.PhaseDone when bar != null && value.Message == AnalysisProgress.ReadingPhase:
                    bar.Value = bar.MaxValue;
                    break;
                case AnalysisProgressKind.InputRead when !quiet && bar == null:
                    Console.Error.WriteLine($"read {value.Input}: {value.Lines:N0} lines so far, {value.Positions:N0} positions");
                    break;
                case AnalysisProgressKind.Notice:
                    Console.Error.WriteLine(Reporting.DisplayText.Printable($"picket {command}: {value.Message}"));
                    break;
            }
        }
    }
}
