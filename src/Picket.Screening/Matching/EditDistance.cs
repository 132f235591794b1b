namespace Picket.Screening.Matching;

/// <summary>
/// Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a substring): insertions,
/// deletions, substitutions and adjacent transpositions each cost one, so "Vladmir"/"Vladimir" and "Putni"/"Putin" are 1.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length > 64 || b.Length > 64)
        {
            return a.SequenceEqual(b) ? 0 : max + 1; // names' tokens are short; a 64+ letter token is noise
        }

        var w = b.Length + 1;
        Span<int> prev2 = stackalloc int[w];
        Span<int> prev = stackalloc int[w];
        Span<int> cur = stackalloc int[w];
        for (var j = 0; j < w; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j < w; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length];
    }

    /// <summary>
    /// Edits a token of <paramref name="length"/> letters may differ by and still be the same name part: one up to
    /// nine letters, two from ten (nomenklatura logic-v2 allows about one edit per five letters for object names;
    /// person-name typos in list data are mostly single edits).
    /// </summary>
    public static int Budget(int length) => length >= 10 ? 2 : 1;
}
