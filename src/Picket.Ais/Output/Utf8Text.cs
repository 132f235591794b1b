namespace Picket.Ais.Output;

/// <summary>Character classes that human-facing outputs must not pass through unescaped.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text: the bidirectional
    /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), zero-width characters
    /// (U+200B–U+200D, U+2060, U+FEFF) and line/paragraph separators (U+2028/9). A U+202E in a name would otherwise
    /// reverse the digits displayed after it (Unicode TR #9; the "Trojan Source" attack, CVE-2021-42574).
    /// </summary>
    public static bool IsUnsafe(char c) =>
        c is < (char)0x20 or >= '\u007F' and <= '\u009F' or '\u061C' or >= '\u200B' and <= '\u200F'
        or >= '\u2028' and <= '\u202E' or >= '\u2060' and <= '\u2069' or '\uFEFF';

    /// <summary>Encodes one UTF-16 char (a lone surrogate becomes U+FFFD) as UTF-8; returns the bytes written.</summary>
    public static int EncodeChar(char c, Span<byte> d)
    {
        if (c < 0x80) { d[0] = (byte)c; return 1; }
        if (c < 0x800) { d[0] = (byte)(0xC0 | (c >> 6)); d[1] = (byte)(0x80 | (c & 0x3F)); return 2; }
        if (char.IsSurrogate(c)) c = '\uFFFD';
        d[0] = (byte)(0xE0 | (c >> 12)); d[1] = (byte)(0x80 | ((c >> 6) & 0x3F)); d[2] = (byte)(0x80 | (c & 0x3F));
        return 3;
    }
}
