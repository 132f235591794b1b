using System.Text;
using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// Token-aware name similarity in [0, 1]. Tokens are paired greedily by best similarity (exact, romanisation key,
/// then Jaro–Winkler on text or key), so word order does not matter; a token may also pair with two adjacent
/// tokens written together ("Jongun" ~ "Jong Un"). The score is a weighted mean over both names' tokens where
/// unpaired tokens weigh in at zero, weak tokens count little, differing numbers and weak-only overlaps are
/// penalised. Ideas from nomenklatura logic-v2 and watchman's token Jaro–Winkler; the code is ours.
/// </summary>
public sealed class NameScorer
{
    static readonly int MaxTokens = NameLimits.Default.MaxTokensPerName;

    /// <summary>A scorer with the given weights and cut-offs.</summary>
    /// <param name="options">Weights and cut-offs; null for <see cref="NameScorerOptions.Default"/>.</param>
    public NameScorer(NameScorerOptions? options = null) => Options = options ?? NameScorerOptions.Default;

    /// <summary>The weights and cut-offs in use.</summary>
    public NameScorerOptions Options { get; }

    /// <summary>A shared scorer with the default options; thread-safe, like every instance.</summary>
    public static NameScorer Default { get; } = new();

    /// <summary>Scores two raw names (folded and prepared here); convenience for one-off pairs.</summary>
    public NameComparison Compare(string query, string candidate)
    {
        var best = new NameComparison(0, "no comparable tokens");
        foreach (var q in PreparedName.PrepareAll(query))
        {
            foreach (var c in PreparedName.PrepareAll(candidate))
            {
                var r = Explain(q, c);
                if (r.Score > best.Score)
                {
                    best = r;
                }
            }
        }

        return best;
    }

    /// <summary>The score alone: the matcher's hot path.</summary>
    public double Score(PreparedName query, PreparedName candidate) => Run(query, candidate, null);

    /// <summary>The score and a human-readable account of which tokens paired and which penalties applied.</summary>
    public NameComparison Explain(PreparedName query, PreparedName candidate)
    {
        var sb = new StringBuilder();
        var score = Run(query, candidate, sb);
        return new NameComparison(score, sb.ToString());
    }

