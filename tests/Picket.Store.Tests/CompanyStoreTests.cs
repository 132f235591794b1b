using System.Text;
using System.Text.Json;
using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;
using Picket.Store.Queries;
using Picket.Store.Results;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>
/// The <c>company</c> and <c>vessel_company</c> tables and <c>picket query company</c>: a company's ships, their risk and
/// events, its list entries; the listed company and the registry's spelling of it reported together.
/// </summary>
public sealed class CompanyStoreTests : IDisposable
{
    private const uint Managed = 352001234;
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private const string Hostile = "\u001b[31mEVIL\u202e Ltd";
    private readonly TempDir _dir = new();
    private readonly StoreDatabase _store;

    public CompanyStoreTests()
    {
        _store = StoreDatabase.Open(_dir.File("c.duckdb"));
        var entry = new CompanyEntryRow("OfacSdn", "ofac-24516", "PROFINET PTE. LTD.", 1.0);
        CompanyRow[] companies =
        [
            new("ofac-24516", "PROFINET PTE. LTD.", [entry]),
            new("name:profinet pte ltd", "Profinet Pte Ltd", [entry]),
            new("name:alpha owner", "Alpha Owner Ltd", []),
            new("name:evil", Hostile, []),
        ];
        VesselCompanyRow[] links =
        [
            new("imo:9187629", 9187629, Managed, null, "ship_manager", "name:profinet pte ltd", new DateOnly(2018, 1, 1), null, "registry.csv line 2"),
            new("imo:9187629", 9187629, Managed, null, "registered_owner", "name:alpha owner", null, null, "registry.csv line 2"),
            new("imo:9187655", 9187655, null, "LISTED SHIP", "linked_to", "ofac-24516", null, null, "ofac-1 Linked To"),
            new("imo:9187655", 9187655, null, "LISTED SHIP", "operator", "name:evil", null, null, "registry.csv line 3"),
        ];
        CompanyResults.Write(_store, companies, links);
        Assert.Equal((4, 4), CompanyResults.Write(_store, companies, links)); // a second run replaces, never doubles
        AnalysisResults.WriteEvents(_store,
        [
            new PicketEvent("enc-1", EventType.Encounter, T0, T0.AddHours(6), GeoPoint.Create(38.9, 123.8),
                [new EventVessel(new Mmsi(Managed)), new EventVessel(new Mmsi(445112000))], 0.9, new Evidence()),
        ]);
        AnalysisResults.WriteRisk(_store, new VesselRisk(new Mmsi(Managed), 80, [new RiskFactor(DeceptivePractice.ComplexOwnership, 60, "managed", [])]), "SHIP A", 9187629, "PA");
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void A_list_entry_id_finds_the_listed_company_and_the_registry_name_answering_to_it_with_their_ships()
    {
        var found = CompanyQuery.Find(_store, "ofac-24516");
        Assert.Equal(["name:profinet pte ltd", "ofac-24516"], found.Select(c => c.Key).Order(StringComparer.Ordinal));
        var managed = Assert.Single(found.Single(c => c.Key == "name:profinet pte ltd").Ships);
        Assert.Equal((Managed, "ship_manager", new DateOnly(2018, 1, 1)), (managed.Mmsi!.Value, managed.Role, managed.From!.Value));
        Assert.Equal(80, managed.Risk!.Score);
        Assert.Equal(["enc-1"], managed.Events.Select(e => e.Id));
        var listed = Assert.Single(found.Single(c => c.Key == "ofac-24516").Ships);
        Assert.Equal(("LISTED SHIP", (uint?)null), (listed.VesselName, listed.Mmsi));
    }

    [Fact]
    public void A_name_is_matched_by_the_given_scorer_and_an_unknown_name_finds_nothing()
    {
        static double Overlap(string a, string b)
        {
            var x = a.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            var y = b.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            return (double)x.Intersect(y).Count() / x.Union(y).Count();
        }
        Assert.Equal(2, CompanyQuery.Find(_store, "PROFINET PTE LTD", Overlap).Count);
        Assert.Empty(CompanyQuery.Find(_store, "Nobody Shipping", Overlap));
    }

    [Fact]
    public void Query_vessel_shows_the_companies_behind_the_hull_and_hostile_names_stay_data()
    {
        var v = Assert.Single(VesselQuery.Find(_store, Managed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["ship_manager", "registered_owner"], v.Companies.Select(c => c.Role)); // the listed company first
        Assert.Equal("ofac-24516", Assert.Single(v.Companies[0].Entries).EntryId);

        var text = new StringWriter();
        CompanyQueryText.Companies(text, CompanyQuery.Find(_store, "name:evil"));
        Assert.DoesNotContain('\u001b', text.ToString());
        Assert.DoesNotContain('\u202e', text.ToString());

        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) CompanyQueryJson.WriteCompanies(w, CompanyQuery.Find(_store, "name:evil"));
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        Assert.Equal(Hostile, doc.RootElement[0].GetProperty("name").GetString());
    }
}
