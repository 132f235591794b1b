using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// How often the lists behind a <see cref="ScreeningIndex"/> hit a <see cref="NameLimits"/> bound. All zero for
/// the official lists; anything else means a hostile or broken file, and callers report it beside the load.
/// </summary>
public readonly record struct IndexLimitCounts(int NamesDropped, int NamesCut, int TokensCut, int TokensDropped)
{
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

    public override string ToString() =>
        $"{NamesDropped} names dropped over {NameLimits.Default.MaxNamesPerEntity} per entry, " +
        $"{NamesCut} names cut at {NameLimits.Default.MaxNameLength} characters, " +
        $"{TokensCut} names with a token cut at {NameLimits.Default.MaxTokenLength} letters, " +
        $"{TokensDropped} names cut at {NameLimits.Default.MaxTokensPerName} tokens";
}
