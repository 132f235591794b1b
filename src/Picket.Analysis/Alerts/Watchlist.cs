using Picket.Core.Vessels;
using Picket.Screening.Names;

namespace Picket.Analysis.Alerts;

/// <summary>
/// The vessels a user asked to watch, indexed by MMSI, IMO and folded name. Names are compared after the screening's
/// own folding (<see cref="NameNormalizer"/>: case, diacritics, scripts, "M/V" → "mv") with a leading vessel prefix
/// (MT, MV, MS, SS) dropped, so "M/T Sea Star", "SEA STAR" and "Sea-Star" are one name — while "SEA STAR 2" stays another
/// vessel. Immutable: a reload builds a new list and swaps it in.
/// </summary>
public sealed class Watchlist
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal) { "mt", "mv", "ms", "ss", "m t", "m v" };
    private readonly Dictionary<uint, WatchlistEntry> _byMmsi = [];
    private readonly Dictionary<int, WatchlistEntry> _byImo = [];
    private readonly Dictionary<string, WatchlistEntry> _byName = new(StringComparer.Ordinal);

    /// <summary>A list of <paramref name="entries"/>; when two name the same key the first wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public Watchlist(IEnumerable<WatchlistEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = new List<WatchlistEntry>();
        foreach (var e in entries)
        {
            all.Add(e);
            if (e.Mmsi is { } m)
                _byMmsi.TryAdd(m, e);
            if (e.Imo is { } i)
                _byImo.TryAdd(i, e);
            if (e.Name is { } n && Key(n) is { Length: > 0 } k)
                _byName.TryAdd(k, e);
        }
        Entries = all;
    }

    /// <summary>An empty list.</summary>
    public static Watchlist Empty { get; } = new([]);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<WatchlistEntry> Entries { get; }

    /// <summary>The entry naming this MMSI, IMO or name (checked in that order), or null.</summary>
    public WatchlistEntry? Match(Mmsi mmsi, long? imo, string? name)
    {
        if (_byMmsi.TryGetValue(mmsi.Value, out var e))
            return e;
        if (imo is { } i and > 0 and <= int.MaxValue && _byImo.TryGetValue((int)i, out e))
            return e;
        if (name is not null && _byName.Count > 0 && Key(name) is { Length: > 0 } k && _byName.TryGetValue(k, out e))
            return e;
        return null;
    }

    /// <summary>The folded name with a leading vessel prefix dropped: what names are compared by.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameNormalizer.Fold(name);
        foreach (var p in Prefixes)
            if (folded.Length > p.Length + 1 && folded.StartsWith(p, StringComparison.Ordinal) && folded[p.Length] == ' ')
                return folded[(p.Length + 1)..];
        return folded;
    }
}
