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

    /// <summary>
    /// Weight of a number found in one name only: "MI RIM" and "MI RIM 2", "KUM UN SAN" and "KUM UN SAN 3" are
    /// different listed ships, so a hull number counts more than a name word.
    /// </summary>
    public double UnpairedNumberWeight { get; init; } = 2.0;

    /// <summary>Weight of two equal numbers paired: a number in common is weaker evidence than a name word in common.</summary>
    public double PairedNumberWeight { get; init; } = 0.5;

    /// <summary>Score of an initial paired with a name part it begins ("J." with "John").</summary>
    public double InitialScore { get; init; } = 0.9;

    /// <summary>
    /// Score when one name is the other cut at AIS's 20 characters (ITU-R M.1371-5 message 5 carries 20 six-bit
    /// characters; longer names arrive cut, "KOREA SAMILPO SHIPPI").
    /// </summary>
    public double TruncationScore { get; init; } = 0.9;

    /// <summary>Shortest folded name taken as a possible AIS cut: shorter names are too short to tell a cut from a different name.</summary>
    public int TruncationMinLength { get; init; } = 15;

    /// <summary>Multiplier when both names carry legal forms that cannot be the same company ("GmbH" vs "AG").</summary>
    public double FormConflictFactor { get; init; } = 0.6;

    /// <summary>Multiplier when both names carry a country or city qualifier and no qualifier agrees ("(Sweden) AB" vs "(Finland) AB").</summary>
    public double PlaceConflictFactor { get; init; } = 0.6;

    /// <summary>Highest score of two names written in Hangul or Han whose characters differ (one syllable is another person).</summary>
    public double ScriptConflictCap { get; init; } = 0.5;

    /// <summary>
    /// Single-word names shorter than this compare exactly or by romanisation key only: SARA is not SARAK, SANNA not
    /// SANA. A ship name is not an identity, and one edit in a short lone word is another word.
    /// </summary>
    public int ShortNameExactLength { get; init; } = 8;

    /// <summary>The options with every property at its documented default.</summary>
    public static NameScorerOptions Default { get; } = new();
}
