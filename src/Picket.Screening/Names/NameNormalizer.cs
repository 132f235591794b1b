using System.Buffers;
using System.Globalization;
using System.Text;
using AnyAscii;

namespace Picket.Screening.Names;

/// <summary>
/// Folds a name to lower-case ASCII tokens separated by single spaces: Unicode compatibility forms and
/// diacritics folded (AnyAscii tables: "Jŏng-ŭn" → "jong un", "Müller" → "muller", "Ø" → "o"),
/// Cyrillic transliterated ("Владимир Путин" → "vladimir putin"), Hangul romanised by syllable
/// ("김정은" → "kim jong un"), Han read as Korean or Mandarin, Chinese legal forms rewritten
/// ("有限公司" → "ltd"). Hyphens, commas and spaces separate tokens; apostrophes, dots and slashes join
/// ("M/V" → "mv", "Ch'ŏl" → "chol", "CO.,LTD." → "co ltd").
/// </summary>
public static class NameNormalizer
{
    /// <summary>Folds <paramref name="name"/>; Han characters read as Korean first.</summary>
    public static string Fold(string name) => Fold(name, HanReading.Korean);

    /// <summary>Folds <paramref name="name"/> to lower-case ASCII tokens separated by single spaces.</summary>
    /// <param name="name">The name as written, any script; longer than <see cref="NameLimits.MaxNameLength"/> is cut.</param>
    /// <param name="hanReading">How to read Han characters: as Korean (Sino-Korean readings) or as Mandarin pinyin.</param>
    public static string Fold(string name, HanReading hanReading)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = Bounded(name);
        if (IsSimpleAscii(name))
        {
            return JoinDottedForms(FoldAscii(name));
        }

        var text = RewriteChineseLegalForms(name);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            AppendRune(sb, rune, hanReading);
        }

        return JoinDottedForms(FoldAscii(sb.ToString()));
    }

    /// <summary>
    /// Rejoins letters the fold split at dots when together they are a legal form or vessel prefix: "S.A." → "sa",
    /// "M.T." → "mt", while initials stay apart ("V.V. PUTIN" → "v v putin").
    /// </summary>
    static string JoinDottedForms(string folded)
    {
        if (folded.Length < 3 || !HasLoneLetterPair(folded))
        {
            return folded;
        }

        var tokens = folded.Split(' ');
        var result = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var j = i;
            while (j < tokens.Length && tokens[j].Length == 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                var joined = string.Concat(tokens[i..j]);
                if (WeakTokens.IsForm(joined) || WeakTokens.IsLegalForm(joined))
                {
                    result.Add(joined);
                    i = j - 1;
                    continue;
                }
            }

            result.Add(tokens[i]);
        }

        return string.Join(' ', result);
    }

    static bool HasLoneLetterPair(string s)
    {
        for (var i = 0; i + 2 < s.Length; i++)
        {
            if (s[i + 1] == ' ' && (i == 0 || s[i - 1] == ' ') && (i + 3 == s.Length || s[i + 3] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The folds worth comparing: one for most names, two (Korean and Mandarin readings) when the name holds Han
    /// characters, since a list may spell such a name either way.
    /// </summary>
    public static IReadOnlyList<string> FoldVariants(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = Bounded(name);
        var korean = Fold(name, HanReading.Korean);
        if (!ContainsHan(name))
        {
            return [korean];
        }

        var mandarin = Fold(name, HanReading.Mandarin);
        return mandarin == korean ? [korean] : [korean, mandarin];
    }

    /// <summary>
    /// The first <see cref="NameLimits.MaxNameLength"/> characters of <paramref name="name"/> (never splitting a
    /// surrogate pair): everything after folding is then bounded by the input size.
    /// </summary>
    internal static string Bounded(string name)
    {
        var max = NameLimits.Default.MaxNameLength;
        if (name.Length <= max)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[max - 1]) ? max - 1 : max;
        return name[..cut];
    }

    /// <summary>True when <paramref name="s"/> holds a CJK unified ideograph, so it has two fold variants.</summary>
    /// <param name="s">The text to look at.</param>
    public static bool ContainsHan(string s)
    {
        foreach (var r in s.EnumerateRunes())
        {
            if (IsHan(r.Value))
            {
                return true;
            }
        }

        return false;
    }

    static void AppendRune(StringBuilder sb, Rune rune, HanReading hanReading)
    {
        var cp = rune.Value;
        if (cp < 0x80)
        {
            sb.Append((char)cp);
            return;
        }

        if (HangulRomanizer.IsSyllable(cp))
        {
            sb.Append(' ').Append(HangulRomanizer.Romanize(cp)).Append(' ');
            return;
        }

        if (IsHan(cp))
        {
            sb.Append(' ');
            if (hanReading == HanReading.Korean && cp <= char.MaxValue && HanjaReadings.TryGetReading((char)cp, out var hangul))
            {
                sb.Append(HangulRomanizer.Romanize(hangul));
            }
            else
            {
                sb.Append(rune.ToString().Transliterate());
            }

            sb.Append(' ');
            return;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return;
        }

        if (cp is 0x00B0 or 0x00BA)
        {
            sb.Append('o'); // "N°1", "Nº1": the degree and ordinal signs stand for the o of "No."
            return;
        }

        if (IsApostropheLike(cp))
        {
            sb.Append('\'');
            return;
        }

        if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation)
        {
            sb.Append(' ');
            return;
        }

        sb.Append(rune.ToString().Transliterate());
    }

    /// <summary>Lower-cases and tokenises text that is already ASCII.</summary>
    static string FoldAscii(string s)
    {
        var rented = s.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(s.Length);
        Span<char> buf = rented ?? stackalloc char[256];
        var n = 0;
        var tokenLength = 0;
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && n > 0)
                {
                    buf[n++] = ' ';
                    tokenLength = 0;
                }

                pendingSpace = false;
                buf[n++] = char.ToLowerInvariant(c);
                tokenLength++;
            }
            else if (c == '.' && tokenLength == 1 && char.IsAsciiLetter(buf[n - 1]))
            {
                // A dot after a single letter ends an initial: "V.V. PUTIN" → "v v putin", "S.A." → "s a"
                // (rejoined as a legal form later), while "CO.,LTD." and "ST.VITAMIN" keep their words.
                pendingSpace = true;
            }
            else if (c is '\'' or '.' or '/' or '`' || c >= 0x80)
            {
                // joiners: "M/V" → "mv", "O'Neil" → "oneil"; non-ASCII left over is dropped
            }
            else
            {
                pendingSpace = true;
            }
        }

        var result = new string(buf[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    static bool IsSimpleAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    static string RewriteChineseLegalForms(string s) =>
        s.Contains('公') || s.Contains('株')
            ? s.Replace("股份有限公司", " ltd ").Replace("有限责任公司", " llc ").Replace("有限公司", " ltd ")
                .Replace("株式会社", " kk ").Replace("株式會社", " kk ").Replace("公司", " co ")
            : s;

    // U+2018/2019/02BC/02BB and the like are used for MR's aspiration mark (Ch'ŏl) and for UN's "MY’ONG".
    static bool IsApostropheLike(int cp) => cp is 0x2018 or 0x2019 or 0x02BC or 0x02BB or 0x02B9 or 0x2032 or 0x00B4;

    // CJK Unified Ideographs, Extension A, Compatibility Ideographs, Extensions B+ (Unicode blocks).
    internal static bool IsHan(int cp) =>
        cp is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F;
}
