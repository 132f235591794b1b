using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// How often the lists behind a <see cref="ScreeningIndex"/> hit a <see cref="NameLimits"/> bound. All zero for
/// the official lists; anything else means a hostile or broken file, and callers report it beside the load.
/// </summary>
public readonly record struct IndexLimitCounts(int NamesDropped, int NamesCut, int TokensCut, int TokensDropped)
{
    public bool Any => NamesDropped + NamesCut + TokensCut + TokensDropped > 0;

    public override string ToString() =>
        $"{NamesDropped} names dropped over {NameLimits.Default.MaxNamesPerEntity} per entry, " +
        $"{NamesCut} names cut at {NameLimits.Default.MaxNameLength} characters, " +
        $"{TokensCut} names with a token cut at {NameLimits.Default.MaxTokenLength} letters, " +
        $"{TokensDropped} names cut at {NameLimits.Default.MaxTokensPerName} tokens";
}
