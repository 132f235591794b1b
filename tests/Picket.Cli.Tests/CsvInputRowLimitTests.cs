namespace Picket.Cli.Tests;

/// <summary>
/// A CSV row over 16 MiB, or an unterminated quote, used to crash <c>match --pairs</c>, <c>screen --csv</c>,
/// <c>decode</c> and OFAC <c>lists load</c> with a stack trace. Now the row is skipped and counted (or the list
/// refused with a reason), and the command ends with its documented exit code.
/// </summary>
public sealed class CsvInputRowLimitTests(FixtureListStore store) : IClassFixture<FixtureListStore>, IDisposable
{
    readonly string _tmp = ListsFixtures.NewTempDir();

    public void Dispose() => Directory.Delete(_tmp, recursive: true);

    static readonly string Huge = new('X', 17 * 1024 * 1024);

    static void NoCrash((int Exit, string Stdout, string Stderr) run)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"exit {run.Exit}\n{run.Stdout[..Math.Min(2000, run.Stdout.Length)]}\n{run.Stderr}");
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_pairs_skips_a_17_MiB_row_and_scores_the_others()
    {
        var file = Path.Combine(_tmp, "pairs.csv");
        File.WriteAllText(file, "name1,name2,expected\nKim Jong Un,\"KIM, Jong Un\",true\n" + Huge + ",x,false\nKim Chong-un,\"KIM, Jong Un\",true\n");
        var run = CliRunner.Run("match", "--pairs", file);
        NoCrash(run);
        Assert.Equal(0, run.Exit);
        Assert.Contains("1 row(s) longer than 65536 characters skipped", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // header + 2 rows
    }

    [Fact]
    public void Screen_csv_skips_a_row_with_an_unterminated_quote()
    {
        var file = Path.Combine(_tmp, "queries.csv");
        var rows = string.Concat(Enumerable.Range(0, 3000).Select(i => $"VESSEL {i},vessel\n"));
        File.WriteAllText(file, "name,schema\nCHONG CHON GANG,vessel\n\"KIM Jong Un,person\n" + rows);
        var run = CliRunner.Run("screen", "--csv", file, "--lists", store.Dir);
        NoCrash(run);
        Assert.Equal(0, run.Exit);
        Assert.Contains("1 row(s) longer than 65536 characters skipped", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("rows: 3001,", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_skips_a_17_MiB_csv_row_and_counts_it()
    {
        var file = Path.Combine(_tmp, "noaa.csv");
        const string row = "367596940,2023-01-01T00:00:04,29.3,-94.7,0.0,171.6,511,KIRBY,IMO9293078,WDH4936,80,0,172.0,28.0,9.5,70,A\n";
        File.WriteAllText(file, "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n"
            + row + "367596940,2023-01-01T00:00:05," + Huge + "\n" + row);
        var run = CliRunner.Run("decode", file);
        NoCrash(run);
        Assert.Equal(0, run.Exit);
        Assert.Contains("row_too_long: 1", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("records: 2", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("dates: ISO 8601", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_load_refuses_an_ofac_csv_with_a_17_MiB_record_and_keeps_the_stored_list()
    {
        var ofac = Path.Combine(_tmp, "ofac");
        Directory.CreateDirectory(ofac);
        File.Copy(ListsFixtures.Path("ofac", "sdn.csv"), Path.Combine(ofac, "sdn.csv"));
        File.AppendAllText(Path.Combine(ofac, "sdn.csv"), "99,\"" + Huge + "\",\"vessel\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        var lists = Path.Combine(_tmp, "lists");
        var run = CliRunner.Run("lists", "load", "--dir", lists, ofac);
        NoCrash(run);
        Assert.Equal(4, run.Exit);
        Assert.Contains("REFUSED", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("character limit", run.Stderr, StringComparison.Ordinal);
    }
}
