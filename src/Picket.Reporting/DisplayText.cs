using System.Globalization;

namespace Picket.Reporting;

/// <summary>
/// Text from AIS or a list made safe to show a person. A vessel name is attacker-controlled: C0/C1 controls (ANSI escape
/// sequences recolour or clear a terminal), Unicode format characters (U+202E RIGHT-TO-LEFT OVERRIDE and the other
/// bidi controls of Unicode UAX #9 reverse the MMSI and IMO printed after a name — the "Trojan Source" trick,
/// CVE-2021-42574) and line/paragraph separators are replaced by U+FFFD, so the analyst sees that something was there.
/// Used by the report, KML and every terminal table; machine outputs (JSON Lines, GeoJSON, the store) keep the bytes.
/// </summary>
public static class DisplayText
{
    /// <summary>U+FFFD REPLACEMENT CHARACTER, the Unicode Standard's mark for a character that could not be shown as itself.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> with every unsafe character as U+FFFD; the same instance when nothing needs replacing.</summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        int first = IndexOfUnsafe(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (span, s) =>
        {
            s.text.AsSpan().CopyTo(span);
            for (int i = s.first; i < span.Length; i++)
            {
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
                if (IsUnsafe(span[i])) span[i] = Replacement;
            }
        });
    }

    /// <summary>True for a character that must not reach a person's screen as itself.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        // XML 1.0 §2.2 excludes U+FFFE/U+FFFF; an unpaired surrogate cannot be encoded as UTF-8 at all.
        || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static int IndexOfUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsUnsafe(c)) return i;
        }
        return -1;
    }
}
