using System.Globalization;
using System.Text;

namespace Picket.Analysis;

/// <summary>
/// The hull-level rule a ship name must pass before a fuzzy name score may tie a vessel to a list entry. Ship names
/// are short and shared (hundreds of ships are called SARA, AURA or FORTUNA), so a near-miss on a short name is
/// another ship: names of up to <see cref="ExactUpTo"/> letters must be equal once spaces, punctuation and prefixes
/// such as MV or M/T are dropped; names up to <see cref="OneGapUpTo"/> may differ by one letter left out (CHON/CHEON,
/// a romanisation), never by one letter changed (FORTUNA/FORTUNE, MARIANNA/MARIANNE are other names); longer names
/// are left to the name matcher's score. Numbers in both names, in digits or Roman numerals, must be the same numbers:
/// "STAR 8" is not "STAR 18", "BICENTENARIO XII" is not "BICENTENARIO XIII", but "SAN II" is "SAN 2".
/// </summary>
internal static class ShipNameRule
{
    public const int ExactUpTo = 7;
    public const int OneGapUpTo = 10;

    // Type prefixes written before a ship's name in registers and AIS (motor vessel, motor tanker, steamship…).
    private static readonly string[] Prefixes = ["MV", "MT", "MS", "SS", "FV", "MY", "SY", "TS", "RV"];

    private static readonly string[] RomanNumerals =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>True when <paramref name="broadcast"/> may be the same ship's name as <paramref name="listed"/>.</summary>
    public static bool MayBeSameShip(string broadcast, string listed)
    {
        var ta = Tokens(broadcast);
        var tb = Tokens(listed);
        string a = string.Concat(ta), b = string.Concat(tb);
        if (a.Length == 0 || b.Length == 0) return false;
        var na = Numbers(ta);
        var nb = Numbers(tb);
        if (na.Count > 0 && nb.Count > 0 && !na.SequenceEqual(nb)) return false;
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter <= ExactUpTo) return a == b;
        if (shorter <= OneGapUpTo) return a == b || OneLetterLeftOut(a, b);
        return true;
    }

    /// <summary>Upper-case letters and digits only, accents dropped, a leading type prefix removed.</summary>
    internal static string Compact(string name) => string.Concat(Tokens(name));

    private static List<string> Tokens(string name)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in Decomposed(name))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
            else if (c != '/' && sb.Length > 0) { tokens.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        if (tokens.Count > 1 && Array.IndexOf(Prefixes, tokens[0]) >= 0) tokens.RemoveAt(0);
        return tokens;
    }

    /// <summary>The numbers a name carries: digit runs, and Roman numerals standing as a word after the first.</summary>
    private static List<long> Numbers(List<string> tokens)
    {
        var list = new List<long>();
        for (int t = 0; t < tokens.Count; t++)
        {
            string s = tokens[t];
            int roman = Array.IndexOf(RomanNumerals, s);
            if (t > 0 && roman >= 0) { list.Add(roman + 1); continue; }
            for (int i = 0; i < s.Length;)
            {
                if (!char.IsAsciiDigit(s[i])) { i++; continue; }
                int start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                // Leading zeros do not make another number ("NO 07" is number 7); very long runs are capped, not parsed.
                list.Add(long.TryParse(s.AsSpan(start, Math.Min(i - start, 18)), NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : -1);
            }
        }
        return list;
    }

    /// <summary>The longer is the shorter with one letter put in (CHONMASAN / CHEONMASAN).</summary>
    private static bool OneLetterLeftOut(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) != 1) return false;
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        int i = 0;
        while (i < shorter.Length && longer[i] == shorter[i]) i++;
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    /// <summary>Canonical decomposition (accents as separate marks); text with a lone surrogate is taken as it is.</summary>
    internal static string Decomposed(string text)
    {
        try { return text.Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return text; }
    }
}
