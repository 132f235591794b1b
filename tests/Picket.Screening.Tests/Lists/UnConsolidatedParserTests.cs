using System.Text;
using Picket.Screening.Lists;
using Picket.Screening.Lists.Un;
using Picket.Screening.Model;

namespace Picket.Screening.Tests.Lists;

public sealed class UnConsolidatedParserTests
{
    [Fact]
    public void Counts_match_the_raw_file()
    {
        var result = LoadedLists.UnOrSkip();

        // Facts from the raw file, independent of the parser:
        //   grep -c '<INDIVIDUAL>' consolidated.xml → 730 ; grep -c '<ENTITY>' consolidated.xml → 273
        Assert.True(result.Succeeded, result.ToString());
        var counts = result.CountBySchema();
        Assert.Equal(730, counts[EntitySchema.Person]);
        Assert.Equal(273, counts.GetValueOrDefault(EntitySchema.Organization) + counts.GetValueOrDefault(EntitySchema.Company));
        Assert.Equal(0, result.SkippedRecords);
        Report.Line($"UN: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}; {result.Warnings} warnings");
    }

    [Fact]
    public void Dprk_shipping_company_carries_its_company_imo_number()
    {
        var result = LoadedLists.UnOrSkip();

        // KPe.022 Chongchongang Shipping: COMMENTS1 "IMO Number: 5342883" (company check digit scheme).
        var e = result.Entities.Single(x => x.SourceId == "KPe.022");
        Assert.Contains(new EntityIdentifier(IdentifierKind.ImoCompany, "5342883"), e.Identifiers);
        Assert.Contains("DPRK", e.Programs);
        Assert.Contains(new EntityIdentifier(IdentifierKind.UnReference, "KPe.022"), e.Identifiers);
    }

    [Fact]
    public void Aliases_keep_their_quality()
    {
        const string xml = """
            <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>
              <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>SOK CHOL</SECOND_NAME>
                <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.036</REFERENCE_NUMBER>
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Kim Sok-chol</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Sok Chol</ALIAS_NAME></INDIVIDUAL_ALIAS>
              </INDIVIDUAL></INDIVIDUALS>
              <ENTITIES><ENTITY><DATAID>2</DATAID><FIRST_NAME>OCEAN MARITIME MANAGEMENT COMPANY, LIMITED</FIRST_NAME>
                <REFERENCE_NUMBER>KPe.020</REFERENCE_NUMBER><ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Ocean Shipping</ALIAS_NAME></ENTITY_ALIAS>
              </ENTITY></ENTITIES></CONSOLIDATED_LIST>
            """;
        var result = Load(xml);

        Assert.True(result.Succeeded);
        var person = result.Entities[0];
        Assert.Equal("un-KPi.036", person.Id);
        Assert.Equal(new EntityName("KIM SOK CHOL", NameKind.Primary), person.Names[0]);
        Assert.Contains(new EntityName("Kim Sok-chol", NameKind.Alias), person.Names);
        Assert.Contains(new EntityName("Sok Chol", NameKind.WeakAlias), person.Names);
        var company = result.Entities[1];
        Assert.Equal(EntitySchema.Company, company.Schema);
        Assert.Contains(new EntityName("Ocean Shipping", NameKind.Former), company.Names);
    }

    [Fact]
    public void A_record_without_a_name_is_skipped_and_counted()
    {
        var result = Load("""
            <CONSOLIDATED_LIST><INDIVIDUALS>
              <INDIVIDUAL><DATAID>1</DATAID><REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER></INDIVIDUAL>
              <INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>RI</FIRST_NAME><REFERENCE_NUMBER>KPi.002</REFERENCE_NUMBER></INDIVIDUAL>
            </INDIVIDUALS></CONSOLIDATED_LIST>
            """);

        Assert.True(result.Succeeded);
        Assert.Single(result.Entities);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.RecordSkipped, issue.Severity);
        Assert.Contains("no name", issue.Reason);
    }

    [Fact]
    public void A_list_broken_part_way_is_not_half_loaded()
    {
        var result = Load("""
            <CONSOLIDATED_LIST><INDIVIDUALS>
              <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>
              <INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>B</FIRST_NAME>
            """);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Entities);
        Assert.Equal(IssueSeverity.FileRejected, result.Issues[^1].Severity);
        Assert.Contains("malformed XML", result.Issues[^1].Reason);
    }

    [Fact]
    public void A_file_of_another_format_is_rejected()
    {
        var result = Load("<sdnList><sdnEntry/></sdnList>");

        Assert.False(result.Succeeded);
        Assert.Contains("CONSOLIDATED_LIST", result.Issues[^1].Reason);
    }

    [Fact]
    public void A_dtd_is_refused()
    {
        var result = Load("""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><CONSOLIDATED_LIST/>""");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Entities);
    }

    static ListLoadResult Load(string xml) =>
        UnConsolidatedParser.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml");
}
