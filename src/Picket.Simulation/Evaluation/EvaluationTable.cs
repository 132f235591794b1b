using System.Globalization;
using System.Text;

namespace Picket.Simulation.Evaluation;

/// <summary>Formats an <see cref="EvaluationResult"/> as Markdown tables (readable in a terminal, pasteable into a README).</summary>
public static class EvaluationTable
{
    /// <summary>The per-type table, the per-scenario table, then the missed and spurious events by type.</summary>
    /// <param name="r">The scores to show.</param>
    /// <param name="maxUnmatched">How many missed or spurious events to list per type before "… n more".</param>
    public static string Format(EvaluationResult r, int maxUnmatched = 20)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Match: same type, same vessels (encounter: same MMSI pair), times overlapping with {r.Slack.TotalMinutes:0} min slack.\n\n");
        sb.Append("| type | truth | not observable | detected | found | correct | recall | precision |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var t in r.Types)
            sb.Append(c, $"| {t.Type} | {t.Truth} | {t.Hidden} | {t.Detected} | {t.TruthFound} | {t.DetectionsMatched} | {Ratio(t.Recall)} | {Ratio(t.Precision)} |\n");
        if (r.Scenarios.Count > 0)
        {
            sb.Append("\n| planted scenario | type | truth | found |\n|---|---|---:|---:|\n");
            foreach (var s in r.Scenarios) sb.Append(c, $"| {s.Scenario} | {s.Type} | {s.Truth} | {s.Found} |\n");
        }
        Append(sb, "Missed (truth not detected)", r.Missed, maxUnmatched);
        Append(sb, "Spurious (detections not in the truth)", r.Spurious, maxUnmatched);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string title, IReadOnlyList<ScoredEvent> items, int max)
    {
        sb.Append(CultureInfo.InvariantCulture, $"\n{title}: {items.Count}\n");
        foreach (var group in items.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int shown = 0;
            foreach (var e in group)
            {
                if (shown++ == max)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"  … {group.Count() - max} more {group.Key}\n");
                    break;
                }
                sb.Append("  ").Append(e).Append('\n');
            }
        }
    }

    /// <summary>A ratio to three decimals (invariant culture), or an en dash for NaN (nothing to divide by).</summary>
    /// <param name="v">A recall or precision in [0, 1], or NaN.</param>
    public static string Ratio(double v) => double.IsNaN(v) ? "–" : v.ToString("0.000", CultureInfo.InvariantCulture);
}
