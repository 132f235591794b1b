using System.Globalization;
using System.Text;

namespace Picket.Cli.Analyze;

/// <summary>
/// The hull-level rule a ship name must pass before a fuzzy name score may tie a vessel to a list entry. Ship names
/// are short and shared (hundreds of ships are called SARA, AURA or FORTUNA), so a near-miss on a short name is
/// another ship: names of up to <see cref="ExactUpTo"/> letters must be equal once spaces, punctuation and prefixes
/// such as MV or M/T are dropped; names up to <see cref="OneEditUpTo"/> may differ by one letter; longer names are left
/// to the name matcher's score. Numbers written in both names must be the same numbers: "STAR 8" is not "STAR 18".
/// </summary>
internal static class ShipNameRule
{
    public const int ExactUpTo = 6;
    public const int OneEditUpTo = 9;

    // Type prefixes written before a ship's name in registers and AIS (motor vessel, motor tanker, steamship…).
    private static readonly string[] Prefixes = ["MV", "MT", "MS", "SS", "FV", "MY", "SY", "TS", "RV"];

    /// <summary>True when <paramref name="broadcast"/> may be the same ship's name as <paramref name="listed"/>.</summary>
    public static bool MayBeSameShip(string broadcast, string listed)
    {
        string a = Compact(broadcast), b = Compact(listed);
        if (a.Length == 0 || b.Length == 0) return false;
        if (!SameNumbers(a, b)) return false;
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter <= ExactUpTo) return a == b;
        if (shorter <= OneEditUpTo) return a == b || WithinOneEdit(a, b);
        return true;
    }

    /// <summary>Upper-case letters and digits only, accents dropped, a leading type prefix removed.</summary>
    internal static string Compact(string name)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '/') continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
            else if (sb.Length > 0) { tokens.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        if (tokens.Count > 1 && Array.IndexOf(Prefixes, tokens[0]) >= 0) tokens.RemoveAt(0);
        return string.Concat(tokens);
    }

    private static bool SameNumbers(string a, string b)
    {
        var na = Numbers(a);
        var nb = Numbers(b);
        return na.Count == 0 || nb.Count == 0 || na.SequenceEqual(nb);
    }

    private static List<long> Numbers(string s)
    {
        var list = new List<long>();
        for (int i = 0; i < s.Length;)
        {
            if (!char.IsAsciiDigit(s[i])) { i++; continue; }
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            // Leading zeros do not make another number ("NO 07" is number 7); very long runs are capped, not parsed.
            list.Add(long.TryParse(s.AsSpan(start, Math.Min(i - start, 18)), NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : -1);
        }
        return list;
    }

    /// <summary>One substitution, insertion, deletion or swap of neighbours turns one into the other.</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (i == a.Length) return true;
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        var (longer, shorterName) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorterName.AsSpan(i));
    }
}
