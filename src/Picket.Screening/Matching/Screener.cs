using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// Screens a query against loaded lists: identifiers first (IMO, MMSI, call sign — exact), then names through
/// the index's candidates and <see cref="NameScorer"/>. Results are ranked, carry a score in [0, 1] and say what
/// matched. Thread-safe: per-thread scratch buffers, the index is read-only.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The ThreadLocal holds managed scratch arrays only and its finalizer frees its slot; a screener lives as long as the loaded lists (SanctionsLists, the server's list set), which threads share and never dispose, so IDisposable here would spread to them for nothing.")]
public sealed class Screener
{
    readonly ThreadLocal<CandidateScratch> _scratch;

    /// <summary>Indexes <paramref name="entities"/> and screens against them.</summary>
    /// <param name="entities">The list entries.</param>
    /// <param name="options">Thresholds and scores; null for <see cref="ScreeningOptions.Default"/>.</param>
    public Screener(IEnumerable<SanctionedEntity> entities, ScreeningOptions? options = null)
        : this(new ScreeningIndex(entities), options)
    {
    }

    /// <summary>Screens against an index built before (one index can serve several screeners).</summary>
    /// <param name="index">The index of the list entries.</param>
    /// <param name="options">Thresholds and scores; null for <see cref="ScreeningOptions.Default"/>.</param>
    public Screener(ScreeningIndex index, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        Index = index;
        Options = options ?? ScreeningOptions.Default;
        Scorer = new NameScorer(Options.Names);
        _scratch = new ThreadLocal<CandidateScratch>(() => new CandidateScratch(index.Names.Count));
    }

    /// <summary>The index screened against.</summary>
    public ScreeningIndex Index { get; }

    /// <summary>(names touched, names fully scored) by candidate generation on the calling thread so far.</summary>
    internal (long Touched, long Scored) CandidateCounts => (_scratch.Value!.Touched, _scratch.Value!.Returned);

    /// <summary>The thresholds and scores in use.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>The name scorer, built from <see cref="ScreeningOptions.Names"/>.</summary>
    public NameScorer Scorer { get; }

