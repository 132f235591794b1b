using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Web.Vessels;

/// <summary>
/// The search box: a query finds hulls whose MMSI or IMO starts with its digits, whose names (any it ever used) start
/// with it or have a word that does, and, for a name of three letters or more, whose names are similar by Screening's
/// name scorer (the one that screens against the lists), so a misspelt name still finds the vessel.
/// </summary>
public static class VesselSearch
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>A name at least this similar (Screening's name score, 0–1) is a fuzzy hit.</summary>
    public const double FuzzyThreshold = 0.78;

    public static IReadOnlyList<VesselSummary> Find(VesselDirectory directory, string? query, int limit)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var q = (query ?? "").Trim();
        if (q.Length == 0) return [.. directory.Vessels.Take(limit).Select(v => v.Summary("all"))];
        if (q.Length > 200) q = q[..200];

        string digits = q.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? q[3..].Trim() : q;
        bool numeric = digits.Length > 0 && digits.All(char.IsAsciiDigit);
        bool imoOnly = numeric && digits.Length != q.Length;
        string folded = NameNormalizer.Fold(q);
        PreparedName? prepared = folded.Count(char.IsLetter) >= 3 ? PreparedName.Prepare(q) : null;

        var hits = new List<VesselSummary>();
        // The directory is already in answer order, so the first `limit` hits are the answer.
        foreach (var v in directory.Vessels)
        {
            string? how = null;
            if (numeric && !imoOnly && v.MmsiText.StartsWith(digits, StringComparison.Ordinal)) how = "mmsi";
            else if (numeric && v.ImoText != null && v.ImoText.StartsWith(digits, StringComparison.Ordinal)) how = "imo";
            else if (folded.Length > 0 && v.Names.Any(n => NamePrefix(n.Folded, folded))) how = "name";
            else if (prepared != null && !prepared.IsEmpty && v.Names.Any(n => Similar(prepared, n))) how = "fuzzy";
            if (how == null) continue;
            hits.Add(v.Summary(how));
            if (hits.Count == limit) break;
        }
        return hits;
    }

    private static bool Similar(PreparedName query, DirectoryName name) =>
        NameScorer.Default.Score(query, name.Prepared) >= FuzzyThreshold
        || (!query.HasNumbers && name.PreparedWithoutNumbers != null && NameScorer.Default.Score(query, name.PreparedWithoutNumbers) >= FuzzyThreshold);

    /// <summary>The name starts with the query, or one of its words does ("STAR" finds "SEA STAR").</summary>
    private static bool NamePrefix(string name, string query)
    {
        if (name.StartsWith(query, StringComparison.Ordinal)) return true;
        for (int i = name.IndexOf(' '); i >= 0 && i + 1 < name.Length; i = name.IndexOf(' ', i + 1))
            if (name.AsSpan(i + 1).StartsWith(query, StringComparison.Ordinal)) return true;
        return false;
    }
}
