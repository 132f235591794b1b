using System.Text;
using Picket.Core.Ports;

namespace Picket.Core.Voyages;

/// <summary>
/// Ties the free text of an AIS destination field (ITU-R M.1371-5 message 5: 20 six-bit characters typed by the crew)
/// to a port of a <see cref="PortTable"/>. Crews write the same port many ways — "NAKHODKA", "RU NHK", "NAKHODKA RUSSIA",
/// "KHOLMSK/RUS", "RUNJK", "NAKHODAK" — so the text is tried, in order, as a UN/LOCODE (UNECE Recommendation 16: two
/// letters of country, three of place; the form IMO's FAL guidance asks for), as a name or known spelling, as an
/// abbreviation in its country, and as a name with one or two keying errors. A country word narrows the search. Text
/// that names no port ("FOR ORDERS") or matches none is reported unresolved, never guessed.
/// </summary>
public sealed class DestinationResolver
{
    private const int CacheLimit = 10_000;

    /// <summary>
    /// Longest text read as a destination. AIS carries 20 characters (ITU-R M.1371-5 message 5); a CSV export's free
    /// text may be as long as its row, and a hostile one made each look-up cost seconds and each cache entry a row's size.
    /// </summary>
    public const int MaxTextLength = 256;

    private readonly PortTable _ports;
    private readonly Dictionary<string, Port> _byLocode = new(StringComparer.Ordinal);
    private readonly List<(string Key, Port Port)> _names = [];
    private readonly Dictionary<string, PortDestination> _cache = new(StringComparer.Ordinal);

    /// <summary>A resolver over <paramref name="ports"/> (the built-in table when null).</summary>
    public DestinationResolver(PortTable? ports = null)
    {
        _ports = ports ?? PortTable.Default;
        foreach (var p in _ports.Ports)
        {
            if (p.Locode is { Length: 5 } code) _byLocode.TryAdd(code, p);
            AddName(Letters(p.Name), p);
            // "Tangshan (Jingtang)": the part before the bracket is a name in its own right.
            if (p.Name.IndexOf('(') is > 0 and var bracket) AddName(Letters(p.Name[..bracket]), p);
            if (DestinationAliases.ByPort.TryGetValue(p.Name, out var aliases))
                foreach (var a in aliases) AddName(Letters(a), p);
        }
    }

    /// <summary>A shared resolver over the built-in port table; thread-safe.</summary>
    public static DestinationResolver Default { get; } = new();

