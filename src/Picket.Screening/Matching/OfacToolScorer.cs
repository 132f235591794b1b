using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// Emulates the score (0–100) of OFAC's Sanctions List Search tool, for compliance teams who must reproduce it.
/// OFAC FAQs 246/249 describe two techniques whose higher result is reported: Jaro–Winkler on the whole names,
/// and a composite of per-name-part Jaro–Winkler. Reverse-engineered details as nomenklatura's "ofac" algorithm
/// describes them (name_based/ofac.py, PR #310): the whole-name score counts only when the first letters agree;
/// query parts of two letters or fewer are dropped; a part whose best partner scores under 0.5 counts zero;
/// Jaro–Winkler in the SimMetrics flavour (prefix bonus with no 0.7 threshold).
/// This is a separate mode: <see cref="NameScorer"/> is the engine's own scorer.
/// </summary>
public static class OfacToolScorer
{
    const double PartFloor = 0.5;
    const int MinQueryPartLength = 3;

    /// <summary>The emulated tool score, 0–100, for a query name against a list name.</summary>
    public static int Score(string query, string listName)
    {
        var q = Fold(query);
        var r = Fold(listName);
        if (q.Length == 0 || r.Length == 0)
        {
            return 0;
        }

        var whole = q[0] == r[0] ? JaroWinkler.Similarity(q, r, boostThreshold: 0) : 0;
        var parts = PartScore(q.Split(' '), r.Split(' '));
        return (int)Math.Round(Math.Max(whole, parts) * 100, MidpointRounding.AwayFromZero);
    }

    static double PartScore(string[] queryParts, string[] listParts)
    {
        double sum = 0;
        var n = 0;
        // Short parts are dropped only when a longer one remains: the tool answers a one-letter query ("Z").
        var dropShort = queryParts.Any(p => p.Length >= MinQueryPartLength);
        foreach (var qp in queryParts)
        {
            if (dropShort && qp.Length < MinQueryPartLength)
            {
                continue;
            }

            var best = 0.0;
            foreach (var lp in listParts)
            {
                best = Math.Max(best, JaroWinkler.Similarity(qp, lp, boostThreshold: 0));
            }

            sum += best < PartFloor ? 0 : best;
            n++;
        }

        return n == 0 ? 0 : sum / n;
    }

    // The tool is case-insensitive, ignores punctuation and diacritics, and does not transliterate: letters of other
    // scripts (Cyrillic, Hangul, Han…) find nothing. List names in "LAST, First" order are compared as written.
    static string Fold(string s)
    {
        var latin = new string(s.Where(c => c < LatinExtendedEnd || !char.IsLetter(c)).ToArray());
        return NameNormalizer.Fold(latin);
    }

    // End of Unicode's Latin Extended-B block: beyond it, letters belong to other scripts (IPA aside).
    const char LatinExtendedEnd = 'ɐ';
}
