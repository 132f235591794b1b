using System.Text;
using Picket.Screening.Matching;

namespace Picket.Screening.Tests.Matching;

/// <summary>
/// The labelled pair file (Data/name-pairs.csv, written by Data/make-name-pairs.py from hand-made tables and list
/// names): every class of how names are really written, with positives and hard negatives, scored by the default
/// matcher at the default threshold. The floors are the issue's: overall F1 ≥ 0.90, recall ≥ 0.90 in every
/// vessel-name class, precision ≥ 0.90 in every class (its hard negatives must not pass).
/// </summary>
public sealed class NamePairsTests
{
    const double Floor = 0.90;

    [Fact]
    public void Labelled_pairs_meet_the_floors_at_the_default_threshold()
    {
        var pairs = Read();
        var threshold = ScreeningOptions.Default.Threshold;
        var tally = new LabelledPairTally();
        var misses = new List<string>();
        foreach (var p in pairs)
        {
            var score = NameScorer.Default.Compare(p.Name1, p.Name2).Score;
            var match = score >= threshold;
            tally.Add(p.Class, match, p.Expected);
            if (match != p.Expected)
            {
                misses.Add($"{(p.Expected ? "missed" : "false match")} {score:0.000} {p.Class}: '{p.Name1}' / '{p.Name2}'");
            }
        }

        Report.Line(tally.Table(threshold));
        foreach (var m in misses)
        {
            Report.Line(m);
        }

        Assert.True(pairs.Count >= 800, $"{pairs.Count} pairs");
        var failures = new List<string>();
        foreach (var c in tally.Classes)
        {
            Assert.True(c.Positives > 0 && c.Negatives > 0, $"class {c.Class} needs positives and hard negatives");
            if (c.Class.StartsWith("vessel_", StringComparison.Ordinal) && c.Recall < Floor)
            {
                failures.Add($"{c.Class} recall {c.Recall:0.000}");
            }

            if (c.Precision is { } p && p < Floor)
            {
                failures.Add($"{c.Class} precision {p:0.000}");
            }
        }

        if (tally.Total.F1 < Floor)
        {
            failures.Add($"overall F1 {tally.Total.F1:0.000}");
        }

        Assert.True(failures.Count == 0, "below the floor: " + string.Join("; ", failures));
    }

    internal static List<Pair> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "name-pairs.csv");
        var rows = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        int n1 = Col("name1"), n2 = Col("name2"), exp = Col("expected"), cls = Col("class");
        return [.. rows.Skip(1).Where(r => r.Length == header.Length).Select(r => new Pair(r[n1], r[n2], r[exp] == "true", r[cls]))];
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas and doubled quotes.</summary>
    static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(sb.ToString());
                sb.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else if (c != '\r')
            {
                sb.Append(c);
            }
        }

        return rows;
    }

    internal sealed record Pair(string Name1, string Name2, bool Expected, string Class);
}
