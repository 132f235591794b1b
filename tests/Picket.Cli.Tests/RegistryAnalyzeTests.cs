using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Cli.Tests;

/// <summary>
/// <c>picket analyze --lists (real OFAC) --registry FILE</c>: a registry naming Profinet Pte. Ltd. (designated by OFAC on
/// 21 August 2018 for DPRK port services) as the manager of a ship no list names makes that ship high risk, with the path
/// vessel → ship_manager → company → list entry in its factors; a firm with a near name does not; a ship the list links
/// to Gudzon Shipping shows Gudzon and its other ships. Then <c>picket query company</c> and <c>query vessel</c> read it back.
/// </summary>
public sealed class RegistryAnalyzeTests
{
    private const uint Managed = 352001234, Decoy = 352005678, Neptun = 273310000;
    private const int ManagedImo = 9300001, DecoyImo = 9400007, NeptunImo = 8404991; // the first two unlisted (valid check digits), the third OFAC's NEPTUN

    private static string Ofac()
    {
        var sdn = SharedData.Require("lists", "ofac", "sdn.csv");
        return Path.GetDirectoryName(sdn)!;
    }

    private static string WriteFeed(string dir)
    {
        var nmea = new NmeaWriter();
        var text = new StringWriter();
        long t0 = new DateTimeOffset(2018, 9, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        (uint Mmsi, int Imo, string Name, double Lat)[] ships = [(Managed, ManagedImo, "BLUE HORIZON", 31.0), (Decoy, DecoyImo, "GREEN HORIZON", 31.5), (Neptun, NeptunImo, "NEPTUN", 43.0)];
        foreach (var s in ships)
            AisEncoder.Write(nmea, text, new StaticAndVoyageData { Mmsi = s.Mmsi, ImoRaw = (uint)s.Imo, Name = s.Name, CallSign = "X" + s.Mmsi % 1000, ShipType = 80, ToBow = 60, ToStern = 20, ToPort = 6, ToStarboard = 6, Destination = "BUSAN", EtaHour = 24, EtaMinute = 60 }, 'A', t0, "rx1");
        for (int i = 0; i < 24; i++)
            foreach (var s in ships)
            {
                var p = new PositionReportClassA { MessageType = 1, Mmsi = s.Mmsi, RateOfTurnRaw = -128, SpeedRaw = 110, LongitudeRaw = (int)(125.0 * 600_000) + i * 6_000, LatitudeRaw = (int)(s.Lat * 600_000), CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
                AisEncoder.Write(nmea, text, p, 'A', t0 + i * 600_000L, "rx1");
            }
        string path = Path.Combine(dir, "feed.nmea");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void A_designated_manager_in_the_registry_makes_an_unlisted_ship_high_risk_with_the_path_and_query_reads_it_back()
    {
        string lists = Ofac();
        string dir = Path.Combine(Path.GetTempPath(), $"picket-registry-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string feed = WriteFeed(dir), registry = Path.Combine(dir, "registry.csv"), outDir = Path.Combine(dir, "out");
            File.WriteAllText(registry, $"""
                imo,registered_owner,ship_manager,ism_manager,operator,from,to
                {ManagedImo},Blue Horizon Holdings Ltd,"Profinet Pte. Ltd.",,,2018-01-01,
                {DecoyImo},,Profinet Shipping Pte Ltd,,,,
                12345,,Broken Row Ltd,,,,
                """);
            var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--lists", lists, "--registry", registry, "--json");
            Assert.True(exit == 0, stderr);
            using (var summary = JsonDocument.Parse(stdout))
            {
                Assert.Contains("1 bad rows (imo is not 7 digits: 1)", summary.RootElement.GetProperty("registry").GetString());
                Assert.Equal(2, summary.RootElement.GetProperty("vessels_with_listed_company").GetInt32()); // the managed ship and NEPTUN
            }

            var vessels = File.ReadLines(Path.Combine(outDir, "vessels.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
                .ToDictionary(v => v.GetProperty("mmsi").GetUInt32());
            var managed = vessels[Managed];
            Assert.True(managed.GetProperty("high_risk").GetBoolean());
            Assert.Empty(managed.GetProperty("list_matches").EnumerateArray()); // the hull itself is on no list
            var factor = Assert.Single(managed.GetProperty("risk_factors").EnumerateArray(), f => f.GetProperty("practice").GetString() == "ComplexOwnership");
            Assert.Contains("vessel → ship_manager → Profinet Pte. Ltd. → OfacSdn ofac-24516 \"PROFINET PTE. LTD.\" (1.00) from 2018-01-01 to …", factor.GetProperty("reason").GetString());
            var companies = managed.GetProperty("companies").EnumerateArray().ToList();
            Assert.Equal(["ship_manager", "registered_owner"], companies.Select(c => c.GetProperty("role").GetString()));
            Assert.True(companies[0].GetProperty("listed").GetBoolean());
            Assert.False(companies[1].GetProperty("listed").GetBoolean());

            var decoy = vessels[Decoy];
            Assert.False(decoy.GetProperty("high_risk").GetBoolean());
            Assert.False(Assert.Single(decoy.GetProperty("companies").EnumerateArray()).GetProperty("listed").GetBoolean());

            // NEPTUN is listed by its IMO; the list links it to Gudzon Shipping, whose other ships the report shows with it.
            var gudzon = Assert.Single(vessels[Neptun].GetProperty("companies").EnumerateArray());
            Assert.Equal(("linked_to", "ofac-24451"), (gudzon.GetProperty("role").GetString(), gudzon.GetProperty("company_key").GetString()));
            string html = File.ReadAllText(Path.Combine(outDir, "report.html"));
            int section = html.IndexOf("id=\"companies\"", StringComparison.Ordinal);
            Assert.True(section > 0);
            foreach (var name in new[] { "GUDZON SHIPPING CO LLC", "BOGATYR", "SEVASTOPOL", "PROFINET PTE. LTD.", "BLUE HORIZON" })
                Assert.Contains(name, html[section..], StringComparison.Ordinal);

            string db = Path.Combine(outDir, "picket.duckdb");
            var (qExit, qOut, qErr) = CliRunner.Run("query", "company", "Profinet Pte Ltd", "--db", db, "--json");
            Assert.True(qExit == 0, qErr);
            using (var q = JsonDocument.Parse(qOut))
            {
                // A name search also shows near names, but only as the unlisted companies they are.
                var listed = q.RootElement.EnumerateArray().Where(c => c.GetProperty("listed").GetBoolean()).ToList();
                Assert.All(listed, c => Assert.Equal("ofac-24516", Assert.Single(c.GetProperty("list_entries").EnumerateArray()).GetProperty("id").GetString()));
                var ships = listed.SelectMany(c => c.GetProperty("ships").EnumerateArray()).ToList();
                var ship = Assert.Single(ships, s => s.GetProperty("mmsi").ValueKind == JsonValueKind.Number && s.GetProperty("mmsi").GetUInt32() == Managed);
                Assert.True(ship.GetProperty("risk").GetProperty("high_risk").GetBoolean());
                Assert.DoesNotContain(ships, s => s.GetProperty("vessel_key").GetString() == $"imo:{DecoyImo}");
            }
            var (vExit, vOut, vErr) = CliRunner.Run("query", "vessel", Managed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "--json");
            Assert.True(vExit == 0, vErr);
            using (var v = JsonDocument.Parse(vOut))
                Assert.Contains(v.RootElement[0].GetProperty("companies").EnumerateArray(), c => c.GetProperty("key").GetString() == "name:profinet pte ltd");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_registry_without_an_imo_column_is_a_usage_error_that_says_what_was_expected()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"picket-registry-bad-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string feed = WriteFeed(dir), registry = Path.Combine(dir, "registry.csv");
            File.WriteAllText(registry, "vessel,manager\nX,Y\n");
            var (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", Path.Combine(dir, "out"), "--registry", registry);
            Assert.NotEqual(0, exit);
            Assert.Contains("header must hold 'imo'", stderr);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
