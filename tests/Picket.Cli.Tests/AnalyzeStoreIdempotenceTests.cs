using System.IO.Compression;
using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Store;

namespace Picket.Cli.Tests;

/// <summary>
/// <c>picket analyze</c> on a truncated download, then on the full one, into the same store: the first is an input
/// error logged incomplete (never read as complete), the second adds only what the first did not have.
/// </summary>
public sealed class AnalyzeStoreIdempotenceTests
{
    private static string Feed(string dir, int positions)
    {
        var nmea = new NmeaWriter();
        var text = new StringWriter();
        long t0 = new DateTimeOffset(2018, 3, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        for (int i = 0; i < positions; i++)
        {
            uint mmsi = 412_000_000 + (uint)(i % 50);
            var p = new PositionReportClassA { MessageType = 1, Mmsi = mmsi, RateOfTurnRaw = -128, SpeedRaw = 80, LongitudeRaw = (int)(123.5 * 600_000) + i * 50, LatitudeRaw = (int)(36.5 * 600_000) + (int)(i % 50) * 6_000, CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
            AisEncoder.Write(nmea, text, p, 'A', t0 + i * 20_000L, "rx1");
        }
        string path = Path.Combine(dir, "feed.nmea");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void A_truncated_gzip_fails_the_file_and_the_full_download_afterwards_adds_only_the_rest()
    {
        using var dir = new TempDir("picket-idem");
        string plain = Feed(dir.Path, 6_000);
        string gz = dir["feed.nmea.gz"], cut = dir["cut.nmea.gz"];
        using (var z = new GZipStream(File.Create(gz), CompressionLevel.Fastest)) z.Write(File.ReadAllBytes(plain));
        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        string outDir = dir["out"];

        var (exit, stdout, stderr) = CliRunner.Run("analyze", cut, "--out", outDir, "--json");
        Assert.Equal(3, exit); // read as complete (exit 0) before
        Assert.Contains("truncated", stderr, StringComparison.OrdinalIgnoreCase);
        long first;
        using (var summary = JsonDocument.Parse(stdout)) first = summary.RootElement.GetProperty("stored_positions").GetInt64();
        Assert.InRange(first, 1, 5_999);

        (exit, stdout, stderr) = CliRunner.Run("analyze", gz, "--out", outDir, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("already in the store", stderr, StringComparison.Ordinal);
        using (var summary = JsonDocument.Parse(stdout))
        {
            Assert.Equal(6_000, summary.RootElement.GetProperty("positions").GetInt64()); // the analysis sees everything
            Assert.Equal(6_000 - first, summary.RootElement.GetProperty("stored_positions").GetInt64()); // the store only what is new
        }
        using var store = StoreDatabase.Open(Path.Combine(outDir, "picket.duckdb"));
        Assert.Equal(6_000, store.ScalarLong("SELECT count(*) FROM positions"));
        Assert.Equal(6_000, store.ScalarLong("SELECT count(*) FROM (SELECT DISTINCT mmsi, ts, lat, lon FROM positions)"));
    }
}
