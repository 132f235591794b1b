namespace Picket.Core.Voyages;

/// <summary>
/// Optimal string alignment distance (Damerau–Levenshtein restricted to adjacent transpositions): the keying errors a
/// crew makes on a destination field — a wrong, missing or extra letter, two letters swapped ("KHOLMKS").
/// Destinations are at most 20 characters (ITU-R M.1371-5 message 5), so the rows live on the stack.
/// </summary>
internal static class EditDistance
{
    public static int Osa(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue;
        Span<int> prev2 = stackalloc int[b.Length + 1], prev = stackalloc int[b.Length + 1], cur = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.Length];
    }
}
