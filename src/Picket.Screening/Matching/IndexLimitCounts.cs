using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// How often the lists behind a <see cref="ScreeningIndex"/> hit a <see cref="NameLimits"/> bound. All zero for
/// the official lists; anything else means a hostile or broken file, and callers report it beside the load.
/// </summary>
/// <param name="NamesDropped">Names past <see cref="NameLimits.MaxNamesPerEntity"/> of an entry, not kept.</param>
/// <param name="NamesCut">Names longer than <see cref="NameLimits.MaxNameLength"/>, cut.</param>
/// <param name="TokensCut">Names with a token longer than <see cref="NameLimits.MaxTokenLength"/>, cut.</param>
/// <param name="TokensDropped">Names with more than <see cref="NameLimits.MaxTokensPerName"/> tokens, the rest dropped.</param>
public readonly record struct IndexLimitCounts(int NamesDropped, int NamesCut, int TokensCut, int TokensDropped)
{
    /// <summary>True when any bound was hit: the lists deserve a look.</summary>
    public bool Any => NamesDropped + NamesCut + TokensCut + TokensDropped > 0;

    /// <summary>
    /// The same counts for entities not (yet) indexed, from their raw names: a list loader reports them without
    /// building the index. Linear in the size of the names.
    /// </summary>
    public static IndexLimitCounts Measure(IEnumerable<Model.SanctionedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var limits = NameLimits.Default;
        int dropped = 0, cut = 0, tokensCut = 0, tokensDropped = 0;
        foreach (var e in entities)
        {
            dropped += e.NamesDropped;
            foreach (var name in e.Names)
            {
                cut += name.Value.Length > limits.MaxNameLength ? 1 : 0;
                var tokens = NameNormalizer.Fold(name.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                tokensDropped += tokens.Length > limits.MaxTokensPerName ? 1 : 0;
                tokensCut += tokens.Any(t => t.Length > limits.MaxTokenLength) ? 1 : 0;
            }
        }

        return new IndexLimitCounts(dropped, cut, tokensCut, tokensDropped);
    }

    /// <summary>All four counts in one line with the limits they refer to, for a load report.</summary>
    public override string ToString() =>
        $"{NamesDropped} names dropped over {NameLimits.Default.MaxNamesPerEntity} per entry, " +
        $"{NamesCut} names cut at {NameLimits.Default.MaxNameLength} characters, " +
        $"{TokensCut} names with a token cut at {NameLimits.Default.MaxTokenLength} letters, " +
        $"{TokensDropped} names cut at {NameLimits.Default.MaxTokensPerName} tokens";
}
