using System.Text.Json;

namespace Picket.Cli.Tests;

/// <summary>
/// Mistakes a user makes on the command line: each is found before the work starts, reported as one line without a
/// stack trace, and mapped to the documented exit code (README §Exit codes).
/// </summary>
public sealed class CarelessInputTests
{
    private static void OneClearLine(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_refuses_a_missing_input_with_exit_3_before_reading_the_good_one()
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        var (exit, _, stderr) = CliRunner.Run("analyze", feed, dir["missing.nmea"], "--out", dir["out"]);
        Assert.Equal(3, exit);
        Assert.Contains("missing.nmea: no such file", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
        Assert.False(File.Exists(dir["out/events.jsonl"]), "no work was done");
    }

    [Fact]
    public void Analyze_of_a_csv_of_unknown_layout_says_which_columns_it_expected_and_found()
    {
        using var dir = new TempDir("picket-careless");
        File.WriteAllText(dir["export.csv"], "mmsi,when,x,y\n123456789,2020-01-01 00:00:00,1,2\n");
        var (exit, stdout, stderr) = CliRunner.Run("analyze", dir["export.csv"], "--out", dir["out"], "--no-store", "--json");
        Assert.Equal(0, exit);
        Assert.Contains("unknown CSV layout", stderr, StringComparison.Ordinal);
        Assert.Contains("found 4 column(s): mmsi, when, x, y", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
        using var summary = JsonDocument.Parse(stdout);
        var notes = summary.RootElement.GetProperty("input_notes").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains(notes, n => n!.Contains("unknown CSV layout", StringComparison.Ordinal));
        Assert.Contains("unknown CSV layout", File.ReadAllText(dir["out/report.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_refuses_a_directory_and_stdin_dash_as_inputs_naming_both()
    {
        using var dir = new TempDir("picket-careless");
        var (exit, _, stderr) = CliRunner.Run("analyze", dir.Path, "-", "--out", dir["out"]);
        Assert.Equal(3, exit);
        Assert.Contains("is a directory", stderr, StringComparison.Ordinal);
        Assert.Contains("standard input", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
    }

    [Fact]
    public void Analyze_refuses_a_glob_that_matches_nothing()
    {
        using var dir = new TempDir("picket-careless");
        var (exit, _, stderr) = CliRunner.Run("analyze", Path.Combine(dir.Path, "*.nmea.gz"), "--out", dir["out"]);
        Assert.Equal(3, exit);
        Assert.Contains("no file matches", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_refuses_a_missing_reported_file_before_the_work()
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        var (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", dir["out"], "--reported", dir["reported.csv"], "--no-store");
        Assert.Equal(3, exit);
        Assert.Contains("--reported", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
        Assert.False(File.Exists(dir["out/events.jsonl"]), "the check came before the work");
    }

    [Fact]
    public void Analyze_refuses_a_mistyped_lists_directory_instead_of_skipping_screening()
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        var (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", dir["out"], "--lists", dir["lsits"], "--no-store");
        Assert.Equal(3, exit);
        Assert.Contains("--lists", stderr, StringComparison.Ordinal);
        Directory.CreateDirectory(dir["empty-lists"]);
        (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", dir["out"], "--lists", dir["empty-lists"], "--no-store");
        Assert.Equal(3, exit);
        Assert.Contains("no sanctions list could be loaded", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
    }

    [Fact]
    public void Analyze_reads_the_same_content_given_twice_once()
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        File.Copy(feed, dir["copy.nmea"]);
        var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, feed, dir["copy.nmea"], "--out", dir["out"], "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("same content", stderr, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(stdout);
        Assert.Equal(36, summary.RootElement.GetProperty("positions").GetInt64());
        Assert.Equal(36, summary.RootElement.GetProperty("stored_positions").GetInt64());
        var ids = File.ReadLines(dir["out/events.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("export")]
    [InlineData("query")]
    public void A_bbox_of_NaN_is_a_usage_error_not_a_crash_or_an_empty_result(string command)
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        string[] args = command switch
        {
            "analyze" => ["analyze", feed, "--out", dir["out"], "--bbox", "NaN,30,130,45"],
            "export" => ["export", "--db", dir["x.duckdb"], "--parquet", dir["pq"], "--bbox", "120,NaN,130,45"],
            _ => ["query", "area", "--db", dir["x.duckdb"], "--bbox", "120,30,Infinity,45"],
        };
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("NaN", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
    }

    [Fact]
    public void An_unknown_option_is_exit_2()
    {
        var (exit, _, stderr) = CliRunner.Run("analyze", "x.nmea", "--out", "o", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains("--no-such-option", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_refuses_the_filesystem_root_and_a_file_as_out()
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        var (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", "/", "--no-store");
        Assert.Equal(2, exit);
        Assert.Contains("root of the filesystem", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists("/report.html"));
        (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", feed, "--no-store");
        Assert.Equal(5, exit);
        Assert.Contains("is a file", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_exit_5_with_one_line_and_earlier_files_stay_whole()
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        string outDir = dir["out"];
        var (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--no-store");
        Assert.True(exit == 0, stderr);
        string events = File.ReadAllText(Path.Combine(outDir, "events.jsonl"));
        // report.html replaced by a non-empty directory: the final move into place must fail.
        File.Delete(Path.Combine(outDir, "report.html"));
        Directory.CreateDirectory(Path.Combine(outDir, "report.html", "x"));
        (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--no-store");
        Assert.Equal(5, exit);
        Assert.Contains("report.html", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
        Assert.Equal(events, File.ReadAllText(Path.Combine(outDir, "events.jsonl")));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp")); // no partial file left beside the outputs
        Assert.Empty(Directory.GetFiles(outDir, ".*.tmp"));
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_for_a_user_error()
    {
        using var dir = new TempDir("picket-careless");
        var (exit, _, stderr) = CliRunner.Run("analyze", dir["missing.nmea"], "--out", dir["out"], "--verbose");
        Assert.Equal(3, exit);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tracks")]
    [InlineData("detect")]
    public void Tracks_and_detect_check_their_inputs_before_the_work(string command)
    {
        using var dir = new TempDir("picket-careless");
        string feed = AnalyzeCommandTests.WriteFeed(dir.Path);
        var (exit, _, stderr) = CliRunner.Run(command, feed, dir["missing.nmea"], dir.Path, "--out", dir["out"]);
        Assert.Equal(3, exit);
        Assert.Contains("missing.nmea: no such file", stderr, StringComparison.Ordinal);
        Assert.Contains("is a directory", stderr, StringComparison.Ordinal);
        OneClearLine(stderr);
        Assert.False(Directory.Exists(dir["out"]), "no work was done");
    }

    [Fact]
    public void Ingest_of_a_directory_says_so()
    {
        using var dir = new TempDir("picket-careless");
        var (exit, stdout, stderr) = CliRunner.Run("ingest", dir.Path, "--db", dir["s.duckdb"]);
        Assert.Equal(3, exit);
        Assert.Contains("is a directory", stdout + stderr, StringComparison.Ordinal);
    }
}
