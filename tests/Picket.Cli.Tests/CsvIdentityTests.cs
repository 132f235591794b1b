using System.Text.Json;

namespace Picket.Cli.Tests;

/// <summary>
/// The simulator writes the same traffic as NMEA and as a NOAA-layout CSV export. Both must give the same renames and
/// deliveries: CSV rows carry identity (name, IMO, call sign, type, dimensions, draught) into the same identity stage.
/// </summary>
public sealed class CsvIdentityTests
{
    [Fact]
    public void Csv_input_gives_the_same_renames_and_deliveries_as_the_same_traffic_in_nmea()
    {
        using var dir = new TempDir("picket-csv-identity");
        var (exit, _, stderr) = CliRunner.Run("simulate", "--hours", "48", "--vessels", "40", "--moving-interval", "60", "--out", dir["sim"]);
        Assert.True(exit == 0, stderr);
        var nmea = Analyze(dir["sim/feed.nmea"], dir["out-nmea"]);
        var csv = Analyze(dir["sim/feed.csv"], dir["out-csv"]);

        Assert.True(nmea.Deliveries > 0, "the scenario plants deliveries");
        Assert.Equal(nmea.Deliveries, csv.Deliveries);
        Assert.NotEmpty(nmea.Renamed);
        Assert.Equal(nmea.Renamed, csv.Renamed);
    }

    private static (int Deliveries, List<long> Renamed) Analyze(string input, string outDir)
    {
        var (exit, stdout, stderr) = CliRunner.Run("analyze", input, "--out", outDir, "--json", "--no-store");
        Assert.True(exit == 0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        var renamed = File.ReadLines(Path.Combine(outDir, "events.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "identity_change")
            .Select(e => e.GetProperty("vessels")[0].GetProperty("mmsi").GetInt64())
            .Order().ToList();
        return (summary.RootElement.GetProperty("deliveries").GetInt32(), renamed);
    }
}
