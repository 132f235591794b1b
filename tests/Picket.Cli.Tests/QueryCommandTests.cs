using System.Text.Json;
using DuckDB.NET.Data;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Store;
using Picket.Store.Results;

namespace Picket.Cli.Tests;

/// <summary><c>picket query vessel</c> as a user runs it: the risk and list matches <c>picket analyze</c> stored, and hostile names kept inert.</summary>
public sealed class QueryCommandTests
{
    [Fact]
    public void Query_after_analyze_shows_the_same_risk_and_factors_as_vessels_jsonl()
    {
        string dir = NewDir("picket-query-analyze");
        try
        {
            var nmea = new NmeaWriter();
            var text = new StringWriter();
            long t0 = new DateTimeOffset(2018, 3, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            AisEncoder.Write(nmea, text, new StaticAndVoyageData { Mmsi = 445112000, ImoRaw = 8691702, Name = "SAMPLE", CallSign = "HMYN9", ShipType = 80, ToBow = 60, ToStern = 20, ToPort = 6, ToStarboard = 6, Destination = "NAMPO", EtaHour = 24, EtaMinute = 60 }, 'A', t0, "rx1");
            for (int i = 0; i < 36; i++)
            {
                var p = new PositionReportClassA { MessageType = 1, Mmsi = 445112000, RateOfTurnRaw = -128, SpeedRaw = 100, LongitudeRaw = (int)(123.5 * 600_000) + i * 6_000, LatitudeRaw = (int)(38.5 * 600_000), CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
                AisEncoder.Write(nmea, text, p, 'A', t0 + i * 600_000L, "rx1");
            }
            string feed = Path.Combine(dir, "feed.nmea"), outDir = Path.Combine(dir, "out");
            File.WriteAllText(feed, text.ToString());
            var (exit, _, stderr) = CliRunner.Run("analyze", feed, "--out", outDir, "--json");
            Assert.True(exit == 0, stderr);

            var (qExit, qOut, qErr) = CliRunner.Run("query", "vessel", "445112000", "--db", Path.Combine(outDir, "picket.duckdb"), "--json");
            Assert.True(qExit == 0, qErr);
            var queried = JsonDocument.Parse(qOut).RootElement[0];
            var analysed = JsonDocument.Parse(File.ReadLines(Path.Combine(outDir, "vessels.jsonl")).Single()).RootElement;

            var risk = queried.GetProperty("risk");
            Assert.Equal(analysed.GetProperty("risk").GetDouble(), risk.GetProperty("score").GetDouble());
            Assert.Equal(analysed.GetProperty("high_risk").GetBoolean(), risk.GetProperty("high_risk").GetBoolean());
            Assert.True(JsonElement.DeepEquals(analysed.GetProperty("risk_factors"), risk.GetProperty("factors")), risk.GetProperty("factors").GetRawText());
            Assert.True(risk.GetProperty("factors").GetArrayLength() > 0); // a DPRK MID scores
            Assert.Equal(analysed.GetProperty("list_matches").GetArrayLength(), queried.GetProperty("list_matches").GetArrayLength());

            var (tExit, table, tErr) = CliRunner.Run("query", "vessel", "445112000", "--db", Path.Combine(outDir, "picket.duckdb"));
            Assert.True(tExit == 0, tErr);
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  risk {analysed.GetProperty("risk").GetDouble():0.#}"), table, StringComparison.Ordinal);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_hostile_name_and_reason_are_inert_in_the_table_and_exact_in_json_and_an_ingest_only_vessel_has_risk_null()
    {
        const string hostile = "\u001b[2J\u001b[31mEVIL\u202e <script>x</script> & 号";
        string dir = NewDir("picket-query-hostile");
        try
        {
            string db = Path.Combine(dir, "s.duckdb");
            using (var store = StoreDatabase.Open(db))
            {
                using (var cmd = store.Connection.CreateCommand())
                {
                    cmd.CommandText = """
                        INSERT INTO identity_reports (mmsi, ts, msg_type, imo, name) VALUES
                          (445112000, TIMESTAMP '2018-03-02 10:00:00', 5, 8691702, $1),
                          (412000001, TIMESTAMP '2018-03-02 10:00:00', 5, 9000001, 'PLAIN')
                        """;
                    cmd.Parameters.Add(new DuckDBParameter(hostile));
                    cmd.ExecuteNonQuery();
                }
                store.Execute("INSERT INTO positions VALUES (445112000, TIMESTAMP '2018-03-02 10:00:00', 23100000, 74100000, 100, 900, 90, 0, 1)");
                store.RefreshVessels();
                AnalysisResults.WriteRisk(store, new VesselRisk(new Mmsi(445112000), 85,
                    [new RiskFactor(DeceptivePractice.ListMatch, 50, "on list as " + hostile, []), new RiskFactor(DeceptivePractice.ShipToShipTransfer, 35, "encounter", ["enc-1", "enc-2"])]),
                    hostile, 8691702, "KP");
                AnalysisResults.WriteScreening(store, 445112000, 8691702, hostile,
                    [new ListMatchEvidence("ofac", "O-9", "OTHER", "name", 0.8), new ListMatchEvidence("un", "KPi.001", hostile, "imo", 1.0)], DateTimeOffset.UnixEpoch);
            }

            var (exit, table, stderr) = CliRunner.Run("query", "vessel", "445112000", "--db", db);
            Assert.True(exit == 0, stderr);
            Assert.DoesNotContain('\u001b', table);
            Assert.DoesNotContain('\u202e', table);
            Assert.Contains("\uFFFD[2J\uFFFD[31mEVIL\uFFFD <script>x</script> & 号", table, StringComparison.Ordinal);
            Assert.Contains("risk 85 (high)", table, StringComparison.Ordinal);
            Assert.Contains("enc-1, enc-2", table, StringComparison.Ordinal);
            Assert.True(table.IndexOf("KPi.001", StringComparison.Ordinal) < table.IndexOf("O-9", StringComparison.Ordinal), table);

            (exit, var json, stderr) = CliRunner.Run("query", "vessel", "445112000", "--db", db, "--json");
            Assert.True(exit == 0, stderr);
            Assert.DoesNotContain('\u001b', json);
            var v = JsonDocument.Parse(json).RootElement[0];
            Assert.Equal(hostile, v.GetProperty("identities")[0].GetProperty("name").GetString());
            Assert.Equal("on list as " + hostile, v.GetProperty("risk").GetProperty("factors")[0].GetProperty("reason").GetString());
            Assert.Equal(["enc-1", "enc-2"], v.GetProperty("risk").GetProperty("factors")[1].GetProperty("events").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["KPi.001", "O-9"], v.GetProperty("list_matches").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
            Assert.Equal(hostile, v.GetProperty("list_matches")[0].GetProperty("name").GetString());

            (exit, json, stderr) = CliRunner.Run("query", "vessel", "PLAIN", "--db", db, "--json");
            Assert.True(exit == 0, stderr);
            var plain = JsonDocument.Parse(json).RootElement[0];
            Assert.Equal(JsonValueKind.Null, plain.GetProperty("risk").ValueKind);
            Assert.Equal(0, plain.GetProperty("list_matches").GetArrayLength());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static string NewDir(string prefix)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
