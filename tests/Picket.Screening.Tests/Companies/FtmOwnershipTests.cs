using Picket.Screening.Companies;
using Picket.Screening.Lists;
using Picket.Screening.Lists.OpenSanctions;

namespace Picket.Screening.Tests.Companies;

/// <summary>FollowTheMoney Ownership records (owner → asset) and a vessel's operator lead from the ship to the company.</summary>
public class FtmOwnershipTests
{
    const string Lines = """
        {"id":"own-1","schema":"Ownership","properties":{"owner":["co-sea-star"],"asset":["v-1"],"startDate":["2017-05-01"]}}
        {"id":"v-1","schema":"Vessel","properties":{"name":["SEA STAR 7"],"imoNumber":["IMO9187629"]}}
        {"id":"v-2","schema":"Vessel","properties":{"name":["SEA STAR 8"],"imoNumber":["9187655"],"operator":["co-sea-star"]}}
        {"id":"co-sea-star","schema":"Company","properties":{"name":["Sea Star Shipping Co Ltd"],"programId":["KP-DPRK"]}}
        {"id":"own-2","schema":"Ownership","properties":{"owner":["co-unknown"],"asset":["v-missing"]}}
        """;

    [Fact]
    public void Ownership_and_operator_link_vessels_to_their_company_in_either_line_order()
    {
        var r = FtmJsonLinesParser.Load(new StringReader(Lines), "test.ftm.json");
        Assert.True(r.Succeeded);
        var lists = SanctionsLists.FromResults([r]);
        var graph = CompanyGraph.Build(lists);

        var fleet = graph.ShipsOf("os-co-sea-star").Select(l => l.VesselKey).Order(StringComparer.Ordinal);
        Assert.Equal(["imo:9187629", "imo:9187655"], fleet);
        var path = Assert.Single(graph.PathsFor(["9187629"], []));
        Assert.Equal("os-co-sea-star", path.Entry.EntryId);
        Assert.Equal(0, graph.UnresolvedListLinks);
    }
}
