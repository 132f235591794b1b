namespace Picket.Cli.Tests;

/// <summary>
/// Every command's exit code as the README's exit-code table documents it, from real invocations of the built
/// <c>picket</c>: parse errors (unknown command or option, a missing required option, a bad value) are 2, an input
/// that cannot be read 3, an output that cannot be written 5, a check the user asked for that did not pass 6.
/// </summary>
public sealed class ExitCodeTests
{
    const int Ok = 0, Usage = 2, Input = 3, Output = 5, CheckFailed = 6;

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("decode", "--no-such-option", "x.nmea")]
    [InlineData("decode")]
    [InlineData("analyze", "x.nmea")]
    [InlineData("decode", "--format", "xml", "x.nmea")]
    [InlineData("simulate", "--out", "o", "--hours", "lots")]
    [InlineData("query", "area", "--bbox", "1,2,3")]
    [InlineData("screen")]
    [InlineData("match")]
    [InlineData("ingest", "x.nmea", "--commit-rows", "0")]
    [InlineData("lists", "update", "--source", "nowhere")]
    [InlineData("evaluate", "a", "b", "--min-recall", "2")]
    [InlineData("serve", "--db", "never-created.duckdb", "--urls", "http://0.0.0.0:5099")]
    [InlineData("serve", "--db", "never-created.duckdb", "--trust-proxy", "X-Forwarded-User")]
    [InlineData("serve", "--db", "never-created.duckdb", "--proxy-address", "10.0.0.5")]
    [InlineData("serve", "--db", "never-created.duckdb", "--trust-proxy", "X-Forwarded-For", "--proxy-address", "10.0.0.5")]
    [InlineData("serve", "--db", "never-created.duckdb", "--trust-proxy", "X-Forwarded-User", "--proxy-address", "0.0.0.0/0")]
    public void Parse_and_usage_errors_are_2_with_one_line_naming_the_problem(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.True(exit == Usage, $"picket {string.Join(' ', args)} → {exit}: {stderr}");
        Assert.False(string.IsNullOrWhiteSpace(stderr));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_0()
    {
        Assert.Equal(Ok, CliRunner.Run("--help").Exit);
        Assert.Equal(Ok, CliRunner.Run("decode", "--help").Exit);
    }

    [Fact]
    public void Inputs_that_cannot_be_read_are_3()
    {
        using var dir = new TempDir("picket-exit");
        Assert.Equal(Input, CliRunner.Run("decode", dir["missing.nmea"]).Exit);
        Assert.Equal(Input, CliRunner.Run("analyze", dir["missing.nmea"], "--out", dir["out"]).Exit);
        Assert.Equal(Input, CliRunner.Run("match", "--pairs", dir["missing.csv"]).Exit);
        Assert.Equal(Input, CliRunner.Run("query", "vessel", "445112000", "--db", dir["missing.duckdb"]).Exit);
        Assert.Equal(Input, CliRunner.Run("evaluate", dir["truth.jsonl"], dir["events.jsonl"]).Exit);
        Assert.Equal(Input, CliRunner.Run("lists", "load", dir["missing.xml"], "--dir", dir["lists"]).Exit);
    }

    [Fact]
    public void Outputs_that_cannot_be_written_are_5_and_what_was_there_is_kept()
    {
        using var dir = new TempDir("picket-exit");
        File.WriteAllText(dir["file"], "keep");
        File.WriteAllText(dir["pairs.csv"], "name1,name2\nKIM,KIM\n");
        var underAFile = Path.Combine(dir["file"], "x");

        Assert.Equal(Output, CliRunner.Run("sample", underAFile).Exit);
        Assert.Equal(Output, CliRunner.Run("simulate", "--hours", "12", "--vessels", "40", "--out", dir["file"]).Exit);
        Assert.Equal(Output, CliRunner.Run("match", "--pairs", dir["pairs.csv"], "--out", underAFile).Exit);
        Assert.Equal(Output, CliRunner.Run("decode", Path.Combine(CliRunner.RepoRoot, "samples", "demo.nmea"), "--out", dir.Path).Exit);
        Assert.Equal(Output, CliRunner.Run("analyze", Path.Combine(CliRunner.RepoRoot, "samples", "demo.nmea"), "--out", dir["file"]).Exit);
        Assert.Equal(Output, CliRunner.Run("ingest", Path.Combine(CliRunner.RepoRoot, "samples", "demo.nmea"), "--db", Path.Combine(underAFile, "s.duckdb")).Exit);
        Assert.Equal("keep", File.ReadAllText(dir["file"]));
    }

    [Fact]
    public void Evaluate_below_the_asked_recall_is_6_and_at_it_0()
    {
        using var dir = new TempDir("picket-exit");
        File.WriteAllText(dir["truth.jsonl"], """{"type":"encounter","start":"2018-03-02T10:00:00Z","end":"2018-03-02T12:00:00Z","vessels":[{"mmsi":1},{"mmsi":2}]}""" + "\n");
        File.WriteAllText(dir["none.jsonl"], "");
        var (exit, _, stderr) = CliRunner.Run("evaluate", dir["truth.jsonl"], dir["none.jsonl"], "--min-recall", "0.5");
        Assert.True(exit == CheckFailed, stderr);
        Assert.Contains("encounter: recall", stderr, StringComparison.Ordinal);
        Assert.Equal(Ok, CliRunner.Run("evaluate", dir["truth.jsonl"], dir["truth.jsonl"], "--min-recall", "1").Exit);
    }
}
