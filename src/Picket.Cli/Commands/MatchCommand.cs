using System.CommandLine;
using Picket.Screening.Batch;
using Picket.Screening.Matching;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket match --pairs FILE.csv [--threshold T] [--explain] [--out FILE]</c>: scores name pairs with the screener's
/// name scorer (<see cref="PairScoring"/>) and prints the CSV back with <c>score</c> and <c>match</c>; the counts, and
/// with a <c>class</c> column a table of precision and recall per class, go to standard error.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var pairs = new Option<string?>("--pairs") { HelpName = "FILE.csv", Description = "CSV with a header naming columns name1 and name2 (optional schema, expected)" };
        var threshold = new Option<double>("--threshold") { Description = "Score at which a pair counts as a match", DefaultValueFactory = _ => ScreeningOptions.Default.Threshold };
        var explain = new Option<bool>("--explain") { Description = "Add an 'explanation' column: which tokens paired, which penalties applied" };
        var output = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Write the CSV to this file instead of standard output" };
        var command = new Command("match", "Score name pairs from a CSV (name1, name2) and add score and match columns.") { pairs, threshold, explain, output };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(pairs);
            if (string.IsNullOrWhiteSpace(file))
            {
                await Console.Error.WriteLineAsync("picket match: give --pairs FILE.csv (columns name1, name2, optional schema)");
                return ExitCodes.Usage;
            }

            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1 || double.IsNaN(t))
            {
                await Console.Error.WriteLineAsync("picket match: --threshold must be between 0 and 1");
                return ExitCodes.Usage;
            }

            return await RunAsync(file, t, parse.GetValue(explain), parse.GetValue(output), ct);
        });
        return command;
    }

    static async Task<int> RunAsync(string file, double threshold, bool explain, string? outPath, CancellationToken ct)
    {
        Picket.Ais.Csv.CsvRowLimiter input;
        try
        {
            input = CsvInput.Open(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"picket match: cannot read {file}: {ex.Message}");
            return ExitCodes.InputError;
        }

        using (input)
        {
            var output = ScreenCommand.OpenOutput("match", outPath);
            if (output is null) return ExitCodes.OutputError;
            PairScoringSummary summary;
            try
            {
                summary = PairScoring.Run(NameScorer.Default, input, output, threshold, explain, ct);
            }
            finally
            {
                if (outPath is not null) await output.DisposeAsync();
            }

            if (summary.Problem is not null)
            {
                await Console.Error.WriteLineAsync($"picket match: {file}: {summary.Problem}");
                return ExitCodes.InputError;
            }

            if (CsvInput.SkippedRows("match", file, input) is { } skipped) await Console.Error.WriteLineAsync(skipped);
            await Console.Error.WriteAsync(summary.Report());
            if (summary.HasClassColumn && summary.Labelled.Positives + summary.Labelled.Negatives > 0)
            {
                await Console.Error.WriteAsync(summary.ByClass.Table(threshold));
            }

            return ExitCodes.Ok;
        }
    }
}
