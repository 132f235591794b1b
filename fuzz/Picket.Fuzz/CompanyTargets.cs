using System.Text;
using Picket.Screening.Companies;
using Picket.Screening.Lists;
using Picket.Screening.Lists.OpenSanctions;

namespace Picket.Fuzz;

/// <summary>
/// The companies behind the ships, read from untrusted files: a user's registry CSV (<see cref="RegistryCsvReader"/>)
/// and the list owner links (FtM <c>owner</c>, <c>operator</c> and Ownership records), each carried on into a
/// <see cref="CompanyGraph"/> and its look-ups, the way <c>analyze --registry</c> uses them.
/// </summary>
internal static class CompanyTargets
{
    // Small bounds so a 32 KB input reaches every bound the reader has (rows, row length, name length, messages).
    static readonly RegistryLimits Small = new() { MaxRows = 64, MaxNameLength = 48, MaxRowCharacters = 512, MaxMessages = 4 };

    // A small list of companies and vessels with owner links, so registry names can match listed companies and paths form.
    static readonly SanctionsLists Lists = SanctionsLists.FromResults([FtmJsonLinesParser.Load(new StringReader("""
        {"id":"c-profinet","schema":"Company","properties":{"name":["PROFINET PTE. LTD."],"programId":["OFAC-DPRK"]}}
        {"id":"c-kos","schema":"Company","properties":{"name":["KOREA OCEAN SHIPPING AGENCY"],"alias":["KOSA"]}}
        {"id":"v-artavil","schema":"Vessel","properties":{"name":["ARTAVIL"],"imoNumber":["9187629"],"owner":["c-profinet"]}}
        {"id":"v-ark","schema":"Vessel","properties":{"name":["ARK"],"imoNumber":["9187655"],"operator":["Unlisted Operator Co"]}}
        {"id":"o-1","schema":"Ownership","properties":{"owner":["c-kos"],"asset":["v-ark"]}}
        """), "fuzz-companies")]);

    public static void Registry(ReadOnlySpan<byte> data)
    {
        var text = Encoding.UTF8.GetString(data);
        var result = RegistryCsvReader.LoadText(text, "fuzz.csv", Small);
        _ = result.BadRows;
        foreach (var m in result.Messages) _ = m.Length;
        foreach (var l in result.Links) _ = l.ToString();
        if (!result.Succeeded) return;
        var matcher = new CompanyMatcher(Lists.Screener);
        Graph(CompanyGraph.Build(Lists.Entities, matcher, result.Links, "fuzz.csv"), matcher,
            result.Links.Select(l => l.Imo), [], result.Links.Take(4).Select(l => l.Company));
    }

    /// <summary>An FtM export whose vessels and owner links become the graph (the FtM parser alone is the <c>ftm</c> target).</summary>
    public static void FtmOwners(ReadOnlySpan<byte> data)
    {
        var result = FtmJsonLinesParser.Load(new StringReader(Encoding.UTF8.GetString(data)), "fuzz");
        var lists = SanctionsLists.FromResults([result]);
        var vesselIds = lists.Entities.Select(e => e.Id).ToList();
        var matcher = new CompanyMatcher(lists.Screener);
        Graph(CompanyGraph.Build(lists.Entities, matcher, [], "fuzz"), matcher, [], vesselIds, lists.Entities.Take(4).Select(e => e.Caption));
    }

    static void Graph(CompanyGraph graph, CompanyMatcher matcher, IEnumerable<string> imos, IEnumerable<string> entryIds, IEnumerable<string> names)
    {
        foreach (var path in graph.PathsFor(imos, entryIds)) _ = path.ToString();
        foreach (var c in graph.Companies)
        {
            foreach (var ship in graph.ShipsOf(c.Key)) _ = graph.VesselName(ship.VesselKey);
        }

        foreach (var name in names) _ = graph.Find(name, matcher).Count;
    }
}
