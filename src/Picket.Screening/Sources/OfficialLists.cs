using Picket.Screening.Model;

namespace Picket.Screening.Sources;

/// <summary>One file of an official list: the name it is stored under and where its publisher serves it.</summary>
/// <param name="Name">The file's name in the list's folder.</param>
/// <param name="Url">The publisher's URL for it.</param>
public readonly record struct OfficialFile(string Name, string Url);

/// <summary>
/// A list <c>picket lists update</c> knows how to fetch: the folder it lives in under the lists directory, the
/// format its files must parse as, and the publisher's files.
/// </summary>
/// <param name="Name">The folder it is stored in under the lists directory, and its name on the command line.</param>
/// <param name="Format">The format its files must parse as.</param>
/// <param name="Files">The publisher's files.</param>
/// <param name="MaxBytes">
/// Default bound on each downloaded file, about ten times the publication's size in 2026 (UN 2 MB, OFAC sdn.csv 2 MB,
/// EU and UK XML tens of MB), so a hostile or broken mirror cannot fill the disk; <c>--max-size</c> overrides it.
/// </param>
public sealed record OfficialList(string Name, ListSource Format, OfficialFile[] Files, long MaxBytes)
{
    /// <summary>The files with their URLs moved under <paramref name="baseUrl"/> as <c>BASE/NAME/FILE</c> (tests, mirrors).</summary>
    public OfficialFile[] FilesFrom(Uri? baseUrl) =>
        baseUrl is null ? Files : [.. Files.Select(f => f with { Url = new Uri(baseUrl, $"{Name}/{f.Name}").ToString() })];
}

/// <summary>The publishers' documented download locations (checked 2026; they move now and then, hence --base-url).</summary>
public static class OfficialLists
{
    /// <summary>UN Security Council consolidated list, XML (www.un.org/securitycouncil/content/un-sc-consolidated-list).</summary>
    public static readonly OfficialList Un = new("un", ListSource.UnConsolidated,
        [new("consolidated.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml")], 32L << 20);

    /// <summary>
    /// OFAC SDN list in the legacy CSV layout (ofac.treasury.gov "SDN List - Data Formats"): the main file, addresses,
    /// aliases and the remarks overflow. All four are fetched so the folder is one consistent publication.
    /// </summary>
    public static readonly OfficialList Ofac = new("ofac", ListSource.OfacSdn,
    [
        new("sdn.csv", "https://www.treasury.gov/ofac/downloads/sdn.csv"),
        new("add.csv", "https://www.treasury.gov/ofac/downloads/add.csv"),
        new("alt.csv", "https://www.treasury.gov/ofac/downloads/alt.csv"),
        new("sdn_comments.csv", "https://www.treasury.gov/ofac/downloads/sdn_comments.csv"),
    ], 32L << 20);

    /// <summary>
    /// EU Financial Sanctions Files, consolidated XML 1.1 (data.europa.eu "Consolidated list of persons, groups and
    /// entities subject to EU financial sanctions"); the token is the public one the page itself links with.
    /// </summary>
    public static readonly OfficialList Eu = new("eu", ListSource.EuFinancialSanctions,
        [new("eu_fsf.xml", "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw")], 256L << 20);

    /// <summary>FCDO UK Sanctions List, XML (gov.uk "The UK Sanctions List", download page of the FCDO).</summary>
    public static readonly OfficialList Uk = new("uk", ListSource.UkSanctionsList,
        [new("uk_sanctions_list.xml", "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml")], 256L << 20);

    /// <summary>Every list <c>picket lists update</c> fetches by default, in that order.</summary>
    public static IReadOnlyList<OfficialList> All { get; } = [Un, Ofac, Eu, Uk];

    /// <summary>The list named <paramref name="name"/> (<c>un</c>, <c>ofac</c>, <c>eu</c>, <c>uk</c>); null for another name.</summary>
    /// <param name="name">A list's name, as on the command line.</param>
    public static OfficialList? Find(string name) => All.FirstOrDefault(l => l.Name == name);

    /// <summary>The folder a list of <paramref name="format"/> is kept in (also for files brought by <c>lists load</c>).</summary>
    public static string FolderFor(ListSource format) => format switch
    {
        ListSource.UnConsolidated => Un.Name,
        ListSource.OfacSdn => Ofac.Name,
        ListSource.EuFinancialSanctions => Eu.Name,
        ListSource.UkSanctionsList => Uk.Name,
        _ => "opensanctions",
    };
}
