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

    public NameScorer(NameScorerOptions? options = null) => Options = options ?? NameScorerOptions.Default;

    public NameScorerOptions Options { get; }

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

        if (q.Folded == c.Folded)
        {
            why?.Append("identical after normalisation: '").Append(q.Folded).Append('\'');
            return 1;
        }

        var nq = Math.Min(q.Tokens.Length, MaxTokens);
        var nc = Math.Min(c.Tokens.Length, MaxTokens);
        Span<double> sim = stackalloc double[nq * nc];
        for (var i = 0; i < nq; i++)
        {
            for (var j = 0; j < nc; j++)
            {
                sim[i * nc + j] = TokenSimilarity(q, i, c, j);
            }
        }

        Span<int> qPair = stackalloc int[nq];
        Span<int> cPair = stackalloc int[nc];
        qPair.Fill(-1);
        cPair.Fill(-1);
        double num = 0, den = 0;
        var strongAgree = false;
        var opts = Options;

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
            var w = (Weight(q.Classes[i]) + Weight(c.Classes[j])) / 2;
            num += bestSim * w;
            den += w;
            strongAgree |= !q.Classes[i].IsWeak() && !c.Classes[j].IsWeak();
            why?.Append(why.Length > 0 ? ", " : "").Append(q.Tokens[i]).Append(Relation(q, i, c, j, bestSim)).Append(c.Tokens[j]);
        }

        den += Unpaired(q, nq, qPair, opts.ExtraQueryTokenWeight, why, "; not in list name: ");
        den += Unpaired(c, nc, cPair, opts.ExtraResultTokenWeight, why, "; not in query: ");
        var score = den > 0 ? num / den : 0;

        if (score < opts.SpacingVariantScore && NameTokenRules.SameLettersIgnoringSpaces(q, c))
        {
            score = opts.SpacingVariantScore;
            why?.Append("; same letters spaced differently");
        }

        if (q.HasNumbers && c.HasNumbers && !NameTokenRules.SameNumbers(q, c))
        {
            score *= opts.NumberMismatchFactor;
            why?.Append("; numbers differ (×").Append(opts.NumberMismatchFactor.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        }

        if (!strongAgree && (q.HasStrongTokens || c.HasStrongTokens))
        {
            score *= opts.WeakOnlyFactor;
            why?.Append("; only weak tokens agree (×").Append(opts.WeakOnlyFactor.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        }

        return Math.Clamp(score, 0, 1);
    }

    double TokenSimilarity(PreparedName q, int i, PreparedName c, int j)
    {
        var a = q.Tokens[i];
        var b = c.Tokens[j];
        if (a == b)
        {
            return 1;
        }

        var numericA = q.Classes[i] == TokenClass.Numeric;
        if (numericA || c.Classes[j] == TokenClass.Numeric)
        {
            return 0; // numbers agree exactly or not at all
        }

        if (q.Keys[i] == c.Keys[j])
        {
            return Options.RomanisationVariantScore;
        }

        if (Math.Min(a.Length, b.Length) <= 3)
        {
            // On three letters or fewer one edit is a different name ("kim" vs "kimo", "jon" vs "jun"): exact or key only.
            return 0;
        }

        // Jaro–Winkler grades the pair; an edit budget keeps it from pairing different names that merely share
        // letters ("Tran"/"Rana"). Fuzzy on the text only: keys fold letters together, and a key one edit from
        // another key pairs different names ("Maria"/"Maalim", "Kaya"/"Gaye").
        return Fuzzy(a, b);
    }

    double Fuzzy(string a, string b)
    {
        var budget = EditDistance.Budget(Math.Max(a.Length, b.Length));
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return 0; // cannot be within the edit budget; skip the Jaro–Winkler work
        }

        var jw = JaroWinkler.Similarity(a, b);
        if (jw < Options.MinTokenSimilarity)
        {
            return 0;
        }

        return EditDistance.Osa(a, b, budget) <= budget ? jw : 0;
    }

    /// <summary>Pairs one token with two adjacent tokens of the other name when they spell the same key ("jongun" ~ "jong un").</summary>
    void PairJoinedTokens(PreparedName q, int nq, PreparedName c, int nc, Span<int> qPair, Span<int> cPair,
        ref double num, ref double den, ref bool strongAgree, StringBuilder? why)
    {
        var s = Options.RomanisationVariantScore;
        for (var i = 0; i < nq; i++)
        {
            for (var j = 0; j + 1 < nc; j++)
            {
                if (qPair[i] < 0 && cPair[j] < 0 && cPair[j + 1] < 0 && NameTokenRules.IsJoin(q.Keys[i], c.Keys[j], c.Keys[j + 1]))
                {
                    qPair[i] = j;
                    cPair[j] = cPair[j + 1] = i;
                    num += s * 2;
                    den += 2;
                    strongAgree = true;
                    why?.Append(why.Length > 0 ? ", " : "").Append(q.Tokens[i]).Append(" ≈ ").Append(c.Tokens[j]).Append(' ').Append(c.Tokens[j + 1]).Append(" (joined)");
                }
            }
        }

        for (var j = 0; j < nc; j++)
        {
            for (var i = 0; i + 1 < nq; i++)
            {
                if (cPair[j] < 0 && qPair[i] < 0 && qPair[i + 1] < 0 && NameTokenRules.IsJoin(c.Keys[j], q.Keys[i], q.Keys[i + 1]))
                {
                    cPair[j] = i;
                    qPair[i] = qPair[i + 1] = j;
                    num += s * 2;
                    den += 2;
                    strongAgree = true;
                    why?.Append(why.Length > 0 ? ", " : "").Append(q.Tokens[i]).Append(' ').Append(q.Tokens[i + 1]).Append(" ≈ ").Append(c.Tokens[j]).Append(" (joined)");
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
        _ => 1,
    };

    string Relation(PreparedName q, int i, PreparedName c, int j, double s) =>
        s >= 1 ? " = "
        : q.Keys[i] == c.Keys[j] ? " ≈ (romanisation) "
        : $" ~{s:0.00} ";
}

/// <summary>A name comparison: score in [0, 1] and what led to it.</summary>
public readonly record struct NameComparison(double Score, string Explanation);
