using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Picket.Simulation.Evaluation;

/// <summary>
/// Scores an analysis' <c>vessels.jsonl</c> against the synthetic list's truth (<see cref="Lists.SyntheticSanctions"/>):
/// per hull (by IMO), is it on the list (<c>list_matches</c> not empty) and does a listed company stand behind it (a
/// <c>ComplexOwnership</c> risk factor, which counts only inside the role's dates). Recall over the truth's positives that
/// the feed shows at all; precision over every hull the analysis flagged, so a decoy flagged is a false positive.
/// </summary>
public static class CompanyTruthEvaluation
{
    /// <summary>Scores one analysis: a <c>list_match</c> row and a <c>company_path</c> row.</summary>
    /// <param name="truthCsv">The synthetic list's truth file (<see cref="Lists.SyntheticSanctions.TruthFile"/>): one hull per row, IMO first.</param>
    /// <param name="vesselsJsonl">The analysis' <c>vessels.jsonl</c>.</param>
    public static IReadOnlyList<CompanyTruthRow> Evaluate(string truthCsv, string vesselsJsonl)
    {
        ArgumentNullException.ThrowIfNull(truthCsv);
        ArgumentNullException.ThrowIfNull(vesselsJsonl);
        var truth = File.ReadLines(truthCsv).Skip(1).Select(l => l.Split(','))
            .Where(f => f.Length >= 6 && int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(f => (Imo: int.Parse(f[0], CultureInfo.InvariantCulture), Kind: f[^3], Listed: f[^2] == "true", Path: f[^1] == "true")).ToList();
        var seen = new HashSet<int>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var withPath = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(vesselsJsonl))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var v = doc.RootElement;
            var imos = v.TryGetProperty("history", out var h) ? h.EnumerateArray().Where(x => x.TryGetProperty("imo", out var i) && i.ValueKind == JsonValueKind.Number)
                .Select(x => x.GetProperty("imo").GetInt32()).Distinct().ToList() : [];
            seen.UnionWith(imos);
            var keys = imos.Count > 0 ? imos.Select(i => "imo:" + i.ToString(CultureInfo.InvariantCulture)) : ["mmsi:" + v.GetProperty("mmsi").GetRawText()];
            if (v.TryGetProperty("list_matches", out var m) && m.GetArrayLength() > 0) listed.UnionWith(keys);
            if (v.TryGetProperty("risk_factors", out var f) && f.EnumerateArray().Any(x => x.GetProperty("practice").GetString() == "ComplexOwnership")) withPath.UnionWith(keys);
        }
        return [Row("list_match", truth.Where(t => t.Listed).Select(t => t.Imo), seen, listed, truth.Where(t => !t.Listed).Select(t => t.Imo)),
                Row("company_path", truth.Where(t => t.Path).Select(t => t.Imo), seen, withPath, truth.Where(t => !t.Path).Select(t => t.Imo))];
    }

    private static CompanyTruthRow Row(string what, IEnumerable<int> positives, HashSet<int> seen, HashSet<string> detected, IEnumerable<int> negatives)
    {
        var pos = positives.ToHashSet();
        var observable = pos.Where(seen.Contains).ToList();
        int found = observable.Count(i => detected.Contains("imo:" + i.ToString(CultureInfo.InvariantCulture)));
        int correct = detected.Count(k => k.StartsWith("imo:", StringComparison.Ordinal) && pos.Contains(int.Parse(k.AsSpan(4), CultureInfo.InvariantCulture)));
        int decoysFlagged = negatives.Count(i => seen.Contains(i) && detected.Contains("imo:" + i.ToString(CultureInfo.InvariantCulture)));
        return new CompanyTruthRow(what, pos.Count, pos.Count - observable.Count, detected.Count, found, correct, decoysFlagged);
    }

    /// <summary>The rows as one Markdown table, numbers culture-invariant.</summary>
    /// <param name="rows">The rows from <see cref="Evaluate"/>.</param>
    public static string Format(IReadOnlyList<CompanyTruthRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("| synthetic list truth | truth | not observable | detected | found | correct | recall | precision | decoys flagged |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows)
            sb.Append(c, $"| {r.What} | {r.Truth} | {r.NotObservable} | {r.Detected} | {r.Found} | {r.Correct} | {EvaluationTable.Ratio(r.Recall)} | {EvaluationTable.Ratio(r.Precision)} | {r.DecoysFlagged} |\n");
        return sb.ToString();
    }
}

/// <summary>One row: hulls the truth expects, those the feed never shows, hulls flagged, expected ones found, flags that were right, decoys flagged.</summary>
/// <param name="What">What is scored: <c>list_match</c> or <c>company_path</c>.</param>
/// <param name="Truth">Hulls the truth marks positive.</param>
/// <param name="NotObservable">Of those, hulls the feed never shows (no IMO of theirs in <c>vessels.jsonl</c>).</param>
/// <param name="Detected">Hulls (or, without an IMO, MMSIs) the analysis flagged.</param>
/// <param name="Found">Observable positives the analysis flagged.</param>
/// <param name="Correct">Flags that name a positive hull.</param>
/// <param name="DecoysFlagged">Negatives (decoys with a look-alike name or company) the analysis flagged.</param>
public sealed record CompanyTruthRow(string What, int Truth, int NotObservable, int Detected, int Found, int Correct, int DecoysFlagged)
{
    /// <summary>Found over observable positives; NaN when none is observable.</summary>
    public double Recall => Truth - NotObservable == 0 ? double.NaN : (double)Found / (Truth - NotObservable);
    /// <summary>Correct over detected; NaN when nothing was flagged.</summary>
    public double Precision => Detected == 0 ? double.NaN : (double)Correct / Detected;
}
