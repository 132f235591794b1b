using Picket.Screening.Lists;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Model;

namespace Picket.Screening.Tests.Lists;

public sealed class OfacSdnCsvParserTests
{
    [Fact]
    public void Counts_match_the_raw_file()
    {
        var result = LoadedLists.OfacOrSkip();

        // Facts from the raw sdn.csv, counted with Python's csv module on column 3 (SDN_Type):
        //   individual 4620, vessel 406, aircraft 277, "-0-" (entity) 3673; 8976 rows + the 0x1A end-of-file line.
        Assert.True(result.Succeeded, result.ToString());
        var counts = result.CountBySchema();
        Assert.Equal(4620, counts[EntitySchema.Person]);
        Assert.Equal(406, counts[EntitySchema.Vessel]);
        Assert.Equal(277, counts[EntitySchema.Aircraft]);
        Assert.Equal(3673, counts.GetValueOrDefault(EntitySchema.Organization) + counts.GetValueOrDefault(EntitySchema.Company));
        Assert.Equal(0, result.SkippedRecords);
        Report.Line(
            $"OFAC: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}; {result.Warnings} warnings: " +
            string.Join(" | ", result.Issues.Take(5)));
    }

    [Fact]
    public void Vessel_facts_come_out_of_columns_and_remarks()
    {
        var result = LoadedLists.OfacOrSkip();

        // 15036 ARTAVIL: call sign T2EU4, flag Iran, "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu;
        // alt. Former Vessel Flag None Identified; alt. Former Vessel Flag Tanzania", IMO 9187629, MMSI 572469210,
        // f.k.a. 'ALPHA', Linked To: NATIONAL IRANIAN TANKER COMPANY.
        var v = result.Entities.Single(e => e.Id == "ofac-15036");
        Assert.Equal(EntitySchema.Vessel, v.Schema);
        Assert.Equal(["9187629"], v.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Equal(["572469210"], v.IdentifiersOf(IdentifierKind.Mmsi));
        Assert.Equal(["T2EU4"], v.IdentifiersOf(IdentifierKind.CallSign));
        Assert.Contains(new VesselFlag("Iran", false), v.Flags);
        Assert.Equal(["Malta", "Tuvalu", "Tanzania"], v.Flags.Where(f => f.IsFormer).Select(f => f.Country));
        Assert.Contains(new EntityName("ALPHA", NameKind.Former), v.Names);
        Assert.Contains(v.Owners, o => o.Name == "NATIONAL IRANIAN TANKER COMPANY");
        Assert.Equal(["IRAN"], v.Programs);
    }

    [Fact]
    public void Programs_split_and_comments_continue_the_remarks()
    {
        var result = LoadedLists.OfacOrSkip();

        // 28263 TIAN, Yinyin: Program "DPRK3] [CYBER2"; Remarks end "…a.k.a. 'snowsjo" and sdn_comments.csv goes on "hn'; Linked To: LAZARUS GROUP."
        var e = result.Entities.Single(x => x.Id == "ofac-28263");
        Assert.Equal(["DPRK3", "CYBER2"], e.Programs);
        Assert.Contains(new EntityName("snowsjohn", NameKind.Alias), e.Names);
        Assert.Contains(e.Owners, o => o.Name == "LAZARUS GROUP");
    }

    [Fact]
    public void Company_imo_numbers_are_told_from_ship_numbers()
    {
        var result = LoadedLists.OfacOrSkip();

        // 23510 GOORYONG SHIPPING CO LTD: "Company Number IMO 5055293".
        var e = result.Entities.Single(x => x.Id == "ofac-23510");
        Assert.Equal(EntitySchema.Company, e.Schema);
        Assert.Equal(["5055293"], e.IdentifiersOf(IdentifierKind.ImoCompany));
    }

    [Fact]
    public void Bad_rows_are_skipped_with_a_reason()
    {
        const string sdn = """
            1,"GOOD SHIP","vessel","DPRK",-0- ,"HMXX",-0- ,-0- ,-0- ,"Korea, North",-0- ,"Vessel Registration Identification IMO 7937317; MMSI 123."
            x,"BAD ID",-0- ,"DPRK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
            3,"SHORT ROW","vessel"
            4,-0- ,-0- ,"DPRK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
            """;
        var result = OfacSdnCsvParser.LoadText(sdn + "\r\n\u001a");

        Assert.True(result.Succeeded);
        var e = Assert.Single(result.Entities);
        Assert.Equal(["7937317"], e.IdentifiersOf(IdentifierKind.ImoShip));
        Assert.Empty(e.IdentifiersOf(IdentifierKind.Mmsi));
        Assert.Equal(3, result.SkippedRecords);
        Assert.Contains(result.Issues, i => i.Reason.Contains("not a number"));
        Assert.Contains(result.Issues, i => i.Reason.Contains("3 columns"));
        Assert.Contains(result.Issues, i => i.Reason.Contains("no SDN_Name"));
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Reason.Contains("MMSI"));
    }

    [Fact]
    public void A_missing_sdn_file_rejects_the_directory()
    {
        var result = OfacSdnCsvParser.LoadDirectory(Path.Combine(Path.GetTempPath(), "picket-no-such-dir"));

        Assert.False(result.Succeeded);
        Assert.Empty(result.Entities);
    }

    [Fact]
    public void Small_extract_loads()
    {
        var dir = SharedData.Require("lists/ofac-small");
        var result = OfacSdnCsvParser.LoadDirectory(dir);

        // wc -l ofac-small/sdn.csv → 17 records (the README's "17-record extract").
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(File.ReadLines(Path.Combine(dir, "sdn.csv")).Count(l => l.Length > 0 && char.IsAsciiDigit(l[0])), result.Entities.Count);
    }
}
