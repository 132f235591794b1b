using System.Text.Json;
using nietras.SeparatedValues;
using Picket.Screening.Batch;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Matching;

namespace Picket.Screening.Tests.Batch;

/// <summary>
/// <see cref="BatchScreening"/> in process over the hand-made OFAC advanced-XML fixture, whose entries are known: a
/// romanisation variant of a listed person finds that person, a stranger finds nothing, bad rows are kept and counted.
/// </summary>
public sealed class BatchScreeningTests
{
    static readonly Lazy<Screener> Fixture = new(() => new Screener(OfacAdvancedXmlParser.Load(Fixtures.Path("sdn_advanced.xml")).Entities));

    const string Queries = """
        id,name,schema,imo
        a,Kim Chong-un,person,
        b,Nobody Atall,person,
        c,KIM JONG UN,spaceship,
        d,,,
        e,=1+1,person,
        """;

    [Fact]
    public void Csv_gives_the_best_match_per_row_and_keeps_bad_rows_with_their_reason()
    {
        var output = new StringWriter();
        var summary = BatchScreening.Run(Fixture.Value, new StringReader(Queries), output, new BatchScreeningOptions(), TestContext.Current.CancellationToken);

        Assert.True(summary.Completed, summary.Problem);
        Assert.Equal((5L, 1L, 2L), (summary.Rows, summary.Matched, summary.BadRows));
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(output.ToString());
        var rows = reader.Enumerate(r => (Row: r["row"].ToString(), Name: r["name"].ToString(), Id: r["id"].ToString(), Caption: r["caption"].ToString(), Error: r["error"].ToString())).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal("ofac-20157", rows[0].Id);
        Assert.Contains("KIM", rows[0].Caption, StringComparison.Ordinal);
        Assert.Equal(("", ""), (rows[1].Id, rows[1].Error));
        Assert.Equal("unknown schema (use vessel, company, organization, person, aircraft)", rows[2].Error);
        Assert.Equal("no name or identifier", rows[3].Error);
        Assert.Equal("'=1+1", rows[4].Name);
    }

    [Fact]
    public void Json_lines_give_one_object_per_row_with_every_result_when_asked_for_all()
    {
        var output = new StringWriter();
        var summary = BatchScreening.Run(Fixture.Value, new StringReader("name\nKim Jong Un\n"), output, new BatchScreeningOptions(Threshold: 0.5, Limit: 5, AllMatches: true, JsonLines: true), TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Rows);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        Assert.Equal(1, doc.RootElement.GetProperty("row").GetInt32());
        Assert.Equal("Kim Jong Un", doc.RootElement.GetProperty("query").GetProperty("name").GetString());
        var results = doc.RootElement.GetProperty("results");
        Assert.Equal("ofac-20157", results[0].GetProperty("id").GetString());
        Assert.InRange(results.GetArrayLength(), 1, 5);
        Assert.Equal(Enumerable.Range(1, results.GetArrayLength()), results.EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public void A_header_without_a_query_column_is_a_problem_and_nothing_is_written()
    {
        var output = new StringWriter();
        var summary = BatchScreening.Run(Fixture.Value, new StringReader("who,what\nKim,person\n"), output, new BatchScreeningOptions(), TestContext.Current.CancellationToken);
        Assert.False(summary.Completed);
        Assert.Contains("the header must name a column 'name'", summary.Problem, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void Cancellation_stops_the_batch()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => BatchScreening.Run(Fixture.Value, new StringReader(Queries), TextWriter.Null, new BatchScreeningOptions(), cts.Token));
    }

    [Theory]
    [InlineData("Ship", Model.EntitySchema.Vessel)]
    [InlineData(" organisation ", Model.EntitySchema.Organization)]
    [InlineData("individual", Model.EntitySchema.Person)]
    [InlineData("spaceship", null)]
    [InlineData(null, null)]
    public void Schema_words_are_read_case_insensitively(string? text, Model.EntitySchema? expected) => Assert.Equal(expected, SchemaNames.Parse(text));
}
