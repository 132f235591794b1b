using System.Text.RegularExpressions;
using Picket.Screening.Companies;
using Picket.Screening.Names;

namespace Picket.Screening.Tests.Companies;

/// <summary>
/// Every vessel on the real OFAC list with a "Linked To" company shows that company, and the company shows its other
/// vessels. The expected links are read from the raw sdn.csv / sdn_comments.csv lines with a regular expression of
/// this test's own, not through the parser, so the graph is checked against the file and not against itself.
/// </summary>
public partial class OfacLinkedToGraphTests
{
    [Fact]
    public void Every_linked_vessel_shows_its_company_and_the_companys_other_vessels()
    {
        var lists = OfacCompanies.ListsOrSkip();
        var expected = RawLinks(Path.GetDirectoryName(SharedData.Require("lists/ofac/sdn.csv"))!);
        var graph = CompanyGraph.Build(lists);
        var names = lists.Entities.ToDictionary(e => e.Id, e => e.Names.Select(n => NameNormalizer.Fold(n.Value)).ToHashSet(), StringComparer.Ordinal);

        var vesselsByCompany = expected.SelectMany(v => v.Value.Select(c => (Company: c, Vessel: v.Key)))
            .GroupBy(x => x.Company).ToDictionary(g => g.Key, g => g.Select(x => x.Vessel).ToHashSet());
        int links = 0, fleetChecks = 0;
        foreach (var (vesselId, companies) in expected)
        {
            var key = graph.VesselKeyOf(vesselId);
            Assert.True(key is not null, $"{vesselId} is not in the graph");
            var shown = graph.LinksOf(key!).Select(l => graph.Company(l.CompanyKey)!).ToList();
            foreach (var company in companies)
            {
                links++;
                // The company the vessel shows answers to the linked name: by its own name, or as the list entry of that name.
                var node = shown.FirstOrDefault(c => NameNormalizer.Fold(c.Name) == company || names.TryGetValue(c.Key, out var n) && n.Contains(company));
                Assert.True(node is not null, $"{vesselId} does not show its linked company '{company}'; shows {string.Join(", ", shown.Select(s => s.Name))}");

                var fleet = graph.ShipsOf(node!.Key).Select(l => l.VesselKey).ToHashSet();
                foreach (var other in vesselsByCompany[company])
                {
                    fleetChecks++;
                    Assert.Contains(graph.VesselKeyOf(other)!, fleet);
                }
            }
        }

        Report.Line($"OFAC: {expected.Count} vessels with a Linked To company, {links} links, {vesselsByCompany.Count} companies, " +
            $"{fleetChecks} fleet memberships checked, {graph.UnresolvedListLinks} links naming no list entry");
        Assert.True(expected.Count > 300, $"only {expected.Count} linked vessels read from the file");
    }

    [Fact]
    public void Gudzon_Shipping_shows_its_six_vessels_of_August_2018()
    {
        var graph = CompanyGraph.Build(OfacCompanies.ListsOrSkip());
        var fleet = graph.ShipsOf("ofac-24451").Select(l => graph.VesselName(l.VesselKey)).ToHashSet();
        Assert.Superset(new HashSet<string?> { "PATRIOT", "NEPTUN", "BELLA", "BOGATYR", "PARTIZAN", "SEVASTOPOL" }, fleet);
        var patriot = graph.LinksOf(graph.VesselKeyOf("ofac-24508")!).Select(l => l.CompanyKey).ToHashSet();
        Assert.Equal(new HashSet<string> { "ofac-24451", "ofac-24450" }, patriot); // Gudzon and Primorye Maritime Logistics
    }

    /// <summary>ent_num of each vessel row → folded "Linked To" names, from the raw file text.</summary>
    static Dictionary<string, HashSet<string>> RawLinks(string dir)
    {
        var comments = File.ReadLines(Path.Combine(dir, "sdn_comments.csv"))
            .Select(l => CommentRow().Match(l)).Where(m => m.Success)
            .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => string.Concat(g.Select(m => m.Groups[2].Value)));
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dir, "sdn.csv")))
        {
            var row = VesselRow().Match(line);
            if (!row.Success)
            {
                continue;
            }

            var text = line + comments.GetValueOrDefault(row.Groups[1].Value, "");
            var linked = LinkedTo().Matches(text).Select(m => NameNormalizer.Fold(m.Groups[1].Value.Trim().TrimEnd('.', '"'))).ToHashSet();
            if (linked.Count > 0)
            {
                result["ofac-" + row.Groups[1].Value] = linked;
            }
        }

        return result;
    }

    [GeneratedRegex("""^(\d+),"[^"]*","vessel",""")]
    private static partial Regex VesselRow();

    [GeneratedRegex("""^(\d+),"(.*)"\s*$""")]
    private static partial Regex CommentRow();

    [GeneratedRegex("""Linked To: ([^;"]+)""")]
    private static partial Regex LinkedTo();
}
