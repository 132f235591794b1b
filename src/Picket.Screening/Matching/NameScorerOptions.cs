namespace Picket.Screening.Matching;

/// <summary>Tuning of <see cref="NameScorer"/>. Defaults follow nomenklatura logic-v2 where it publishes a number.</summary>
public sealed record NameScorerOptions
{
    /// <summary>Score for two tokens whose romanisation keys agree ("Chong" vs "Jeong").</summary>
    public double RomanisationVariantScore { get; init; } = 0.95;

    /// <summary>Below this Jaro–Winkler two tokens count as different, not as a weak match.</summary>
    public double MinTokenSimilarity { get; init; } = 0.8;

    /// <summary>Weight of a legal form, vessel prefix or function word relative to a strong token.</summary>
    public double WeakTokenWeight { get; init; } = 0.3;

    /// <summary>
    /// Weight of a legal form or vessel prefix left unpaired, relative to a strong token: "GARDENIA CO LTD" is still
    /// "GARDENIA", so a missing legal form costs much less than a missing name part. Generic words ("SHIPPING",
    /// "MANAGEMENT") left unpaired keep <see cref="WeakTokenWeight"/>: "OCEAN SHIPPING" is not "OCEAN MANAGEMENT".
    /// </summary>
    public double UnpairedFormTokenWeight { get; init; } = 0.1;

    /// <summary>Weight of a query token that found no partner (logic-v2 nm_extra_query_name 0.8).</summary>
    public double ExtraQueryTokenWeight { get; init; } = 0.8;

    /// <summary>
    /// Weight of a list-name token that found no partner. logic-v2 uses 0.2 (nm_extra_result_name); we use 0.5 so a
    /// bare surname ("KIM") does not reach the threshold against every "KIM, …" on the lists.
    /// </summary>
    public double ExtraResultTokenWeight { get; init; } = 0.5;

    /// <summary>Multiplier when both names carry numbers and they differ (logic-v2 nm_number_mismatch 0.3 → ×0.7).</summary>
    public double NumberMismatchFactor { get; init; } = 0.7;

    /// <summary>Multiplier when only weak tokens (LTD, SHIPPING, MV…) agree.</summary>
    public double WeakOnlyFactor { get; init; } = 0.5;

    /// <summary>Score when the names are the same letters spaced differently ("JSCARGUMENT" vs "JSC ARGUMENT").</summary>
    public double SpacingVariantScore { get; init; } = 0.95;

    public static NameScorerOptions Default { get; } = new();
}
