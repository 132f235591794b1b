using Picket.Screening.Lists;
using Picket.Screening.Lists.Eu;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.OpenSanctions;
using Picket.Screening.Lists.Uk;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Screening.Tests.Lists;

/// <summary>EU, UK, OFAC Advanced/Enhanced XML and OpenSanctions FtM parsers on hand-made fixtures (see Fixtures/README.md).</summary>
public sealed class OtherFormatParserTests
{
    [Fact]
    public void Eu_persons_enterprises_and_vessels()
    {
        var r = EuFinancialSanctionsParser.Load(Fixtures.Path("eu_fsf.xml"));

        Assert.True(r.Succeeded, r.ToString());
        Assert.Equal(4, r.Entities.Count);
        var person = r.Entities.Single(e => e.Id == "eu-9001");
        Assert.Equal(EntitySchema.Person, person.Schema);
        Assert.Equal(new EntityName("KIM Yong Chol", NameKind.Primary), person.Names[0]);
        Assert.Contains(new EntityName("Kim Yong-chol", NameKind.WeakAlias), person.Names);
        Assert.Contains(new EntityIdentifier(IdentifierKind.UnReference, "KPi.066"), person.Identifiers);
        Assert.Equal(["PRK"], person.Programs);

        // STAR 18 is an enterprise whose only IMO is in the remark; CHON MA SAN has an imo identification.
        var star = r.Entities.Single(e => e.Id == "eu-9002");
        Assert.Equal(EntitySchema.Vessel, star.Schema);
        Assert.Equal(["9020015"], star.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Equal(EntitySchema.Vessel, r.Entities.Single(e => e.Id == "eu-9003").Schema);
        Assert.Equal(EntitySchema.Company, r.Entities.Single(e => e.Id == "eu-9004").Schema);

        var skipped = Assert.Single(r.Issues);
        Assert.Equal(IssueSeverity.RecordSkipped, skipped.Severity);
        Assert.Contains("9005", skipped.Where);
    }

    [Fact]
    public void Uk_ship_details()
    {
        var r = UkSanctionsListParser.Load(Fixtures.Path("uk_sanctions_list.xml"));

        Assert.True(r.Succeeded, r.ToString());
        Assert.Equal(3, r.Entities.Count);
        var ship = r.Entities.Single(e => e.Id == "uk-DPR0075");
        Assert.Equal(EntitySchema.Vessel, ship.Schema);
        Assert.Equal(["9562233"], ship.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Equal([new VesselFlag("Comoros", false), new VesselFlag("India", true)], ship.Flags);
        Assert.Contains(new EntityName("Jal Vahini", NameKind.Alias), ship.Names);
        Assert.Contains(ship.Owners, o => o.Name == "Petrel Shipping Co Ltd");
        var person = r.Entities.Single(e => e.Id == "uk-DPR0001");
        Assert.Equal(new EntityName("Yong Chol KIM", NameKind.Primary), person.Names[0]);
        Assert.Contains(new EntityName("김영철", NameKind.OriginalScript), person.Names);
        Assert.Equal(EntitySchema.Company, r.Entities.Single(e => e.Id == "uk-DPR0002").Schema);
        Assert.Contains(r.Issues, i => i.Severity == IssueSeverity.RecordSkipped && i.Reason == "no UniqueID");
    }

    [Fact]
    public void Ofac_advanced_resolves_reference_values()
    {
        var r = OfacAdvancedXmlParser.Load(Fixtures.Path("sdn_advanced.xml"));

        Assert.True(r.Succeeded, r.ToString());
        Assert.Equal(2, r.Entities.Count);
        var v = r.Entities.Single(e => e.Id == "ofac-15036");
        Assert.Equal(EntitySchema.Vessel, v.Schema);
        Assert.Equal(["9187629"], v.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Equal(["572469210"], v.IdentifiersOf(IdentifierKind.Mmsi));
        Assert.Equal(["T2EU4"], v.IdentifiersOf(IdentifierKind.CallSign));
        Assert.Equal([new VesselFlag("Iran", false), new VesselFlag("Malta", true)], v.Flags);
        Assert.Contains(new EntityName("ALPHA", NameKind.Former), v.Names);
        Assert.Equal(["IRAN"], v.Programs);
        var kim = r.Entities.Single(e => e.Id == "ofac-20157");
        Assert.Equal(EntitySchema.Person, kim.Schema);
        Assert.Equal("KIM Jong Un", kim.Caption);
        Assert.Equal(["DPRK3"], kim.Programs);
        Assert.Contains(r.Issues, i => i.Severity == IssueSeverity.RecordSkipped && i.Where.Contains("99999"));
    }

    [Fact]
    public void Ofac_enhanced_entities()
    {
        var r = OfacEnhancedXmlParser.Load(Fixtures.Path("sdn_enhanced.xml"));

        Assert.True(r.Succeeded, r.ToString());
        Assert.Equal(2, r.Entities.Count);
        var v = r.Entities.Single(e => e.Id == "ofac-15036");
        Assert.Equal(EntitySchema.Vessel, v.Schema);
        Assert.Equal(["9187629"], v.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Equal(["572469210"], v.IdentifiersOf(IdentifierKind.Mmsi));
        Assert.Equal([new VesselFlag("Iran", false), new VesselFlag("Malta", true)], v.Flags);
        Assert.Contains(new EntityName("ALPHA", NameKind.Former), v.Names);
        var kim = r.Entities.Single(e => e.Id == "ofac-20157");
        Assert.Contains(new EntityName("김정은", NameKind.OriginalScript), kim.Names);
        Assert.Contains(r.Issues, i => i.Severity == IssueSeverity.Warning && i.Reason.Contains("MMSI '12345'"));
        Assert.Contains(r.Issues, i => i.Severity == IssueSeverity.RecordSkipped && i.Reason == "entity without id");
    }

    [Fact]
    public void OpenSanctions_ftm_lines()
    {
        var r = FtmJsonLinesParser.Load(Fixtures.Path("opensanctions.ftm.json"));

        Assert.True(r.Succeeded, r.ToString());
        Assert.Equal(3, r.Entities.Count); // the Sanction record is not a thing to screen; two lines are bad
        var petrel = r.Entities.Single(e => e.Id == "os-un-1718-vessel-petrel-8");
        Assert.Equal(EntitySchema.Vessel, petrel.Schema);
        Assert.Equal(["9562233"], petrel.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Contains(new EntityName("JAL VAHINI", NameKind.Former), petrel.Names);
        Assert.Contains(new VesselFlag("in", true), petrel.Flags);
        var kim = r.Entities.Single(e => e.Id == "os-NK-kim-yong-chol");
        Assert.Contains(new EntityName("김영철", NameKind.Alias), kim.Names);
        Assert.Contains(new EntityName("Yong Chol", NameKind.WeakAlias), kim.Names);
        Assert.Equal(["HMVS"], r.Entities.Single(e => e.Id == "os-os-chon-ma-san").IdentifiersOf(IdentifierKind.CallSign));
        Assert.Equal(2, r.SkippedRecords);
        Assert.Contains(r.Issues, i => i.Reason.StartsWith("malformed JSON", StringComparison.Ordinal) && i.Where.EndsWith("line 5", StringComparison.Ordinal));
        Assert.Contains(r.Issues, i => i.Reason == "no 'name' property");
    }

    [Theory]
    [InlineData("eu_fsf.xml")]
    [InlineData("uk_sanctions_list.xml")]
    [InlineData("sdn_advanced.xml")]
    [InlineData("sdn_enhanced.xml")]
    public void A_truncated_xml_list_is_rejected_whole(string fixture)
    {
        var path = Fixtures.Truncated(fixture, 40);
        try
        {
            var lists = SanctionsLists.FromResults([LoadAny(path)]);
            var r = Assert.Single(lists.Results);

            Assert.False(r.Succeeded);
            Assert.Empty(r.Entities);
            Assert.Empty(lists.Entities);
            Assert.Contains("malformed XML", r.Issues[^1].Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_directory_of_fixtures_loads_every_format_and_screens()
    {
        var lists = SanctionsLists.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures"));

        Assert.Equal(5, lists.Results.Count);
        Assert.All(lists.Results, r => Assert.True(r.Succeeded, r.ToString()));
        // ofac-15036 and ofac-20157 come from both OFAC XML exports; the second copy is dropped.
        Assert.Equal(2, lists.DuplicateEntities);
        Assert.Equal(4 + 3 + 2 + 3, lists.Entities.Count);

        var petrel = lists.Screener.Screen(new ScreeningQuery(Imo: "IMO9562233"));
        Assert.Equal(["os-un-1718-vessel-petrel-8", "uk-DPR0075"], petrel.Select(p => p.Entity.Id).Order());
        var kim = lists.Screener.Screen(new ScreeningQuery(Name: "김영철", Schema: EntitySchema.Person));
        Assert.Equal(["eu-9001", "os-NK-kim-yong-chol", "uk-DPR0001"], kim.Select(p => p.Entity.Id).Order());
    }

    static ListLoadResult LoadAny(string path) => Path.GetFileName(path) switch
    {
        var f when f.EndsWith("eu_fsf.xml", StringComparison.Ordinal) => EuFinancialSanctionsParser.Load(path),
        var f when f.EndsWith("uk_sanctions_list.xml", StringComparison.Ordinal) => UkSanctionsListParser.Load(path),
        var f when f.EndsWith("sdn_advanced.xml", StringComparison.Ordinal) => OfacAdvancedXmlParser.Load(path),
        _ => OfacEnhancedXmlParser.Load(path),
    };
}
