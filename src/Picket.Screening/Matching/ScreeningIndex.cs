using System.Collections.Frozen;
using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// In-memory index over every name of every entity, built once per list load. Candidate generation looks up
/// token romanisation keys and their one-letter deletions (a symmetric-deletion scheme, as in SymSpell), so a typo,
/// a romanisation variant or a missing letter still finds the entry without scanning all names.
/// Identifiers (IMO, MMSI, call sign) are exact-lookup maps.
/// </summary>
public sealed class ScreeningIndex
{
    /// <summary>Keys shorter than this are looked up exactly: deleting a letter of "kim" or "un" finds too much.</summary>
    internal const int MinLengthForDeletions = 4;
    const string WeakPrefix = "~";

    /// <summary>
    /// Prefix of one-letter deletions, kept apart from whole keys so that "alia" minus a letter does not find every
    /// name holding the three-letter token "ali" (tokens of three letters or fewer only ever match exactly).
    /// </summary>
    internal const char DeletionPrefix = '\u0001';

    readonly FrozenDictionary<string, int[]> _postings;
    readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    /// <summary>Indexes the entries' names (prepared once) and identifiers; linear in the total size of the names.</summary>
    /// <param name="entities">The list entries, from any number of lists.</param>
    public ScreeningIndex(IEnumerable<SanctionedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        Entities = [.. entities];
        var names = new List<IndexedName>();
        var postings = new Dictionary<string, List<int>>();
        var imo = new Dictionary<string, List<int>>();
        var mmsi = new Dictionary<string, List<int>>();
        var callSign = new Dictionary<string, List<int>>();
        int namesDropped = 0, namesCut = 0, tokensCut = 0, tokensDropped = 0;
        for (var e = 0; e < Entities.Count; e++)
        {
            var entity = Entities[e];
            namesDropped += entity.NamesDropped;
            var seen = new HashSet<string>();
            foreach (var name in entity.Names)
            {
                namesCut += name.Value.Length > NameLimits.Default.MaxNameLength ? 1 : 0;
                foreach (var prepared in PreparedName.PrepareAll(name.Value))
                {
                    if (prepared.IsEmpty || !seen.Add(prepared.Folded))
                    {
                        continue;
                    }

                    tokensCut += (prepared.Cuts & NameCuts.TokenCut) != 0 ? 1 : 0;
                    tokensDropped += (prepared.Cuts & NameCuts.TokensDropped) != 0 ? 1 : 0;

                    var id = names.Count;
                    names.Add(new IndexedName(e, name, prepared));
                    foreach (var key in IndexKeys(prepared))
                    {
                        Add(postings, key, id);
                    }
                }
            }

            foreach (var identifier in entity.Identifiers)
            {
                var map = identifier.Kind switch
                {
                    IdentifierKind.ImoShip or IdentifierKind.ImoCompany => imo,
                    IdentifierKind.Mmsi => mmsi,
                    IdentifierKind.CallSign => callSign,
                    _ => null,
                };
                if (map is not null)
                {
                    Add(map, identifier.Value, e);
                }
            }
        }

        Names = names;
        TokenCounts = [.. names.Select(n => (byte)Math.Min(n.Prepared.Tokens.Length, byte.MaxValue))];
        LimitCounts = new IndexLimitCounts(namesDropped, namesCut, tokensCut, tokensDropped);
        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray());
        _spanLookup = _postings.GetAlternateLookup<ReadOnlySpan<char>>();
        ByImo = imo.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray());
        ByMmsi = mmsi.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray());
        ByCallSign = callSign.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray());
    }

    /// <summary>The entries indexed, in the order given.</summary>
    public IReadOnlyList<SanctionedEntity> Entities { get; }

    /// <summary>Every indexed (entity, name, prepared fold) triple; candidate ids index into it.</summary>
    internal IReadOnlyList<IndexedName> Names { get; }

    /// <summary>Tokens of each indexed name (capped at 255), in one flat array for the candidate cut's tie-break.</summary>
    internal byte[] TokenCounts { get; }

    internal FrozenDictionary<string, int[]> ByImo { get; }

    internal FrozenDictionary<string, int[]> ByMmsi { get; }

    internal FrozenDictionary<string, int[]> ByCallSign { get; }

    /// <summary>Distinct keys (tokens, romanisation keys, deletions) in the name index: a measure of its size.</summary>
    public int PostingKeyCount => _postings.Count;

    /// <summary>How often the indexed lists hit a <see cref="NameLimits"/> bound (all zero for real lists).</summary>
    public IndexLimitCounts LimitCounts { get; }

    /// <summary>Number of (entity, name fold) entries indexed.</summary>
    public int NameCount => Names.Count;

    /// <summary>
    /// Keys a list name is filed under: each strong or numeric token's key, the one-letter deletions of longer
    /// keys, adjacent pairs written together ("jong"+"un" → "jongun", "liban"+"trading"), and weak tokens under a
    /// prefix (used only by queries made of weak tokens alone).
    /// </summary>
    internal static IEnumerable<string> IndexKeys(PreparedName n)
    {
        for (var i = 0; i < n.Tokens.Length; i++)
        {
            var key = n.Keys[i];
            if (i + 1 < n.Tokens.Length && (!n.Classes[i].IsWeak() || !n.Classes[i + 1].IsWeak()))
            {
                yield return key + n.Keys[i + 1];
            }

            if (n.Classes[i].IsWeak())
            {
                yield return WeakPrefix + key;
                if (key.Length >= MinLengthForDeletions)
                {
                    // A misspelt weak word ("SHIPIPNG", "IMPROT", "SHNIPPING") is a strong token to the query; its
                    // deletions meet these, and the whole key in the deletion space meets a query with a letter more.
                    yield return DeletionPrefix + key;
                    for (var d = 0; d < key.Length; d++)
                    {
                        yield return DeletionPrefix + string.Concat(key.AsSpan(0, d), key.AsSpan(d + 1));
                    }
                }

                continue;
            }

            yield return key;
            if (n.Numbers[i] is { } number && number != key)
            {
                yield return number; // "SEA STAR III" is found by "SEA STAR 3"
            }

            if (HasDeletions(n.Classes[i], key))
            {
                // The whole key in the deletion space too, so one query deletion that equals it ("vladiimir" less
                // an i) is found by the same lookup as one that equals a deletion of it.
                yield return DeletionPrefix + key;
                for (var d = 0; d < key.Length; d++)
                {
                    yield return DeletionPrefix + string.Concat(key.AsSpan(0, d), key.AsSpan(d + 1));
                }
            }

            // The spelling as written too: a typo can break a romanisation key apart ("sehipping", "hcouka").
            var text = n.Tokens[i];
            if (!ReferenceEquals(text, key) && HasDeletions(n.Classes[i], text))
            {
                yield return text;
                yield return DeletionPrefix + text;
                for (var d = 0; d < text.Length; d++)
                {
                    yield return DeletionPrefix + string.Concat(text.AsSpan(0, d), text.AsSpan(d + 1));
                }
            }
        }
    }

    /// <summary>Whether a token's one-letter deletions are indexed and looked up.</summary>
    internal static bool HasDeletions(TokenClass cls, string key) =>
        cls == TokenClass.Strong && key.Length >= MinLengthForDeletions;

    /// <summary>Posting list for a key given as characters, without allocating a string.</summary>
    internal ReadOnlySpan<int> Lookup(ReadOnlySpan<char> key) =>
        _spanLookup.TryGetValue(key, out var ids) ? ids : ReadOnlySpan<int>.Empty;

    /// <summary>Posting list of the weak-token key of <paramref name="key"/>.</summary>
    internal ReadOnlySpan<int> LookupWeak(string key) => Lookup(WeakPrefix + key);

    static void Add(Dictionary<string, List<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(id);
    }
}

/// <summary>One name of one entity as the index holds it.</summary>
internal readonly record struct IndexedName(int Entity, EntityName Name, PreparedName Prepared);
