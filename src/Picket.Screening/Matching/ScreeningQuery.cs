using Picket.Screening.Model;

namespace Picket.Screening.Matching;

/// <summary>
/// What to screen: a name and/or identifiers. <see cref="Schema"/> narrows the candidates (a Vessel query never
/// returns a person); null means any schema.
/// </summary>
/// <param name="Name">A name in any script; null or blank to screen by identifiers only.</param>
/// <param name="Schema">What is looked for; null for any schema.</param>
/// <param name="Imo">An IMO number, with or without the "IMO" prefix; a valid one matches exactly.</param>
/// <param name="Mmsi">A nine-digit MMSI (ITU-R M.585); matches exactly.</param>
/// <param name="CallSign">A call sign; matches exactly, letters and digits only, case ignored.</param>
public sealed record ScreeningQuery(
    string? Name = null,
    EntitySchema? Schema = null,
    string? Imo = null,
    string? Mmsi = null,
    string? CallSign = null);

/// <summary>Thresholds and limits of <see cref="Screener"/>.</summary>
public sealed record ScreeningOptions
{
    /// <summary>Results below this score are dropped (yente's default match threshold, 0.70).</summary>
    public double Threshold { get; init; } = 0.70;

    /// <summary>At most this many results per query.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Name entries fully scored per query, chosen by how many query tokens they share.</summary>
    public int MaxCandidates { get; init; } = 64;

    /// <summary>Score of an exact IMO number match (logic-v2 vessel_imo_mmsi_match weights 0.95; an IMO is the hull, so we give 1).</summary>
    public double ImoMatchScore { get; init; } = 1.0;

    /// <summary>MMSI numbers get reassigned on reflagging, so an MMSI alone is slightly weaker than an IMO.</summary>
    public double MmsiMatchScore { get; init; } = 0.95;

    /// <summary>Call signs are reused more often still.</summary>
    public double CallSignMatchScore { get; init; } = 0.9;

    /// <summary>Multiplier on a name match when the query's IMO differs from every IMO the list gives for the vessel.</summary>
    public double ImoConflictFactor { get; init; } = 0.7;

    /// <summary>The name scorer's weights and cut-offs.</summary>
    public NameScorerOptions Names { get; init; } = NameScorerOptions.Default;

    /// <summary>The options with every property at its documented default.</summary>
    public static ScreeningOptions Default { get; } = new();
}

/// <summary>
/// One hit: the list entity, a score in [0, 1], the name that matched (if any) and why. The explanation is
/// written when first read, so screening many names does not pay for text nobody looks at.
/// </summary>
public sealed class ScreeningResult
{
    readonly Lazy<IReadOnlyList<string>> _explanation;

    internal ScreeningResult(SanctionedEntity entity, double score, string? matchedName, Func<IReadOnlyList<string>> explain)
    {
        Entity = entity;
        Score = score;
        MatchedName = matchedName;
        _explanation = new Lazy<IReadOnlyList<string>>(explain);
    }

    /// <summary>The list entry that matched.</summary>
    public SanctionedEntity Entity { get; }

    /// <summary>How surely, in [0, 1]: an exact IMO match scores highest, a name match by similarity.</summary>
    public double Score { get; }

    /// <summary>The list name that matched the query name; null for an identifier-only match.</summary>
    public string? MatchedName { get; }

    /// <summary>What matched: identifiers, token pairs, penalties.</summary>
    public IReadOnlyList<string> Explanation => _explanation.Value;

    /// <summary>Score, entry and explanation in one line, for logs and test messages.</summary>
    public override string ToString() => $"{Score:0.000} {Entity.Id} {Entity.Caption} [{string.Join("; ", Explanation)}]";
}
