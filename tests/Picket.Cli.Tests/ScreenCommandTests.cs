using System.Text.Json;

namespace Picket.Cli.Tests;

/// <summary><c>picket screen</c> over the hand-made fixture lists: table, JSON, batch CSV, identifiers, bad input.</summary>
public sealed class ScreenCommandTests(FixtureListStore store) : IClassFixture<FixtureListStore>
{
    readonly string _dir = store.Dir;

    [Fact]
    public void Table_ranks_romanisation_variants_of_a_name_with_the_explanation()
    {
        var (exit, stdout, stderr) = CliRunner.Run("screen", "Gim Jeong-eun", "--schema", "person", "--lists", _dir);
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);
        Assert.Equal(0, exit);
        Assert.Contains("screening against 7 entities (ofac 4, un 3)", stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^rank\s+score\s+list\s+id\s+schema\s+caption\s+explanation$", lines[1]);
        Assert.Matches(@"^\s*1\s+0\.9\d\d\s+ofac\s+ofac-20157\s+Person\s+KIM, Jong Un\s+name .*romanisation", lines[2]);
    }

    [Fact]
    public void Json_gives_one_object_per_query_and_an_imo_finds_the_vessel()
    {
        var (exit, stdout, _) = CliRunner.Run("screen", "CHONG CHON GANG", "--imo", "IMO 7937317", "--schema", "vessel", "--json", "--lists", _dir);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        var top = doc.RootElement.GetProperty("results")[0];
        Assert.Equal("ofac-17069", top.GetProperty("id").GetString());
        Assert.Equal(1.0, top.GetProperty("score").GetDouble());
        Assert.Contains(top.GetProperty("explanation").EnumerateArray(), x => x.GetString()!.StartsWith("IMO 7937317 matches exactly", StringComparison.Ordinal));
        Assert.Equal("Vessel", doc.RootElement.GetProperty("query").GetProperty("schema").GetString());

        // The hull number on the list differs: a vessel query with another IMO is not that ship.
        (exit, stdout, _) = CliRunner.Run("screen", "HWANG GUM SAN 3", "--schema", "vessel", "--json", "--lists", _dir);
        using var other = JsonDocument.Parse(stdout);
        Assert.Equal(0, other.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Batch_csv_writes_the_best_match_per_row_quoted_and_counts_bad_rows()
    {
        var input = Path.Combine(ListsFixtures.NewTempDir(), "queries.csv");
        File.WriteAllText(input, """
            id,name,schema,imo
            a,Kim Chong-un,person,
            b,,vessel,8405270
            c,"Example Trading, ""Co"" Ltd",company,
            d,Nobody Atall,person,
            e,KIM JONG UN,spaceship,
            f,,,
            """);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("screen", "--csv", input, "--lists", _dir);
            TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);
            Assert.Equal(0, exit);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("row,name,schema,imo,mmsi,rank,score,list,id,entity_schema,caption,matched_name,explanation,error", lines[0]);
            Assert.Equal(7, lines.Length);
            Assert.StartsWith("1,Kim Chong-un,Person,,,1,0.983,ofac,ofac-20157,Person,\"KIM, Jong Un\",\"KIM, Jong Un\",", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("2,,Vessel,8405270,,1,1.000,ofac,ofac-17087,Vessel,HWANG GUM SAN 2,", lines[2], StringComparison.Ordinal);
            Assert.StartsWith("3,\"Example Trading, \"\"Co\"\" Ltd\",Company,,,1,", lines[3], StringComparison.Ordinal);
            Assert.Contains("ofac-99001", lines[3], StringComparison.Ordinal);
            Assert.Equal("4,Nobody Atall,Person" + new string(',', 11), lines[4]);
            Assert.Equal("5,KIM JONG UN" + new string(',', 12) + "\"unknown schema (use vessel, company, organization, person, aircraft)\"", lines[5]);
            Assert.Equal("6" + new string(',', 13) + "no name or identifier", lines[6]);
            Assert.Contains("rows: 6, with a match at or above 0.70: 3, not screened (bad row): 2", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(input)!, recursive: true);
        }
    }

    [Fact]
    public void Control_characters_in_a_query_do_not_reach_the_terminal()
    {
        var (exit, stdout, _) = CliRunner.Run("screen", "KIM\u001b[2J JONG\u202e UN", "--lists", _dir);
        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u202e', stdout);
        Assert.Contains("KIM\uFFFD[2J JONG\uFFFD UN", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_lists_no_query_and_bad_csv_header_have_documented_exit_codes()
    {
        var empty = ListsFixtures.NewTempDir();
        try
        {
            var (exit, _, stderr) = CliRunner.Run("screen", "KIM JONG UN", "--lists", empty);
            Assert.Equal(3, exit);
            Assert.Contains("no sanctions lists in", stderr, StringComparison.Ordinal);
            Assert.Equal(2, CliRunner.Run("screen", "--lists", _dir).Exit);
            Assert.Equal(2, CliRunner.Run("screen", "KIM", "--schema", "spaceship", "--lists", _dir).Exit);

            var csv = Path.Combine(empty, "q.csv");
            File.WriteAllText(csv, "who,what\nKim,person\n");
            (exit, _, stderr) = CliRunner.Run("screen", "--csv", csv, "--lists", _dir);
            Assert.Equal(3, exit);
            Assert.Contains("the header must name a column 'name'", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}

/// <summary>A store holding the fixture lists, loaded once per test class with <c>picket lists load</c>.</summary>
public sealed class FixtureListStore : IDisposable
{
    public FixtureListStore()
    {
        var (exit, _, stderr) = CliRunner.Run("lists", "load", ListsFixtures.Path("un_consolidated.xml"), ListsFixtures.Path("ofac"), "--dir", Dir);
        Assert.True(exit == 0, stderr);
    }

    public string Dir { get; } = ListsFixtures.NewTempDir();

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