    double Run(PreparedName q, PreparedName c, StringBuilder? why)
    {
        if (q.IsEmpty || c.IsEmpty)
        {
            why?.Append("empty name");
            return 0;
        }

        var opts = Options;
        var scriptConflict = CjkScript.Conflict(q.Script, c.Script);
        if (q.Folded == c.Folded && !scriptConflict)
        {
            why?.Append("identical after normalisation: '").Append(q.Folded).Append('\'');
            return 1;
        }

        var nq = Math.Min(q.Tokens.Length, MaxTokens);
        var nc = Math.Min(c.Tokens.Length, MaxTokens);
        var lone = StrongCount(q) == 1 && StrongCount(c) == 1;
        Span<double> sim = stackalloc double[nq * nc];
        for (var i = 0; i < nq; i++)
        {
            for (var j = 0; j < nc; j++)
            {
                sim[i * nc + j] = TokenSimilarity(q, i, c, j, lone);
            }
        }

        Span<int> qPair = stackalloc int[nq];
        Span<int> cPair = stackalloc int[nc];
        qPair.Fill(-1);
        cPair.Fill(-1);
        double num = 0, den = 0;
        var strongAgree = false;

        PairJoinedTokens(q, nq, c, nc, qPair, cPair, ref num, ref den, ref strongAgree, why);
        while (true)
        {
            var best = -1;
            var bestSim = opts.MinTokenSimilarity;
            for (var k = 0; k < sim.Length; k++)
            {
                if (sim[k] >= bestSim && qPair[k / nc] < 0 && cPair[k % nc] < 0)
                {
                    best = k;
                    bestSim = sim[k];
                }
            }

            if (best < 0)
            {
                break;
            }

            int i = best / nc, j = best % nc;
            qPair[i] = j;
            cPair[j] = i;
            // A hull number agreeing says less than a name word agreeing: "Ocean Star 18" is not "STAR 18".
            var w = q.Numbers[i] is not null && c.Numbers[j] is not null ? Options.PairedNumberWeight : (Weight(q.Classes[i]) + Weight(c.Classes[j])) / 2;
            num += bestSim * w;
            den += w;
            // An initial standing for a word ("J." for "John") never vouches for the name; the same letter does ("P.C.C.").
            strongAgree |= !q.Classes[i].IsWeak() && !c.Classes[j].IsWeak() && (bestSim >= 1 || (q.Tokens[i].Length > 1 && c.Tokens[j].Length > 1));
            why?.Append(why.Length > 0 ? ", " : "").Append(q.Tokens[i]).Append(Relation(q, i, c, j, bestSim)).Append(c.Tokens[j]);
        }

        den += Unpaired(q, nq, qPair, opts.ExtraQueryTokenWeight, why, "; not in list name: ");
        den += Unpaired(c, nc, cPair, opts.ExtraResultTokenWeight, why, "; not in query: ");
        var score = den > 0 ? num / den : 0;

        if (score < opts.SpacingVariantScore && NameTokenRules.SameCompact(q, c))
        {
            score = opts.SpacingVariantScore;
            strongAgree = true;
            why?.Append("; same name spaced differently");
        }

        var truncated = NameTokenRules.IsCut(q, c, opts.TruncationMinLength);
        if (truncated && score < opts.TruncationScore)
        {
            score = opts.TruncationScore;
            strongAgree = true;
            why?.Append("; one name is the other cut at AIS's 20 characters");
        }

        if (q.HasNumbers && c.HasNumbers && !truncated && !NameTokenRules.SameNumbers(q, c))
        {
            score *= opts.NumberMismatchFactor;
            why?.Append("; numbers differ (×").Append(F(opts.NumberMismatchFactor)).Append(')');
        }

        if (q.HasForms && c.HasForms && NameTokenRules.FormsConflict(q, c))
        {
            score *= opts.FormConflictFactor;
            why?.Append("; legal forms conflict (×").Append(F(opts.FormConflictFactor)).Append(')');
        }

        if (q.HasPlaces && c.HasPlaces && !NameTokenRules.SharePlace(q, c))
        {
            score *= opts.PlaceConflictFactor;
            why?.Append("; country qualifiers differ (×").Append(F(opts.PlaceConflictFactor)).Append(')');
        }

        if (!strongAgree && (q.HasStrongTokens || c.HasStrongTokens))
        {
            score *= opts.WeakOnlyFactor;
            why?.Append("; only weak tokens agree (×").Append(F(opts.WeakOnlyFactor)).Append(')');
        }

        if (scriptConflict && score > opts.ScriptConflictCap)
        {
            score = opts.ScriptConflictCap;
            why?.Append("; different characters in their own script ('").Append(q.Script).Append("' vs '").Append(c.Script).Append("')");
        }

        return Math.Clamp(score, 0, 1);
    }

    static string F(double x) => x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    static int StrongCount(PreparedName n)
    {
        var k = 0;
        foreach (var c in n.Classes)
        {
            k += c == TokenClass.Strong ? 1 : 0;
        }

        return k;
    }

