using System.Text;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// Aligned plain-text tables for the terminal. Cells come from untrusted lists and input files, so control and
/// bidirectional-format characters are replaced: a name must not move the cursor, recolour or reverse the screen.
/// </summary>
internal static class TextTable
{
    public static string Format(IReadOnlyList<string[]> rows, ISet<int>? rightAligned = null)
    {
        var safe = rows.Select(r => r.Select(Printable).ToArray()).ToList();
        var columns = safe.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in safe)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var sb = new StringBuilder();
        foreach (var row in safe)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var last = i == row.Length - 1;
                var cell = rightAligned?.Contains(i) == true ? row[i].PadLeft(widths[i]) : last ? row[i] : row[i].PadRight(widths[i]);
                sb.Append(cell);
                if (!last)
                {
                    sb.Append("  ");
                }
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary><paramref name="text"/> with C0/C1 controls and Unicode format characters (e.g. U+202E) as U+FFFD.</summary>
    public static string Printable(string? text) => Reporting.DisplayText.Printable(text);
}
