using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>Token-level facts <see cref="NameScorer"/> checks besides pairing: joins, spacing, numbers.</summary>
internal static class NameTokenRules
{
    /// <summary>True when <paramref name="whole"/> is <paramref name="left"/> and <paramref name="right"/> written together.</summary>
    public static bool IsJoin(string whole, string left, string right) =>
        whole.Length == left.Length + right.Length && whole.AsSpan().StartsWith(left) && whole.AsSpan().EndsWith(right);

    /// <summary>Same letters in the same order once spaces are ignored ("JSCARGUMENT" / "JSC ARGUMENT").</summary>
    public static bool SameLettersIgnoringSpaces(PreparedName q, PreparedName c)
    {
        var a = q.Folded.AsSpan();
        var b = c.Folded.AsSpan();
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

    /// <summary>The numeric tokens of both names are the same multiset ("ZU ZAG BONG 6" vs "6 ZU ZAG BONG").</summary>
    public static bool SameNumbers(PreparedName q, PreparedName c)
    {
        return Covers(q, c) && Covers(c, q);

        static bool Covers(PreparedName a, PreparedName b)
        {
            for (var i = 0; i < a.Tokens.Length; i++)
            {
                if (a.Classes[i] == TokenClass.Numeric && Count(a, a.Tokens[i]) != Count(b, a.Tokens[i]))
                {
                    return false;
                }
            }

            return true;
        }

        static int Count(PreparedName n, string token)
        {
            var k = 0;
            for (var i = 0; i < n.Tokens.Length; i++)
            {
                if (n.Classes[i] == TokenClass.Numeric && n.Tokens[i] == token)
                {
                    k++;
                }
            }

            return k;
        }
    }
}
