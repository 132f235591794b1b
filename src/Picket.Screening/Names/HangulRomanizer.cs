namespace Picket.Screening.Names;

/// <summary>
/// Romanises precomposed Hangul syllables (U+AC00–U+D7A3) one syllable at a time, in the style North Korean
/// names reach the sanctions lists: McCune–Reischauer consonants (k/t/p initials, ch, aspirates kh/th/ph) with
/// DPRK's j for ㅈ, breves dropped (ŏ → o, ŭ → u). Each syllable becomes its own token, as in "Kim Jong Un".
/// Other romanisations (Revised: g/d/b/j, eo/eu) are bridged by <see cref="RomanisationKey"/>, not here.
/// </summary>
/// <remarks>
/// Syllable arithmetic from The Unicode Standard §3.12 (Conjoining Jamo Behavior): index = (L × 21 + V) × 28 + T.
/// Consonant and vowel values from the DPRK 2002 system as summarised in Wikipedia "Romanization of Korean (North)".
/// </remarks>
public static class HangulRomanizer
{
    const int SBase = 0xAC00;
    const int SCount = 11172;
    const int VCount = 21;
    const int TCount = 28;

    static readonly string[] Initials =
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"];

    static readonly string[] Vowels =
        ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];

    // Final consonants are written as they sound at the end of a syllable (neutralised).
    static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>True for a precomposed Hangul syllable (U+AC00–U+D7A3, the Unicode Standard's Hangul Syllables block).</summary>
    /// <param name="codePoint">A Unicode scalar value.</param>
    public static bool IsSyllable(int codePoint) => codePoint is >= SBase and < SBase + SCount;

    /// <summary>Lower-case romanisation of one syllable, e.g. 김 → "kim", 정 → "jong", 은 → "un".</summary>
    public static string Romanize(int syllable)
    {
        if (!IsSyllable(syllable))
        {
            throw new ArgumentOutOfRangeException(nameof(syllable), "not a precomposed Hangul syllable");
        }

        var s = syllable - SBase;
        var l = s / (VCount * TCount);
        var v = s % (VCount * TCount) / TCount;
        var t = s % TCount;
        return string.Concat(Initials[l], Vowels[v], Finals[t]);
    }
}
