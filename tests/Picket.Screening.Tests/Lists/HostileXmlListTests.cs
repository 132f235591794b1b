using System.Diagnostics;
using System.Text;
using Picket.Screening.Lists;
using Picket.Screening.Lists.Eu;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.Uk;
using Picket.Screening.Lists.Un;

namespace Picket.Screening.Tests.Lists;

/// <summary>
/// XML list files from an untrusted mirror: deep nesting inside a record, oversized documents, and a corrupt encoding
/// declaration that made System.Xml itself throw (found by fuzzing). Each must end as a rejected file with a reason,
/// quickly, never as an exception or a minute of CPU.
/// </summary>
public sealed class HostileXmlListTests
{
    public static TheoryData<string> Parsers => ["un", "eu", "uk", "ofac-advanced", "ofac-enhanced"];

    static ListLoadResult Load(string parser, byte[] xml, ListReaderLimits? limits = null) => parser switch
    {
        "un" => UnConsolidatedParser.Load(new MemoryStream(xml), "hostile.xml", limits),
        "eu" => EuFinancialSanctionsParser.Load(new MemoryStream(xml), "hostile.xml", limits),
        "uk" => UkSanctionsListParser.Load(new MemoryStream(xml), "hostile.xml", limits),
        "ofac-advanced" => OfacAdvancedXmlParser.Load(new MemoryStream(xml), "hostile.xml", limits),
        _ => OfacEnhancedXmlParser.Load(new MemoryStream(xml), "hostile.xml", limits),
    };

    /// <summary>A document of the parser's own shape whose one record holds <paramref name="levels"/> nested elements.</summary>
    static byte[] Nested(string parser, int levels)
    {
        var deep = new StringBuilder(levels * 7 + 10);
        for (int i = 0; i < levels; i++) deep.Append("<a>");
        deep.Append('x');
        for (int i = 0; i < levels; i++) deep.Append("</a>");
        var d = deep.ToString();
        var xml = parser switch
        {
            "un" => $"<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>KIM</FIRST_NAME><COMMENTS1>{d}</COMMENTS1></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
            "eu" => $"<export><sanctionEntity logicalId=\"1\"><nameAlias wholeName=\"KIM\"/>{d}</sanctionEntity></export>",
            "uk" => $"<Designations><Designation><UniqueID>DPR0001</UniqueID><Names><Name><Name6>KIM</Name6></Name></Names>{d}</Designation></Designations>",
            "ofac-advanced" => $"<Sanctions><DistinctParties><DistinctParty FixedRef=\"1\">{d}</DistinctParty></DistinctParties></Sanctions>",
            _ => $"<sanctionsData><entities><entity id=\"1\">{d}</entity></entities></sanctionsData>",
        };
        return Encoding.UTF8.GetBytes(xml);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Xml_nested_100k_levels_inside_a_record_is_rejected_by_the_depth_limit(string parser)
    {
        var xml = Nested(parser, 100_000);   // 700 KB: took 54 s in a list parser before the limit
        var clock = Stopwatch.StartNew();
        var result = Load(parser, xml);
        clock.Stop();

        Report.Line($"{parser}: {xml.Length} bytes, {clock.ElapsedMilliseconds} ms: {result}");
        Assert.False(result.Succeeded);
        Assert.Empty(result.Entities);
        Assert.Contains("nested deeper than 64 levels", result.Issues[^1].Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Xml_nested_a_million_levels_is_rejected_too()
    {
        var xml = Nested("un", 1_000_000);   // never finished before the limit
        var clock = Stopwatch.StartNew();
        var result = Load("un", xml);
        Report.Line($"un: {xml.Length} bytes, {clock.ElapsedMilliseconds} ms: {result}");
        Assert.False(result.Succeeded);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Nesting_within_the_limit_still_loads_and_the_limit_is_an_option(string parser)
    {
        var xml = Nested(parser, 20);
        Assert.True(Load(parser, xml).Succeeded, "20 levels are within the default of 64");
        var strict = Load(parser, xml, new ListReaderLimits { MaxXmlDepth = 8 });
        Assert.False(strict.Succeeded);
        Assert.Contains("nested deeper than 8 levels", strict.Issues[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_character_limit_is_rejected()
    {
        var xml = Nested("un", 10);
        var result = Load("un", xml, new ListReaderLimits { MaxXmlCharacters = 100 });
        Report.Line(result.ToString());
        Assert.False(result.Succeeded);
        Assert.StartsWith("malformed XML", result.Issues[^1].Reason, StringComparison.Ordinal);
    }

    /// <summary>Fuzzing found these: System.Xml throws ArgumentOutOfRangeException from Buffer.BlockCopy while switching encoding.</summary>
    public static TheoryData<string, byte[]> CorruptDeclarations()
    {
        var data = new TheoryData<string, byte[]>();
        var ff = Encoding.ASCII.GetBytes("<?xml version=\"1.0").Concat(Enumerable.Repeat((byte)0xFF, 120)).ToArray();
        var cb = Encoding.ASCII.GetBytes("<?xml version=\"1.0").Concat(Enumerable.Repeat((byte)0xCB, 35))
            .Concat(Encoding.ASCII.GetBytes("\" encoding=\"utf-8\"?>\n<Designperatoad>\n  ")).ToArray();
        foreach (var parser in new[] { "un", "eu", "uk", "ofac-advanced", "ofac-enhanced" })
        {
            data.Add(parser, ff);
            data.Add(parser, cb);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorruptDeclarations))]
    public void A_corrupt_encoding_declaration_rejects_the_file_instead_of_throwing(string parser, byte[] xml)
    {
        var result = Load(parser, xml);
        Report.Line($"{parser}: {result}");
        Assert.False(result.Succeeded);
        Assert.Equal(IssueSeverity.FileRejected, result.Issues[^1].Severity);
    }

    [Fact]
    public void A_lists_directory_with_a_corrupt_or_deep_xml_file_loads_the_others()
    {
        var dir = Directory.CreateTempSubdirectory("picket-hostile-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "corrupt.xml"), CorruptDeclarations().First().Data.Item2);
            File.WriteAllBytes(Path.Combine(dir, "deep.xml"), Nested("un", 100_000));
            File.Copy(Fixtures.Path("uk_sanctions_list.xml"), Path.Combine(dir, "uk.xml"));
            var lists = SanctionsLists.LoadDirectory(dir);
            Report.Line(string.Join(" | ", lists.Results));
            Assert.Contains(lists.Results, r => r.Succeeded && r.Source == Model.ListSource.UkSanctionsList && r.Entities.Count > 0);
            Assert.Contains(lists.Results, r => !r.Succeeded && r.Issues[^1].Reason.Contains("nested deeper", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
