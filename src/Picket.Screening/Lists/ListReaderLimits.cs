namespace Picket.Screening.Lists;

/// <summary>
/// Bounds on what a list file may make a parser do. List files come from mirrors and downloads, so they are untrusted:
/// without a bound, a 700 KB record nested 100,000 elements deep kept a parser busy for a minute and a million levels
/// never finished. Real lists stay far inside these defaults (the UN, OFAC, EU and UK exports nest at most about a
/// dozen levels, the largest file is tens of MB, the longest OFAC CSV record a few KB). A file that goes past a bound
/// is rejected whole with a reason naming the bound, so the previous copy of the list stays in use.
/// </summary>
public sealed record ListReaderLimits
{
    /// <summary>The defaults used when no limits are given.</summary>
    public static ListReaderLimits Default { get; } = new();

    /// <summary>Deepest element nesting accepted in an XML list (root element = depth 0).</summary>
    public int MaxXmlDepth { get; init; } = 64;

    /// <summary>Most characters an XML list may hold (XmlReaderSettings.MaxCharactersInDocument); 1 Gi characters.</summary>
    public long MaxXmlCharacters { get; init; } = 1L << 30;

    /// <summary>Longest record (one CSV row, quoted line breaks included) accepted in OFAC's CSV files, in characters.</summary>
    public int MaxCsvRowCharacters { get; init; } = 1 << 20;
}
