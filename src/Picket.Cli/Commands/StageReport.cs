using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>The counts <c>detect</c> and <c>tracks</c> print on standard error: each input's decode statistics, what the feed used and dropped, the track stage.</summary>
internal static class StageReport
{
    public static string Text(AnalysisResult result)
    {
        var text = new System.Text.StringBuilder();
        foreach (var input in result.Inputs)
            text.Append(input.IsCsv ? $"{input.Path} (CSV):\n{input.Csv}" : $"{input.Path}:\n{input.Nmea}");
        var f = result.Feed;
        text.Append($"input: {f.Positions} positions, {f.Identities} identity reports, {f.WithoutTime} messages without a time (skipped), {f.WithoutPosition} positions not available (skipped), {f.ImplausibleTime} with an implausible time (dropped)");
        if (result.DuplicatesMerged > 0) text.Append($", {result.DuplicatesMerged} heard by more than one input (merged once)");
        text.Append('\n').Append($"tracks: {result.Tracks}\n");
        return text.ToString();
    }
}
