namespace Picket.Screening.Companies;

/// <summary>
/// Bounds on a registry CSV, which comes from the user and is untrusted: a bound reached is counted and reported,
/// never thrown. A real fleet registry (IHS/S&amp;P Sea-web exports, GISIS company records) has tens of thousands of
/// rows and names of a few dozen characters.
/// </summary>
public sealed record RegistryLimits
{
    /// <summary>The bounds applied unless told otherwise.</summary>
    public static RegistryLimits Default { get; } = new();

    /// <summary>Rows read; the rest of a longer file is skipped and counted.</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>Longest company name kept; a longer field is a bad row (the longest company name on the OFAC list is under 200).</summary>
    public int MaxNameLength { get; init; } = 300;

    /// <summary>Longest row, in characters; a longer one is a bad row.</summary>
    public int MaxRowCharacters { get; init; } = 8 * 1024;

    /// <summary>Bad-row messages kept word for word; beyond this they are only counted by reason.</summary>
    public int MaxMessages { get; init; } = 50;
}
