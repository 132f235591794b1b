using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Web.Vessels;

/// <summary>
/// The search box: a query finds hulls whose MMSI or IMO starts with its digits, whose names (any it ever used) start
/// with it or have a word that does, and, for a name of three letters or more, whose names are similar by Screening's
/// name scorer (the one that screens against the lists), so a misspelt name still finds the vessel. Similar names are
/// looked for only when the prefixes fill less than the page.
/// </summary>
internal static class VesselSearch
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

        // The directory is already in answer order, so the first `limit` hits are the answer. Prefixes first: they are
        // cheap string tests; the name scorer runs only when they leave the page short (a typo, not a partial word).
        var hits = new List<(int Rank, VesselSummary Vessel)>();
        var vessels = directory.Vessels;
        for (int i = 0; i < vessels.Count && hits.Count < limit; i++)
        {
            var v = vessels[i];
            string? how = null;
            if (numeric && !imoOnly && v.MmsiText.StartsWith(digits, StringComparison.Ordinal)) how = "mmsi";
            else if (numeric && v.ImoText != null && v.ImoText.StartsWith(digits, StringComparison.Ordinal)) how = "imo";
            else if (folded.Length > 0 && v.Names.Any(n => NamePrefix(n.Folded, folded))) how = "name";
            if (how != null) hits.Add((i, v.Summary(how)));
        }
        PreparedName? prepared = hits.Count < limit && folded.Count(char.IsLetter) >= 3 ? PreparedName.Prepare(q) : null;
        if (prepared != null && !prepared.IsEmpty)
        {
            var found = hits.Select(h => h.Rank).ToHashSet();
            // A fleet repeats names (a series "BLUE HORIZON 3", "… 5" shares "BLUE HORIZON" without its number, a hull keeps
            // its name across MMSIs): each distinct name is scored once per query.
            var scored = new Dictionary<(string, string?), bool>();
            for (int i = 0, fuzzy = 0; i < vessels.Count && fuzzy < limit - found.Count; i++)
                if (!found.Contains(i) && vessels[i].Names.Any(n => Similar(prepared, n, scored)))
                {
                    hits.Add((i, vessels[i].Summary("fuzzy")));
                    fuzzy++;
                }
            hits.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        }
        return [.. hits.Select(h => h.Vessel)];
    }

    private static bool Similar(PreparedName query, DirectoryName name, Dictionary<(string, string?), bool> scored) =>
        Close(query, name.Prepared, scored) || (!query.HasNumbers && name.PreparedWithoutNumbers != null && Close(query, name.PreparedWithoutNumbers, scored));

    /// <summary>The scorer's verdict on one prepared name, remembered by its normalised text and script (all the scorer reads).</summary>
    private static bool Close(PreparedName query, PreparedName name, Dictionary<(string, string?), bool> scored)
    {
        if (scored.TryGetValue((name.Folded, name.Script), out bool close)) return close;
        close = NameScorer.Default.Score(query, name) >= FuzzyThreshold;
        scored[(name.Folded, name.Script)] = close;
        return close;
    }

    /// <summary>The name starts with the query, or one of its words does ("STAR" finds "SEA STAR").</summary>
    private static bool NamePrefix(string name, string query)
    {
        if (name.StartsWith(query, StringComparison.Ordinal)) return true;
        for (int i = name.IndexOf(' '); i >= 0 && i + 1 < name.Length; i = name.IndexOf(' ', i + 1))
            if (name.AsSpan(i + 1).StartsWith(query, StringComparison.Ordinal)) return true;
        return false;
    }
}
