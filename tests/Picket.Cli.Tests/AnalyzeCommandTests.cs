using System.Text.Json;
using System.Xml.Linq;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Cli.Tests;

/// <summary><c>picket analyze</c> as a user runs it: every output is written, parses, and keeps hostile names inert.</summary>
public sealed class AnalyzeCommandTests
{
    // Six-bit AIS text can carry '<', '>', '&', '"' and '\'': enough for markup in a vessel name.
    private const string HostileName = "<B>&\"X'</B>";

    internal static string WriteFeed(string dir)
    {
        var nmea = new NmeaWriter();
        var text = new StringWriter();
        long t0 = new DateTimeOffset(2018, 3, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        AisEncoder.Write(nmea, text, new StaticAndVoyageData { Mmsi = 445112000, ImoRaw = 8691702, Name = HostileName, CallSign = "HMYN9", ShipType = 80, ToBow = 60, ToStern = 20, ToPort = 6, ToStarboard = 6, Destination = "NAMPO", EtaHour = 24, EtaMinute = 60 }, 'A', t0, "rx1");
        for (int i = 0; i < 36; i++)
        {
            var p = new PositionReportClassA { MessageType = 1, Mmsi = 445112000, RateOfTurnRaw = -128, SpeedRaw = 100, LongitudeRaw = (int)(123.5 * 600_000) + i * 6_000, LatitudeRaw = (int)(38.5 * 600_000), CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
            AisEncoder.Write(nmea, text, p, 'A', t0 + i * 600_000L, "rx1");
        }
        string path = Path.Combine(dir, "feed.nmea");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void Writes_every_output_and_keeps_markup_in_names_inert()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"picket-analyze-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string feed = WriteFeed(dir);
            string outDir = Path.Combine(dir, "out");
            var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--geojson", "--kml", "--json");
            Assert.True(exit == 0, stderr);
            using (var summary = JsonDocument.Parse(stdout))
            {
                Assert.Equal(37, summary.RootElement.GetProperty("decode").GetProperty("messages").GetInt32());
                Assert.Equal(1, summary.RootElement.GetProperty("vessels").GetInt32());
            }

            string html = File.ReadAllText(Path.Combine(outDir, "report.html"));
            Assert.DoesNotContain("<B>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;B&gt;&amp;&quot;X&#39;&lt;/B&gt;", html, StringComparison.Ordinal);

            var vessel = JsonDocument.Parse(File.ReadLines(Path.Combine(outDir, "vessels.jsonl")).Single()).RootElement;
            Assert.Equal(HostileName, vessel.GetProperty("history")[0].GetProperty("name").GetString());
            Assert.Contains("dprk_mid", vessel.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));

            using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "map.geojson")));
            var track = geo.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("kind").GetString() == "track");
            Assert.Equal(HostileName, track.GetProperty("properties").GetProperty("name").GetString());
            Assert.True(track.GetProperty("geometry").GetProperty("coordinates").GetArrayLength() >= 2);

            var kml = XDocument.Load(Path.Combine(outDir, "map.kml")); // throws if the name broke the XML
            XNamespace k = "http://www.opengis.net/kml/2.2";
            Assert.Contains(kml.Descendants(k + "Placemark"), p => (string?)p.Element(k + "name") == HostileName);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Writes_a_store_that_query_reads_and_a_second_run_does_not_add_the_same_file_again()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"picket-analyze-store-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string feed = WriteFeed(dir);
            string outDir = Path.Combine(dir, "out"), db = Path.Combine(outDir, "picket.duckdb");
            var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--json");
            Assert.True(exit == 0, stderr);
            using (var summary = JsonDocument.Parse(stdout))
                Assert.Equal(36, summary.RootElement.GetProperty("stored_positions").GetInt64());
            Assert.True(File.Exists(db));

            var (qExit, qOut, qErr) = CliRunner.Run("query", "vessel", "445112000", "--db", db, "--json");
            Assert.True(qExit == 0, qErr);
            var vessel = JsonDocument.Parse(qOut).RootElement[0];
            Assert.Equal(36, vessel.GetProperty("positions").GetInt32());
            Assert.Equal(HostileName, vessel.GetProperty("identities")[0].GetProperty("name").GetString());

            // The same file again: analysis outputs are rewritten, the store keeps one copy of the file's rows.
            (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("already in the store", stderr, StringComparison.Ordinal);
            (_, qOut, _) = CliRunner.Run("query", "vessel", "445112000", "--db", db, "--json");
            Assert.Equal(36, JsonDocument.Parse(qOut).RootElement[0].GetProperty("positions").GetInt32());
            var (ingestExit, ingestOut, ingestErr) = CliRunner.Run("ingest", feed, "--db", db);
            Assert.Equal(0, ingestExit);
            Assert.Contains("already ingested", ingestOut + ingestErr, StringComparison.Ordinal);

            // Redirected (as in scripts and CI): plain progress lines, no progress bar's escape codes.
            (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--out", Path.Combine(dir, "no-store"), "--no-store");
            Assert.True(exit == 0, stderr);
            Assert.Contains("lines so far", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', stderr + stdout);
            Assert.Contains("wrote ", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("picket.duckdb", stdout, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dir, "no-store", "picket.duckdb")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_file_that_breaks_off_keeps_what_was_read_and_is_logged_incomplete_while_the_next_file_is_stored_whole()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"picket-analyze-broken-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string feed = WriteFeed(dir);
            // A gzip of many copies of the feed with its compressed middle overwritten: decoding starts, then breaks.
            string broken = Path.Combine(dir, "broken.nmea.gz");
            using (var gz = new System.IO.Compression.GZipStream(File.Create(broken), System.IO.Compression.CompressionLevel.NoCompression))
                for (int i = 0; i < 400; i++) gz.Write(File.ReadAllBytes(feed));
            var bytes = File.ReadAllBytes(broken);
            Array.Fill(bytes, (byte)0xFF, bytes.Length / 2, 4096);
            File.WriteAllBytes(broken, bytes);

            string outDir = Path.Combine(dir, "out");
            var (exit, stdout, stderr) = CliRunner.Run("analyze", broken, feed, "--out", outDir, "--json");
            Assert.Equal(3, exit);
            Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
            using var summary = JsonDocument.Parse(stdout);
            long messages = summary.RootElement.GetProperty("decode").GetProperty("messages").GetInt64();
            long stored = summary.RootElement.GetProperty("stored_positions").GetInt64();
            Assert.InRange(messages, 37 + 1, 37 * 400 - 1); // the broken file's first part was decoded and counted
            Assert.True(stored > 36, $"stored {stored}");

            // The good file is in the store whole and logged complete: ingesting it again adds nothing.
            var (ingestExit, ingestOut, ingestErr) = CliRunner.Run("ingest", feed, "--db", Path.Combine(outDir, "picket.duckdb"));
            Assert.Equal(0, ingestExit);
            Assert.Contains("already ingested", ingestOut + ingestErr, StringComparison.Ordinal);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
