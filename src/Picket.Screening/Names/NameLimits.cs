namespace Picket.Screening.Names;

/// <summary>
/// Bounds on what one name or one list entry may cost. List files come from mirrors and queries from users, so a
/// single 256 KB "word" or an entry with 200,000 aliases must not take gigabytes or minutes (OWASP "Denial of
/// Service" cheat sheet: bound every input by size and count). Real names stay far inside these limits: the longest
/// name on the UN and OFAC lists has 324 characters, the longest token 26 letters, the most names on one entry 96.
/// Hitting a limit cuts the input, is counted (<see cref="Matching.IndexLimitCounts"/>,
/// <see cref="Model.SanctionedEntity.NamesDropped"/>) and never throws.
/// </summary>
public sealed record NameLimits
{
    /// <summary>Characters of one raw name that are read; the rest is ignored.</summary>
    public int MaxNameLength { get; init; } = 1024;

    /// <summary>Letters of one token that are kept; a longer token is cut to this length.</summary>
    public int MaxTokenLength { get; init; } = 64;

    /// <summary>Tokens of one name that are kept; later tokens are dropped.</summary>
    public int MaxTokensPerName { get; init; } = 32;

    /// <summary>Names (primary, aliases, former names) kept per list entry; later ones are dropped.</summary>
    public int MaxNamesPerEntity { get; init; } = 1000;

    /// <summary>The limits every parser and the index apply unless told otherwise.</summary>
    public static NameLimits Default { get; } = new();
}