    double TokenSimilarity(PreparedName q, int i, PreparedName c, int j, bool lone)
    {
        var a = q.Tokens[i];
        var b = c.Tokens[j];
        if (a == b)
        {
            return 1;
        }

        if (q.Numbers[i] is { } na && c.Numbers[j] is { } nb)
        {
            return na == nb ? 1 : 0; // "III" = "3"; numbers agree exactly or not at all
        }

        var ca = q.Classes[i];
        var cb = c.Classes[j];
        if (ca == TokenClass.Numeric || cb == TokenClass.Numeric)
        {
            return 0;
        }

        if (ca == TokenClass.Form || cb == TokenClass.Form)
        {
            // A legal form pairs only with a compatible legal form, a vessel prefix only with a vessel prefix.
            return ca == cb && WeakTokens.IsVesselPrefix(a) == WeakTokens.IsVesselPrefix(b) && LegalForms.Compatible(a, b) ? 1 : 0;
        }

        if (lone && Math.Max(a.Length, b.Length) < Options.ShortNameExactLength && a.Length != b.Length)
        {
            return 0; // a short lone word: SANNA is not SANA, even if doubled letters read as one
        }

        if (q.Keys[i] == c.Keys[j])
        {
            return Options.RomanisationVariantScore;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            // An initial stands for a name part it begins ("J." / "John", "Y." / "Yinyin"), never for a generic word.
            return (a.Length == 1 ? cb : ca) == TokenClass.Strong && a[0] == b[0] ? Options.InitialScore : 0;
        }

        if (Math.Min(a.Length, b.Length) <= 3)
        {
            // On three letters or fewer one edit is a different name ("kim" vs "kimo", "jon" vs "jun"): exact or key only.
            return 0;
        }

        if (lone && Math.Max(a.Length, b.Length) < Options.ShortNameExactLength)
        {
            // A short lone word: SARA is not SARAK nor MARA; two letters swapped is still a typo (SBOAR/SOBAR).
            return a.Length == b.Length && NameTokenRules.FuzzyAllowed(a, b) && EditDistance.Osa(a, b, 1) == 1 && IsSwapOnly(a, b)
                ? JaroWinkler.Similarity(a, b)
                : 0;
        }

        // Jaro–Winkler grades the pair; an edit budget keeps it from pairing different names that merely share
        // letters ("Tran"/"Rana"). Fuzzy on the text, and on the keys of long words (Aleksandr/Alexander): short
        // keys fold letters together, and a key one edit from another key pairs different names ("Maria"/"Maalim").
        var text = Fuzzy(a, b);
        var ka = q.Keys[i];
        var kb = c.Keys[j];
        return text > 0 || Math.Min(ka.Length, kb.Length) < 7 ? text : Fuzzy(ka, kb) * Options.RomanisationVariantScore;
    }

    static bool IsSwapOnly(string a, string b)
    {
        var diff = 0;
        for (var i = 0; i < a.Length; i++)
        {
            diff += a[i] != b[i] ? 1 : 0;
        }

        return diff == 2;
    }

    double Fuzzy(string a, string b)
    {
        var budget = EditDistance.Budget(Math.Max(a.Length, b.Length));
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return 0; // cannot be within the edit budget; skip the Jaro–Winkler work
        }

        if (!NameTokenRules.FuzzyAllowed(a, b))
        {
            return 0;
        }

        var jw = JaroWinkler.Similarity(a, b);
        if (jw < Options.MinTokenSimilarity)
        {
            return 0;
        }

