using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>Token-level facts <see cref="NameScorer"/> checks besides pairing: joins, spacing, cuts, numbers, qualifiers.</summary>
internal static class NameTokenRules
{
    /// <summary>
    /// True when token <paramref name="i"/> of <paramref name="whole"/> is <paramref name="parts"/> tokens of
    /// <paramref name="split"/> from <paramref name="from"/> written together, by romanisation key (Chinese: "xiaoping" /
    /// "hsiao ping") or by spacing-blind key (Korean: "gooryong" / "goo ryong").
    /// </summary>
    public static bool IsJoin(PreparedName whole, int i, PreparedName split, int from, int parts) =>
        Spells(whole.Keys[i], split, from, parts, false) || Spells(whole.JoinKeys[i], split, from, parts, true);

    static bool Spells(string whole, PreparedName split, int from, int parts, bool joinKeys)
    {
        var rest = whole.AsSpan();
        for (var k = from; k < from + parts; k++)
        {
            var key = joinKeys ? split.JoinKeys[k] : split.Numbers[k] ?? split.Keys[k];
            if (split.Classes[k] == TokenClass.Form || !rest.StartsWith(key))
            {
                return false;
            }

            rest = rest[key.Length..];
        }

        return rest.IsEmpty;
    }

    /// <summary>
    /// The same name spaced differently: keys of all tokens but forms written together are equal ("CHONMASAN" /
    /// "CHON MA SAN", "JSCARGUMENT" / "JSC ARGUMENT"). Exactly: one letter more or less is often one syllable
    /// for another ("SUBAEKSAN" is not "SO BAEK SAN").
    /// </summary>
    public static bool SameCompact(PreparedName q, PreparedName c)
    {
        if (q.Compact.Length < 4 || c.Compact.Length < 4 || q.Words == c.Words)
        {
            return SameLettersIgnoringSpaces(q.Folded, c.Folded) && q.Tokens.Length != c.Tokens.Length; // "CJSCSOVMORTRANS"
        }

        return q.Compact == c.Compact || q.KeyCompact == c.KeyCompact || SameLettersIgnoringSpaces(q.Folded, c.Folded);
    }

    /// <summary>Same letters in the same order once spaces are ignored ("JSCARGUMENT" / "JSC ARGUMENT").</summary>
    static bool SameLettersIgnoringSpaces(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == ' ')
            {
                i++;
            }

            while (j < b.Length && b[j] == ' ')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    /// <summary>
    /// One name is the other cut short, as AIS cuts names at 20 characters: the shorter folded name (vessel prefixes
    /// aside) is 15–20 characters and begins the longer one.
    /// </summary>
    public static bool IsCut(PreparedName q, PreparedName c, int minLength)
    {
        var (shorter, longer) = q.Folded.Length <= c.Folded.Length ? (q, c) : (c, q);
        if (shorter.Folded.Length < minLength || shorter.Folded.Length > 20 || longer.Folded.Length <= shorter.Folded.Length)
        {
            return false;
        }

        var a = WithoutPrefix(shorter);
        var b = WithoutPrefix(longer);
        return a.Length >= minLength - 3 && b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal);

        static ReadOnlySpan<char> WithoutPrefix(PreparedName n)
        {
            var s = n.Folded.AsSpan();
            for (var i = 0; i < n.Tokens.Length - 1 && WeakTokens.IsVesselPrefix(n.Tokens[i]); i++)
            {
                s = s[(n.Tokens[i].Length + 1)..];
            }

            return s;
        }
    }

    /// <summary>The numbers of both names (digits and Roman numerals) are the same multiset ("ZU ZAG BONG 6" vs "6 ZU ZAG BONG").</summary>
    public static bool SameNumbers(PreparedName q, PreparedName c)
    {
        return Covers(q, c) && Covers(c, q);

        static bool Covers(PreparedName a, PreparedName b)
        {
            foreach (var n in a.Numbers)
            {
                if (n is not null && Count(a, n) != Count(b, n))
                {
                    return false;
                }
            }

            return true;
        }

        static int Count(PreparedName n, string number)
        {
            var k = 0;
            foreach (var x in n.Numbers)
            {
                k += x == number ? 1 : 0;
            }

            return k;
        }
    }

    /// <summary>A legal form of one name has no compatible form in the other ("GmbH" vs "AG", "OOO" vs "ZAO").</summary>
    public static bool FormsConflict(PreparedName q, PreparedName c) => Unmatched(q, c) || Unmatched(c, q);

    static bool Unmatched(PreparedName a, PreparedName b)
    {
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            if (a.Classes[i] != TokenClass.Form || !LegalForms.IsForm(a.Tokens[i]))
            {
                continue;
            }

            var compatible = false;
            for (var j = 0; j < b.Tokens.Length && !compatible; j++)
            {
                compatible = b.Classes[j] == TokenClass.Form && LegalForms.IsForm(b.Tokens[j]) && LegalForms.Compatible(a.Tokens[i], b.Tokens[j]);
            }

            if (!compatible)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Both names name at least one place and one place is the same.</summary>
    public static bool SharePlace(PreparedName q, PreparedName c)
    {
        foreach (var t in q.Tokens)
        {
            if (Places.IsPlace(t) && Array.IndexOf(c.Tokens, t) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Edits that make a different name part rather than a typo: in words of four letters or fewer a swap of two
    /// letters or a consonant after the first letter is a typo, a first letter or a vowel is another syllable
    /// ("Jong"/"Song", "Kang"/"Kong", "Ping"/"Peng"); a final n against ng
    /// is another syllable in Chinese and Korean ("Chen"/"Cheng", "Jon"/"Jong").
    /// </summary>
    /// <summary>Two adjacent letters swapped ("Pakr"/"Park").</summary>
    static bool IsSwap(string a, string b)
    {
        var k = 0;
        while (k < a.Length && a[k] == b[k])
        {
            k++;
        }

        return k + 1 < a.Length && a[k] == b[k + 1] && a[k + 1] == b[k] && a.AsSpan(k + 2).SequenceEqual(b.AsSpan(k + 2));
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    public static bool FuzzyAllowed(string a, string b)
    {
        if (a.Length == b.Length && a.Length <= 4)
        {
            var diff = 0;
            for (var i = 0; i < a.Length; i++)
            {
                diff += a[i] != b[i] ? 1 : 0;
            }

            if (diff == 1)
            {
                // One letter replaced: a typo ("Jomg"/"Jong", "Benh"/"Beng") unless it is the first letter
                // ("Jong"/"Song") or one vowel for another ("Ping"/"Peng", "Kang"/"Kong"): those are other syllables.
                var k = 0;
                while (a[k] == b[k])
                {
                    k++;
                }

                return k > 0 && !(IsVowel(a[k]) && IsVowel(b[k]));
            }

            return diff == 2 && IsSwap(a, b);
        }

        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        return !(l.Length == s.Length + 1 && l.EndsWith("ng", StringComparison.Ordinal) && l.StartsWith(s, StringComparison.Ordinal));
    }
}
