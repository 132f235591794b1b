using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Bench.Screening;

/// <summary>`probe NAME1 NAME2`: prints folds, keys and the comparison; a tool for tuning, not a benchmark.</summary>
internal static class Probe
{
    public static void Run(string a, string b)
    {
        foreach (var s in new[] { a, b })
        {
            foreach (var p in PreparedName.PrepareAll(s))
            {
                Console.WriteLine($"{s} → '{p.Folded}' keys [{string.Join(' ', p.Keys)}] classes [{string.Join(' ', p.Classes)}]");
            }
        }

        var c = NameScorer.Default.Compare(a, b);
        Console.WriteLine($"score {c.Score:0.000}: {c.Explanation}");
    }
}

/// <summary>`ofac FIXTURES.csv`: agreement of <see cref="OfacToolScorer"/> with the recorded tool scores.</summary>
internal static class OfacProbe
{
    public static void Run(string path)
    {
        var rows = File.ReadLines(path).Skip(1).Select(ParseRow).ToList();
        var within = 0;
        foreach (var (q, r, s) in rows)
        {
            var ours = OfacToolScorer.Score(q, r);
            if (Math.Abs(ours - s) <= 5)
            {
                within++;
            }
            else
            {
                Console.WriteLine($"{q} | {r} | tool {s} ours {ours}");
            }
        }

        Console.WriteLine($"{within}/{rows.Count} within ±5");
    }

    static (string, string, int) ParseRow(string line)
    {
        var parts = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') { quoted = !quoted; }
            else if (ch == ',' && !quoted) { parts.Add(sb.ToString()); sb.Clear(); }
            else { sb.Append(ch); }
        }

        parts.Add(sb.ToString());
        return (parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