    /// <summary>The port <paramref name="text"/> names and how it was matched; unresolved (<see cref="DestinationMatchKind.None"/>) for blank text, text longer than <see cref="MaxTextLength"/>, or no match. Results are cached; the cache is emptied when it reaches 10,000 texts, so memory stays bounded.</summary>
    public PortDestination Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) return new(text ?? "", null, DestinationMatchKind.None);
        lock (_cache)
            if (_cache.TryGetValue(text, out var cached)) return cached;
        var result = ResolveUncached(text);
        lock (_cache)
        {
            if (_cache.Count >= CacheLimit) _cache.Clear();
            _cache[text] = result;
        }
        return result;
    }

    private PortDestination ResolveUncached(string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        // "NAKHODKA>BUSAN" / "NAKHODKA - BUSAN": the last leg is where the ship is bound.
        var arrow = upper.LastIndexOf('>');
        if (arrow >= 0 && arrow < upper.Length - 1) upper = upper[(arrow + 1)..];
        var words = Words(upper);
        if (words.Count == 0 || DestinationAliases.NoPort.Contains(string.Join(' ', words))) return new(text, null, DestinationMatchKind.None);

        if (Locode(words) is { } byCode) return new(text, byCode, DestinationMatchKind.Locode);
        var country = words.Select(CountryOf).FirstOrDefault(c => c != null);
        var meaningful = words.Where(w => !DestinationAliases.Noise.Contains(w)).ToList();
        if (meaningful.Count == 0) return new(text, null, DestinationMatchKind.None);
        var candidates = Candidates(meaningful);
        foreach (var c in candidates)
            if (Exact(c, country) is { } named) return new(text, named, DestinationMatchKind.Name);
        // "RU NHK": a short code in a named country.
        foreach (var w in meaningful)
            if (w.Length is >= 2 and <= 4 && Abbreviation(w, country) is { } shortened) return new(text, shortened, DestinationMatchKind.Abbreviation);
        foreach (var c in candidates)
            if (Fuzzy(c, country) is { } near) return new(text, near, DestinationMatchKind.Fuzzy);
        return new(text, null, DestinationMatchKind.None);
    }

    private void AddName(string key, Port p)
    {
        if (key.Length >= 3 && !_names.Exists(n => n.Key == key && n.Port == p)) _names.Add((key, p));
    }

    private Port? Locode(List<string> words)
    {
        foreach (var w in words)
            if (w.Length == 5 && _byLocode.TryGetValue(w, out var p)) return p;
        for (int i = 0; i + 1 < words.Count; i++)
            if (words[i].Length == 2 && words[i + 1].Length == 3 && _byLocode.TryGetValue(words[i] + words[i + 1], out var p)) return p;
        return null;
    }

    private Port? Exact(string key, string? country)
    {
        Port? found = null;
        foreach (var (name, port) in _names)
        {
            if (name != key) continue;
            if (country == null || port.Country == country) return port;
            found ??= port;
        }
        return found;
    }

    /// <summary>Letters in order, first letter first, and only one port of the country (or of the table) fits.</summary>
    private Port? Abbreviation(string word, string? country)
    {
        Port? only = null;
        foreach (var p in _ports.Ports)
        {
            if (country != null && p.Country != country) continue;
            var name = Letters(p.Name);
            if (name.Length == 0 || name[0] != word[0] || !InOrder(word, name)) continue;
            if (only != null && only != p) return null; // ambiguous: say nothing
            only = p;
        }
        // Without a country, two letters are too few to be sure of anything.
        return country == null && word.Length < 3 ? null : only;
    }

    private Port? Fuzzy(string key, string? country)
    {
        if (key.Length < 5) return null;
        int allowed = key.Length >= 8 ? 2 : 1;
        Port? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (var (name, port) in _names)
        {
            if (country != null && port.Country != country) continue;
            if (Math.Abs(name.Length - key.Length) > allowed) continue;
            int d = EditDistance.Osa(key, name);
            if (d > allowed) continue;
            if (d < bestDistance) { best = port; bestDistance = d; tie = false; }
            else if (d == bestDistance && port != best) tie = true;
        }
        return tie ? null : best;
    }

    private static List<string> Candidates(List<string> words)
    {
        var list = new List<string>();
        if (words.Count > 1) list.Add(string.Concat(words));
        for (int i = 0; i + 1 < words.Count; i++) list.Add(words[i] + words[i + 1]);
        list.AddRange(words);
        return list;
    }

    private static bool InOrder(string letters, string name)
    {
        int j = 0;
        foreach (var c in name)
            if (j < letters.Length && c == letters[j]) j++;
        return j == letters.Length;
    }

    private static string? CountryOf(string word) => word switch
    {
        "RU" or "RUS" or "RUSSIA" or "RF" => "RU",
        "KR" or "KOR" or "ROK" => "KR",
        "KP" or "DPRK" or "PRK" => "KP",
        "CN" or "CHN" or "CHINA" or "PRC" => "CN",
        "JP" or "JPN" or "JAPAN" => "JP",
        "VN" or "VNM" or "VIETNAM" => "VN",
        "TW" or "TWN" or "TAIWAN" => "TW",
        _ => null,
    };

    private static List<string> Words(string upper)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in upper)
        {
            if (c is >= 'A' and <= 'Z' || c is >= '0' and <= '9') sb.Append(c);
            else if (c == '\'') continue; // NAMP'O
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    private static string Letters(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToUpperInvariant())
            if (c is >= 'A' and <= 'Z') sb.Append(c);
        return sb.ToString();
    }
}
