using System.CommandLine;
using System.Globalization;
using Picket.Screening.Matching;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket match --pairs FILE.csv</c>: scores name pairs with the screener's name scorer so analysts can tune the
/// threshold on their own labelled pairs. Header-driven: columns <c>name1</c>, <c>name2</c>, optional <c>schema</c>
/// (carried through; the name score does not depend on it) and any others, all written back with <c>score</c> and
/// <c>match</c> added. With a label column (<c>expected</c> or <c>label</c>: true/false, 1/0, yes/no) the confusion
/// counts at the threshold go to standard error; with a <c>class</c> column too, a table of precision and recall per
/// class (the format of tests/Picket.Screening.Tests/Data/name-pairs.csv).
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
        command.SetAction(parse =>
        {
            var file = parse.GetValue(pairs);
            if (string.IsNullOrWhiteSpace(file))
            {
                Console.Error.WriteLine("picket match: give --pairs FILE.csv (columns name1, name2, optional schema)");
                return ExitCodes.Usage;
            }

            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1 || double.IsNaN(t))
            {
                Console.Error.WriteLine("picket match: --threshold must be between 0 and 1");
                return ExitCodes.Usage;
            }

            return Run(file, t, parse.GetValue(explain), parse.GetValue(output));
        });
        return command;
    }

    static int Run(string file, double threshold, bool explain, string? outPath)
    {
        TextWriter? output = null;
        try
        {
            using var reader = CsvInput.Open(file, out var limiter);
            var columns = reader.Header.ColNames.ToArray();
            int name1 = CsvInput.Column(reader.Header, "name1"), name2 = CsvInput.Column(reader.Header, "name2");
            var label = CsvInput.Column(reader.Header, "expected") is var e and >= 0 ? e : CsvInput.Column(reader.Header, "label");
            var pairClass = CsvInput.Column(reader.Header, "class");
            if (name1 < 0 || name2 < 0)
            {
                Console.Error.WriteLine($"picket match: {file}: the header must name columns 'name1' and 'name2'; found: {string.Join(",", columns)}");
                return ExitCodes.InputError;
            }

            output = CsvInput.OpenOutput(outPath);
            using var csv = CsvInput.Writer(output);
            var tally = new MatchTally();
            var byClass = new LabelledPairTally();
            var scorer = NameScorer.Default;
            foreach (var row in reader)
            {
                string a = CsvInput.Cell(row, name1) ?? "", b = CsvInput.Cell(row, name2) ?? "";
                NameComparison? cmp = string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) ? null : scorer.Compare(a, b);
                using var outRow = csv.NewRow();
                for (var i = 0; i < columns.Length; i++)
                {
                    outRow[columns[i]].Set(SpreadsheetSafe.Cell(CsvInput.Cell(row, i)));
                }

                var isMatch = cmp is { } c && c.Score >= threshold;
                outRow["score"].Set(cmp is { } s ? ScreenQueries.Score(s.Score) : "");
                outRow["match"].Set(cmp is null ? "" : isMatch ? "true" : "false");
                if (explain)
                {
                    outRow["explanation"].Set(SpreadsheetSafe.Cell(cmp?.Explanation ?? "name1 or name2 is empty"));
                }

                var expected = ParseLabel(CsvInput.Cell(row, label));
                tally.Add(cmp is not null, isMatch, expected);
                if (cmp is not null && expected is { } x && pairClass >= 0)
                {
                    byClass.Add(CsvInput.Cell(row, pairClass), isMatch, x);
                }
            }

            csv.Flush();
            output.Flush();
            if (CsvInput.SkippedRows("match", file, limiter) is { } skipped) Console.Error.WriteLine(skipped);
            Console.Error.Write(tally.Report(threshold));
            if (pairClass >= 0 && byClass.Total.Positives + byClass.Total.Negatives > 0)
            {
                Console.Error.Write(byClass.Table(threshold));
            }
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            Console.Error.WriteLine($"picket match: cannot read {file}: {ex.Message}");
            return ExitCodes.InputError;
        }
        finally
        {
            if (outPath is not null)
            {
                output?.Dispose();
            }
        }
    }

    static bool? ParseLabel(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "y" or "match" => true,
        "false" or "0" or "no" or "n" or "no match" or "nomatch" => false,
        _ => null,
    };

    /// <summary>Counts of scored pairs and, for labelled ones, the confusion matrix at the threshold.</summary>
    sealed class MatchTally
    {
        long _rows, _scored, _matches, _tp, _fp, _fn, _tn;

        public void Add(bool scored, bool match, bool? expected)
        {
            _rows++;
            if (!scored)
            {
                return;
            }

            _scored++;
            _matches += match ? 1 : 0;
            switch (expected, match)
            {
                case (true, true): _tp++; break;
                case (false, true): _fp++; break;
                case (true, false): _fn++; break;
                case (false, false): _tn++; break;
            }
        }

        public string Report(double threshold)
        {
            var t = threshold.ToString("0.00", CultureInfo.InvariantCulture);
            var text = $"pairs: {_rows}, scored: {_scored}, not scored (empty name): {_rows - _scored}, matches at {t}: {_matches}\n";
            var labelled = _tp + _fp + _fn + _tn;
            if (labelled > 0)
            {
                var precision = _tp + _fp == 0 ? "n/a" : ((double)_tp / (_tp + _fp)).ToString("0.000", CultureInfo.InvariantCulture);
                var recall = _tp + _fn == 0 ? "n/a" : ((double)_tp / (_tp + _fn)).ToString("0.000", CultureInfo.InvariantCulture);
                text += $"labelled: {labelled}, true positives: {_tp}, false positives: {_fp}, false negatives: {_fn}, true negatives: {_tn}, precision: {precision}, recall: {recall}\n";
            }

            return text;
        }
    }
}