    /// <summary>Ranked results at or above the threshold, best first, at most <see cref="ScreeningOptions.Limit"/>.</summary>
    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query) => Screen(query, Options.Threshold, Options.Limit);

    /// <summary>Ranked results at or above <paramref name="threshold"/>, best first, at most <paramref name="limit"/>.</summary>
    /// <param name="query">What to look for: a name, identifiers, a schema.</param>
    /// <param name="threshold">The lowest score reported, in [0, 1].</param>
    /// <param name="limit">The most results reported.</param>
    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, double threshold, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = new Dictionary<int, Hit>();
        var queryImo = MatchIdentifiers(query, hits);
        var names = string.IsNullOrWhiteSpace(query.Name) ? [] : PreparedName.PrepareAll(query.Name);
        foreach (var name in names)
        {
            MatchName(query, name, queryImo, threshold, hits);
        }

        var ranked = hits
            .Where(h => h.Value.Score >= threshold)
            .OrderByDescending(h => h.Value.Score)
            .ThenBy(h => h.Key)
            .Take(limit)
            .Select(h => ToResult(h.Key, h.Value))
            .ToList();
        return ranked;
    }

    string? MatchIdentifiers(ScreeningQuery query, Dictionary<int, Hit> hits)
    {
        string? imo = null;
        if (query.Imo is not null && ImoNumbers.TryNormalize(query.Imo, out var digits))
        {
            imo = digits;
            var validity = ImoNumbers.IsValidShip(digits) ? "ship check digit valid"
                : ImoNumbers.IsValidCompany(digits) ? "company check digit valid"
                : "fails check digit";
            AddIdentifierHits(Index.ByImo, digits, Options.ImoMatchScore, $"IMO {digits} matches exactly ({validity})", query, hits);
        }

        var mmsi = query.Mmsi is null ? "" : string.Concat(query.Mmsi.Where(char.IsAsciiDigit));
        if (mmsi.Length == 9)
        {
            AddIdentifierHits(Index.ByMmsi, mmsi, Options.MmsiMatchScore, $"MMSI {mmsi} matches exactly", query, hits);
        }

        if (!string.IsNullOrWhiteSpace(query.CallSign))
        {
            var cs = string.Concat(query.CallSign.Where(char.IsLetterOrDigit)).ToUpperInvariant();
            AddIdentifierHits(Index.ByCallSign, cs, Options.CallSignMatchScore, $"call sign {cs} matches exactly", query, hits);
        }

        return imo;
    }

    void AddIdentifierHits(System.Collections.Frozen.FrozenDictionary<string, int[]> map, string key, double score, string reason, ScreeningQuery query, Dictionary<int, Hit> hits)
    {
        if (!map.TryGetValue(key, out var entities))
        {
            return;
        }

        foreach (var e in entities)
        {
            if (query.Schema is { } s && !EntitySchemaRules.AreCompatible(s, Index.Entities[e].Schema) && !IdentifiesCompany(s, Index.Entities[e]))
            {
                continue;
            }

            var hit = hits.TryGetValue(e, out var h) ? h : new Hit();
            hit.IdentifierScore = Math.Max(hit.IdentifierScore, score);
            (hit.IdentifierReasons ??= []).Add(reason);
            hits[e] = hit;
        }
    }

    // A vessel query by IMO may land on a company IMO number; different schema, but still worth reporting.
    static bool IdentifiesCompany(EntitySchema query, SanctionedEntity e) =>
        query == EntitySchema.Vessel && e.Identifiers.Any(i => i.Kind == IdentifierKind.ImoCompany);

    void MatchName(ScreeningQuery query, PreparedName name, string? queryImo, double threshold, Dictionary<int, Hit> hits)
    {
        var scratch = _scratch.Value!;
        var candidates = scratch.Collect(Index, name, Options.MaxCandidates, threshold, Options.Names);
        foreach (var id in candidates)
        {
            var indexed = Index.Names[id];
            var entity = Index.Entities[indexed.Entity];
            if (query.Schema is { } s && !EntitySchemaRules.AreCompatible(s, entity.Schema))
            {
                continue;
            }

            var score = Scorer.Score(name, indexed.Prepared);
            var conflict = queryImo is not null && HasOtherShipImo(entity, queryImo);
            if (conflict)
            {
                score *= Options.ImoConflictFactor;
            }

            var hit = hits.TryGetValue(indexed.Entity, out var h) ? h : new Hit();
            if (score > hit.NameScore)
            {
                hit.NameScore = score;
                hit.NameId = id;
                hit.Query = name;
                hit.ImoConflict = conflict;
                hits[indexed.Entity] = hit;
            }
        }
    }

    static bool HasOtherShipImo(SanctionedEntity e, string imo)
    {
        var any = false;
        foreach (var id in e.Identifiers)
        {
            if (id.Kind == IdentifierKind.ImoShip)
            {
                if (id.Value == imo)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    ScreeningResult ToResult(int entityIndex, Hit hit)
    {
        var entity = Index.Entities[entityIndex];
        var matchedName = hit.NameId >= 0 ? Index.Names[hit.NameId].Name.Value : null;
        return new ScreeningResult(entity, hit.Score, matchedName, () => Explain(hit));
    }

    List<string> Explain(Hit hit)
    {
        var reasons = new List<string>();
        if (hit.IdentifierReasons is not null)
        {
            reasons.AddRange(hit.IdentifierReasons);
        }

        if (hit.NameId >= 0 && hit.Query is not null)
        {
            var indexed = Index.Names[hit.NameId];
            var cmp = Scorer.Explain(hit.Query, indexed.Prepared);
            reasons.Add($"name {hit.NameScore:0.000} vs {indexed.Name.Kind.ToString().ToLowerInvariant()} name '{indexed.Name.Value}': {cmp.Explanation}");
            if (hit.ImoConflict)
            {
                reasons.Add($"query IMO differs from the list's IMO (×{Options.ImoConflictFactor:0.##})");
            }
        }

        return reasons;
    }

    sealed class Hit
    {
        public double IdentifierScore;
        public List<string>? IdentifierReasons;
        public double NameScore;
        public int NameId = -1;
        public PreparedName? Query;
        public bool ImoConflict;

        public double Score => Math.Max(IdentifierScore, NameScore);
    }
}