        return EditDistance.Osa(a, b, budget) <= budget ? jw : 0;
    }

    /// <summary>
    /// Pairs one token with two to six adjacent tokens of the other name when they spell the same key written
    /// together ("jongun" ~ "jong un", "chonmasan" ~ "chon ma san"): Korean and Chinese names are written syllable by
    /// syllable or as one word.
    /// </summary>
    void PairJoinedTokens(PreparedName q, int nq, PreparedName c, int nc, Span<int> qPair, Span<int> cPair,
        ref double num, ref double den, ref bool strongAgree, StringBuilder? why)
    {
        var s = Options.RomanisationVariantScore;
        // Pairs are only ever added, so the most parts any unpaired word could join now bounds every later pass:
        // passes above it would find nothing (most names have every word paired by now and skip all ten).
        var maxQ = MaxJoinParts(q, nq, qPair, nc);
        var maxC = MaxJoinParts(c, nc, cPair, nq);
        for (var parts = Math.Max(maxQ, maxC); parts >= 2; parts--)
        {
            if (parts <= maxQ)
            {
                JoinOneWay(q, nq, c, nc, qPair, cPair, parts, s, ref num, ref den, ref strongAgree, why, false);
            }

            if (parts <= maxC)
            {
                JoinOneWay(c, nc, q, nq, cPair, qPair, parts, s, ref num, ref den, ref strongAgree, why, true);
            }
        }
    }

    /// <summary>The most parts (up to six) an unpaired strong word of <paramref name="whole"/> could be joined from: 0 when none.</summary>
    static int MaxJoinParts(PreparedName whole, int nw, Span<int> wPair, int ns)
    {
        var max = 0;
        for (var i = 0; i < nw; i++)
        {
            if (wPair[i] < 0 && whole.Classes[i] == TokenClass.Strong)
            {
                max = Math.Max(max, whole.Keys[i].Length / 2); // a word written together from n syllables has at least 2n letters
            }
        }

        return Math.Min(Math.Min(max, 6), ns);
    }

    static void JoinOneWay(PreparedName whole, int nw, PreparedName split, int ns, Span<int> wPair, Span<int> sPair, int parts,
        double s, ref double num, ref double den, ref bool strongAgree, StringBuilder? why, bool swapped)
    {
        for (var i = 0; i < nw; i++)
        {
            var key = whole.Keys[i];
            if (wPair[i] >= 0 || whole.Classes[i] != TokenClass.Strong || key.Length < 2 * parts)
            {
                continue; // a word written together from n syllables has at least 2n letters
            }

            for (var j = 0; j + parts <= ns; j++)
            {
                if ((split.Keys[j][0] == key[0] || split.JoinKeys[j][0] == whole.JoinKeys[i][0])
                    && !sPair[j..(j + parts)].ContainsAnyExcept(-1) && NameTokenRules.IsJoin(whole, i, split, j, parts))
                {
                    wPair[i] = j;
                    sPair[j..(j + parts)].Fill(i);
                    num += s * parts;
                    den += parts;
                    strongAgree = true;
                    if (why is not null)
                    {
                        var joined = string.Join(' ', split.Tokens, j, parts);
                        why.Append(why.Length > 0 ? ", " : "").Append(swapped ? joined : whole.Tokens[i]).Append(" ≈ ")
                            .Append(swapped ? whole.Tokens[i] : joined).Append(" (joined)");
                    }

                    break;
                }
            }
        }
    }

    double Unpaired(PreparedName n, int count, Span<int> pair, double factor, StringBuilder? why, string label)
    {
        double d = 0;
        var first = true;
        for (var i = 0; i < count; i++)
        {
            if (pair[i] < 0)
            {
                d += UnpairedWeight(n.Classes[i]) * factor;
                if (why is not null)
                {
                    why.Append(first ? label : " ").Append(n.Tokens[i]);
                    first = false;
                }
            }
        }

        for (var i = count; i < n.Tokens.Length; i++)
        {
            d += UnpairedWeight(n.Classes[i]) * factor;
        }

        return d;
    }

    double Weight(TokenClass c) => c.IsWeak() ? Options.WeakTokenWeight : 1;

    double UnpairedWeight(TokenClass c) => c switch
    {
        TokenClass.Form => Options.UnpairedFormTokenWeight,
        TokenClass.Weak => Options.WeakTokenWeight,
        TokenClass.Numeric => Options.UnpairedNumberWeight,
        _ => 1,
    };

    static string Relation(PreparedName q, int i, PreparedName c, int j, double s) =>
        s >= 1 ? " = "
        : q.Keys[i] == c.Keys[j] ? " ≈ (romanisation) "
        : $" ~{s:0.00} ";
}

/// <summary>A name comparison: score in [0, 1] and what led to it.</summary>
/// <param name="Score">The similarity in [0, 1].</param>
/// <param name="Explanation">The token pairs and penalties behind it, for a person.</param>
public readonly record struct NameComparison(double Score, string Explanation);
