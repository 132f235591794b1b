using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Picket.Core.Vessels;

namespace Picket.Analysis;

/// <summary>
/// Turns a flag as a sanctions list writes it ("Russia", "Korea, North", "St. Kitts &amp; Nevis") into the ISO 3166-1
/// code the MMSI's MID gives (ITU-R M.585 / the ITU MID table), so a list flag can be compared with a broadcast one.
/// Names are matched after folding case, accents and punctuation; the variants lists use beside the ITU short names
/// are spelled out below. An unknown name resolves to nothing and so corroborates nothing.
/// </summary>
internal static class ListFlagCountry
{
    // Variant spellings seen in OFAC, UN, EU and UK vessel records that differ from the ITU MID table's short names.
    private static readonly (string Name, string Code)[] Variants =
    [
        ("russia", "RU"), ("korea north", "KP"), ("north korea", "KP"), ("dprk", "KP"),
        ("democratic peoples republic of korea", "KP"), ("korea democratic peoples republic of", "KP"),
        ("korea south", "KR"), ("south korea", "KR"), ("korea republic of", "KR"), ("iran islamic republic of", "IR"),
        ("tanzania united republic of", "TZ"), ("viet nam", "VN"), ("vietnam", "VN"), ("syria", "SY"),
        ("syrian arab republic", "SY"), ("moldova republic of", "MD"), ("saint kitts and nevis", "KN"),
        ("st kitts and nevis", "KN"), ("st vincent and the grenadines", "VC"), ("saint vincent and grenadines", "VC"),
        ("united states of america", "US"), ("usa", "US"), ("uk", "GB"), ("great britain", "GB"),
        ("cote divoire", "CI"), ("ivory coast", "CI"), ("laos", "LA"), ("lao peoples democratic republic", "LA"),
        ("micronesia", "FM"), ("bolivia plurinational state of", "BO"), ("venezuela bolivarian republic of", "VE"),
        ("hong kong sar", "HK"), ("macau", "MO"), ("turkiye", "TR"), ("cook islands", "CK"), ("niue", "NU"),
    ];

    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The ISO code for a list's flag text, or null when the name is not known.</summary>
    public static string? Code(string listFlag) => ByName.GetValueOrDefault(Fold(listFlag));

    /// <summary>True when the list's flag text names the flag state of <paramref name="flag"/>.</summary>
    public static bool Names(string listFlag, FlagState flag) => Code(listFlag) == flag.Code;

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, flag) in MidTable.All())
        {
            map.TryAdd(Fold(flag.Name), flag.Code);
            // "Portugal (Madeira)" is also plain "Portugal"; "Curaçao, Sint Maarten, …" is not split (no list uses it whole).
            int paren = flag.Name.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0) map.TryAdd(Fold(flag.Name[..paren]), flag.Code);
        }
        foreach (var (name, code) in Variants) map[name] = code;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Lower-case ASCII letters and single spaces; "&amp;" reads "and", "St." reads "saint" only where spelled so above.</summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in ShipNameRule.Decomposed(text.Replace("&", " and ", StringComparison.Ordinal)))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            if (char.IsAsciiLetter(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }
}
