using Picket.Screening.Matching;

namespace Picket.Screening.Batch;

/// <summary>
/// Scores a CSV of labelled or unlabelled name pairs with a <see cref="NameScorer"/>, so analysts can tune the
/// threshold on their own pairs. Header-driven: columns <c>name1</c>, <c>name2</c>, optional <c>schema</c> (carried
/// through; the name score does not depend on it), a label (<c>expected</c> or <c>label</c>: true/false, 1/0, yes/no),
/// a <c>class</c> and any others, all written back (cells made spreadsheet-safe) with <c>score</c> and <c>match</c>
/// (and <c>explanation</c>) added. Labelled pairs are counted into a confusion matrix at the threshold, overall and
/// per class.
/// </summary>
public static class PairScoring
{
    /// <summary>
    /// Reads pairs from <paramref name="pairs"/>, writes them back with scores to <paramref name="output"/> (flushed,
    /// not closed) and returns the counts. A pair with an empty name is written without a score and counted.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2016:Forward the 'CancellationToken' parameter to methods", Justification = "Sep's NewRow(CancellationToken) is its asynchronous row, which must be disposed with await; this loop is synchronous and checks the token once per row itself.")]
    public static PairScoringSummary Run(NameScorer scorer, TextReader pairs, TextWriter output, double threshold, bool explain = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(output);
        var summary = new PairScoringSummary(threshold);
        try
        {
            using var reader = HeaderCsv.Reader(pairs);
            var columns = reader.Header.ColNames.ToArray();
            int name1 = HeaderCsv.Column(reader.Header, "name1"), name2 = HeaderCsv.Column(reader.Header, "name2");
            var label = HeaderCsv.Column(reader.Header, "expected") is var e and >= 0 ? e : HeaderCsv.Column(reader.Header, "label");
            var pairClass = HeaderCsv.Column(reader.Header, "class");
            if (name1 < 0 || name2 < 0)
            {
                summary.Problem = $"the header must name columns 'name1' and 'name2'; found: {string.Join(",", columns)}";
                return summary;
            }

            summary.HasClassColumn = pairClass >= 0;
            using var csv = HeaderCsv.Writer(output);
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string a = HeaderCsv.Cell(row, name1) ?? "", b = HeaderCsv.Cell(row, name2) ?? "";
                NameComparison? cmp = string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) ? null : scorer.Compare(a, b);
                using var outRow = csv.NewRow();
                for (var i = 0; i < columns.Length; i++)
                {
                    outRow[columns[i]].Set(SpreadsheetSafe.Cell(HeaderCsv.Cell(row, i)));
                }

                var isMatch = cmp is { } c && c.Score >= threshold;
                outRow["score"].Set(cmp is { } s ? ScreeningResultJson.Score(s.Score) : "");
                outRow["match"].Set(cmp is null ? "" : isMatch ? "true" : "false");
                if (explain)
                {
                    outRow["explanation"].Set(SpreadsheetSafe.Cell(cmp?.Explanation ?? "name1 or name2 is empty"));
                }

                summary.Add(cmp is not null, isMatch, ParseLabel(HeaderCsv.Cell(row, label)), HeaderCsv.Cell(row, pairClass));
            }

            csv.Flush();
            output.Flush();
            return summary;
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or FormatException)
        {
            output.Flush();
            summary.Problem = "cannot read the pairs: " + ex.Message;
            return summary;
        }
    }

    /// <summary>A label cell as a truth value: true/1/yes/y/match, false/0/no/n/no match; null for anything else.</summary>
    public static bool? ParseLabel(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "y" or "match" => true,
        "false" or "0" or "no" or "n" or "no match" or "nomatch" => false,
        _ => null,
    };
}
