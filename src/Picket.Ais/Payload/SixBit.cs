namespace Picket.Ais.Payload;

/// <summary>The two six-bit alphabets of AIS: payload armouring (IEC 61162-1 §8.2.4) and text (ITU-R M.1371-5 Annex 8 Table 47).</summary>
/// <remarks>
/// Armouring maps a six-bit value to a printable ASCII character so a binary payload travels in an NMEA sentence:
/// values 0–39 are characters '0'–'W' (48–87), values 40–63 are characters '`'–'w' (96–119).
/// The text alphabet is a different table: 0 is '@' (padding), 1–26 'A'–'Z', 27–31 "[\]^_", 32–63 ' '–'?'.
/// libais maps 31 to '-' and 39 to '`'; the standard (and gpsd) give '_' and '\''.
/// </remarks>
public static class SixBit
{
    /// <summary>Marks a byte that is not a valid armouring character.</summary>
    public const byte Invalid = 0xFF;

    private static readonly byte[] DearmorTable = BuildDearmor();

    /// <summary>ITU-R M.1371 six-bit text table, indexed by value.</summary>
    internal const string TextAlphabet = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";

    private static readonly byte[] TextToValue = BuildTextToValue();

    private static byte[] BuildDearmor()
    {
        byte[] table = new byte[256];
        Array.Fill(table, Invalid);
        for (int c = 48; c <= 87; c++) table[c] = (byte)(c - 48);
        for (int c = 96; c <= 119; c++) table[c] = (byte)(c - 56);
        return table;
    }

    private static byte[] BuildTextToValue()
    {
        byte[] table = new byte[128];
        Array.Fill(table, (byte)32); // anything unrepresentable becomes a space
        for (int i = 0; i < TextAlphabet.Length; i++) table[TextAlphabet[i]] = (byte)i;
        for (int c = 'a'; c <= 'z'; c++) table[c] = (byte)(c - 'a' + 1); // lower case folds to upper
        return table;
    }

    /// <summary>The six-bit value of an armouring character, or <see cref="Invalid"/>.</summary>
    public static byte Dearmor(byte c) => DearmorTable[c];

    /// <summary>The armouring character for a six-bit value (0–63).</summary>
    public static byte Armor(int value) => (byte)(value < 40 ? value + 48 : value + 56);

    /// <summary>The text character for a six-bit value (0–63).</summary>
    public static char ToText(int value) => TextAlphabet[value & 0x3F];

    /// <summary>The six-bit value for a text character; characters outside the table become a space.</summary>
    public static int FromText(char c) => c < 128 ? TextToValue[c] : 32;
}
