namespace Picket.Screening.Matching;

/// <summary>
/// Jaro–Winkler similarity (Winkler 1990, "String Comparator Metrics and Enhanced Decision Rules in the
/// Fellegi-Sunter Model of Record Linkage"): Jaro's matching-window agreement, plus a bonus of 0.1 per shared
/// prefix character up to 4. The <c>boostThreshold</c> of <see cref="Similarity"/> is Winkler's rule that the prefix bonus only
/// applies above Jaro 0.7; SimMetrics (which OFAC's tool appears to emulate) applies it always (pass 0).
/// </summary>
public static class JaroWinkler
{
    /// <summary>Winkler's prefix scale <i>p</i>: the bonus per shared prefix character (0.1, the value Winkler used).</summary>
    public const double PrefixScale = 0.1;
    /// <summary>Winkler's cap on the shared prefix counted: 4 characters.</summary>
    public const int MaxPrefix = 4;

    /// <summary>Jaro–Winkler similarity in [0, 1]; 1 for equal strings, 0 when either is empty.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other; the measure is symmetric.</param>
    /// <param name="boostThreshold">The Jaro score below which no prefix bonus is given (Winkler: 0.7; SimMetrics: 0).</param>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double boostThreshold = 0.7)
    {
        var jaro = Jaro(a, b);
        if (jaro < boostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        var max = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    /// <summary>Jaro similarity in [0, 1] (Jaro 1989): matches within half the longer length, less half the transpositions.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other; the measure is symmetric.</param>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        if (a.SequenceEqual(b))
        {
            return 1;
        }

        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        aMatched.Clear();
        bMatched.Clear();
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
    }
}
