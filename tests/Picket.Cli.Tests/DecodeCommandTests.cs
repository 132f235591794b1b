using System.Text.Json;

namespace Picket.Cli.Tests;

/// <summary><c>picket decode</c> and <c>picket sample</c> as a user runs them; the README's first command depends on these.</summary>
public sealed class DecodeCommandTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "demo.nmea");

    [Fact]
    public void Committed_sample_is_what_picket_sample_writes()
    {
        var (exit, stdout, _) = CliRunner.Run("sample");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Sample), stdout);
    }

    [Fact]
    public void Decode_the_sample_to_json_lines_with_statistics_on_stderr()
    {
        var (exit, stdout, stderr) = CliRunner.Run("decode", Sample);
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(26, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(5, first.RootElement.GetProperty("type").GetInt32());
        Assert.Equal("SAMPLE TANKER", first.RootElement.GetProperty("name").GetString());
        Assert.Equal("2018-03-02T10:00:00Z", first.RootElement.GetProperty("time").GetString());
        Assert.Contains("messages decoded: 26", stderr, StringComparison.Ordinal);
        Assert.Contains("bad_checksum: 1", stderr, StringComparison.Ordinal);
        Assert.Contains("truncated: 1", stderr, StringComparison.Ordinal);
        Assert.Contains("not_ais: 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_with_out_naming_its_own_input_refuses_and_leaves_the_input_whole()
    {
        string dir = Directory.CreateTempSubdirectory("picket-decode-out-").FullName;
        try
        {
            string input = Path.Combine(dir, "feed.nmea");
            File.Copy(Sample, input);
            var (exit, _, stderr) = CliRunner.Run("decode", input, "--out", input);
            Assert.Equal(2, exit);
            Assert.Contains("is also an input", stderr, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Sample), File.ReadAllText(input));

            var (dirExit, _, dirErr) = CliRunner.Run("decode", input, "--out", dir);
            Assert.Equal(5, dirExit);
            Assert.Contains("is a directory", dirErr, StringComparison.Ordinal);

            string output = Path.Combine(dir, "decoded.jsonl");
            var (okExit, _, _) = CliRunner.Run("decode", input, "--out", output);
            Assert.Equal(0, okExit);
            Assert.Equal(26, File.ReadAllLines(output).Length);
            Assert.Equal(["decoded.jsonl", "feed.nmea"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Types_filter_csv_output_and_stats_json()
    {
        var (_, csv, _) = CliRunner.Run("decode", Sample, "--format", "csv", "--types", "5,18");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length); // header, the type 5, the type 18
        Assert.StartsWith("time,source,type,mmsi", rows[0], StringComparison.Ordinal);
        var (exit, stats, _) = CliRunner.Run("decode", Sample, "--stats");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stats);
        Assert.Equal(31, doc.RootElement.GetProperty("lines").GetInt32());
        Assert.Equal(3, doc.RootElement.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void Usage_and_input_errors_have_documented_exit_codes()
    {
        Assert.Equal(2, CliRunner.Run("decode", Sample, "--types", "99").Exit);
        var (exit, _, stderr) = CliRunner.Run("decode", "/nonexistent/feed.nmea");
        Assert.Equal(3, exit);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_a_vessel_name_stays_inert_text_in_json_and_csv()
    {
        string path = Path.Combine(Path.GetTempPath(), $"picket-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n" +
                "367596940,2023-01-01T00:00:04,29.3,-94.7,0.0,171.6,511,\"<script>alert(1)</script>, \"\"x\"\"\",IMO9293078,WDH4936,80,0,172.0,28.0,9.5,70,A\n");
            var (exit, stdout, _) = CliRunner.Run("decode", path);
            Assert.Equal(0, exit);
            Assert.DoesNotContain("<script>", stdout, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(stdout.Trim());
            Assert.Equal("<script>alert(1)</script>, \"x\"", doc.RootElement.GetProperty("name").GetString());
        }
        finally { File.Delete(path); }
    }
}
