using System.Text.Json;
using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;
using Picket.Store.Results;
using Picket.Store.Schema;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

public sealed class AnalysisResultsTests
{
    /// <summary>A name as a hostile transmitter might broadcast it: SQL, markup, quotes, a backslash, non-ASCII.</summary>
    private const string HostileName = "'); DROP TABLE events;-- <script>alert(\"x\")</script> \\ O'BRIEN ÆØÅ 号";

    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static PicketEvent Encounter() => new("enc-1", EventType.Encounter, T0, T0.AddHours(6).AddMilliseconds(250),
        GeoPoint.Create(38.912345678, 123.82), [new EventVessel(new Mmsi(445112000), 8691702, HostileName), new EventVessel(new Mmsi(667001234))],
        0.9, new Evidence().Add("min_distance_m", 212.5).Add("duration_s", 22800L).Add("started", T0)
            .Add("where", GeoPoint.Create(38.9, 123.8)).Add("names", (IReadOnlyList<string>)["A", HostileName])
            .Add("nested", new Evidence().Add("ok", true).Add("none", (string?)null)));

    private static PicketEvent IdentityChange() => new("idc-1", EventType.IdentityChange, T0, T0, null,
        [new EventVessel(new Mmsi(445112000))], 1.0, new Evidence().Add("changes", (IReadOnlyList<string>)["name"]));

    [Fact]
    public void Events_are_stored_with_their_columns_and_the_JSON_of_events_jsonl_and_a_second_write_replaces_them()
    {
        using var dir = new TempDir();
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        PicketEvent[] events = [Encounter(), IdentityChange()];

        Assert.Equal(2, AnalysisResults.WriteEvents(store, events));
        Assert.Equal(2, AnalysisResults.WriteEvents(store, events));

        Assert.Equal(2, store.ScalarLong("SELECT count(*) FROM events"));
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT type, start_ts, end_ts, lat, lon, mmsi, other_mmsi, confidence, vessels_json, evidence_json FROM events WHERE id = 'enc-1'";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal("encounter", r.GetString(0));
        Assert.Equal(T0.UtcDateTime, r.GetDateTime(1));
        Assert.Equal(T0.AddHours(6).AddMilliseconds(250).UtcDateTime, r.GetDateTime(2));
        Assert.Equal(38.912346, r.GetDouble(3));
        Assert.Equal(123.82, r.GetDouble(4));
        Assert.Equal(445112000, r.GetInt32(5));
        Assert.Equal(667001234, r.GetInt32(6));
        Assert.Equal(0.9, r.GetDouble(7));
        // The same text events.jsonl holds for these parts.
        using var line = JsonDocument.Parse(JsonLine(Encounter()));
        Assert.Equal(line.RootElement.GetProperty("vessels").GetRawText(), r.GetString(8));
        Assert.Equal(line.RootElement.GetProperty("evidence").GetRawText(), r.GetString(9));
        using var evidence = JsonDocument.Parse(r.GetString(9));
        Assert.Equal(212.5, evidence.RootElement.GetProperty("min_distance_m").GetDouble());
        Assert.Equal(HostileName, evidence.RootElement.GetProperty("names")[1].GetString());
        Assert.True(evidence.RootElement.GetProperty("nested").GetProperty("ok").GetBoolean());
        using var vessels = JsonDocument.Parse(r.GetString(8));
        Assert.Equal(HostileName, vessels.RootElement[0].GetProperty("name").GetString());

        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM events WHERE id = 'idc-1' AND lat IS NULL AND lon IS NULL AND other_mmsi IS NULL AND mmsi = 445112000"));
    }

    [Fact]
    public void A_hostile_vessel_name_survives_into_vessel_risk_and_screening_results_unchanged()
    {
        using var dir = new TempDir();
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var risk = new VesselRisk(new Mmsi(445112000), 87.5,
        [
            new RiskFactor(DeceptivePractice.ListMatch, 50, "IMO on the UN list", []),
            new RiskFactor(DeceptivePractice.ShipToShipTransfer, 12.3456, "encounter at sea (possible STS)", ["enc-1", "enc-2"]),
        ]);
        ListMatchEvidence[] matches = [new("un", "KPi.068", HostileName, "imo", 1.0), new("ofac", "123'45", "O'BRIEN", "name", 0.93)];

        AnalysisResults.WriteRisk(store, risk, HostileName, 8691702, "KP");
        AnalysisResults.WriteRisk(store, risk, HostileName, 8691702, "KP");
        Assert.Equal(2, AnalysisResults.WriteScreening(store, 445112000, 8691702, HostileName, matches, T0));
        Assert.Equal(2, AnalysisResults.WriteScreening(store, 445112000, 8691702, HostileName, matches, T0));

        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM vessel_risk"));
        Assert.Equal(HostileName, store.ScalarText("SELECT name FROM vessel_risk WHERE mmsi = 445112000"));
        Assert.Equal("KP", store.ScalarText("SELECT flag FROM vessel_risk"));
        Assert.Equal(8691702, store.ScalarLong("SELECT imo FROM vessel_risk"));
        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM vessel_risk WHERE high_risk AND score = 87.5"));
        using (var factors = JsonDocument.Parse(store.ScalarText("SELECT factors_json FROM vessel_risk")))
        {
            var sts = factors.RootElement[1];
            Assert.Equal("ShipToShipTransfer", sts.GetProperty("practice").GetString());
            Assert.Equal(12.35, sts.GetProperty("points").GetDouble());
            Assert.Equal(["enc-1", "enc-2"], sts.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(0, factors.RootElement[0].GetProperty("events").GetArrayLength());
        }

        Assert.Equal(2, store.ScalarLong("SELECT count(*) FROM screening_results"));
        Assert.Equal(HostileName, store.ScalarText("SELECT vessel_name FROM screening_results WHERE list_source = 'un'"));
        Assert.Equal(HostileName, store.ScalarText("SELECT entry_name FROM screening_results WHERE list_source = 'un'"));
        Assert.Equal("123'45", store.ScalarText("SELECT entry_id FROM screening_results WHERE list_source = 'ofac'"));
        Assert.Equal(1, store.ScalarLong($"SELECT count(*) FROM screening_results WHERE matched_on = 'imo' AND score = 1 AND screened_at = TIMESTAMP '2018-03-02 10:00:00'"));
        // Nothing was executed from the name: the tables it names are all still there.
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM events"));

        // A later screening that finds nothing clears the vessel's matches.
        Assert.Equal(0, AnalysisResults.WriteScreening(store, 445112000, 8691702, HostileName, [], T0.AddDays(1)));
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM screening_results"));
    }

    [Fact]
    public void A_store_from_before_vessel_risk_gains_the_new_table_and_column_when_opened()
    {
        using var dir = new TempDir();
        string path = dir.File("old.duckdb");
        using (var old = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            old.Open();
            using var cmd = old.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR);
                INSERT INTO store_info VALUES ('schema_version', '1');
                CREATE TABLE screening_results (mmsi INTEGER, imo INTEGER, vessel_name VARCHAR, list_source VARCHAR NOT NULL,
                    entry_id VARCHAR NOT NULL, score DOUBLE, matched_on VARCHAR, screened_at TIMESTAMP);
                INSERT INTO screening_results VALUES (1, NULL, 'OLD', 'un', 'x', 1, 'imo', NULL);
                """;
            cmd.ExecuteNonQuery();
        }

        using var store = StoreDatabase.Open(path);

        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), store.ScalarText("SELECT value FROM store_info WHERE key = 'schema_version'"));
        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM screening_results WHERE vessel_name = 'OLD' AND entry_name IS NULL"));
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM vessel_risk"));
    }

    [Fact]
    public void An_events_file_is_stored_like_the_events_themselves_and_bad_lines_are_counted_not_stored()
    {
        using var dir = new TempDir();
        string file = dir.File("events.jsonl");
        File.WriteAllLines(file, [JsonLine(Encounter()), "{\"id\":\"half", "", "[1,2]", JsonLine(IdentityChange())]);
        using var fromFile = StoreDatabase.Open(dir.File("file.duckdb"));
        using var fromEvents = StoreDatabase.Open(dir.File("events.duckdb"));

        Assert.Equal(2, AnalysisResults.WriteEventsFile(fromFile, file, out int bad));
        Assert.Equal(2, bad);
        Assert.Equal(2, AnalysisResults.WriteEventsFile(fromFile, file, out _)); // upsert: still two rows
        AnalysisResults.WriteEvents(fromEvents, [Encounter(), IdentityChange()]);

        const string Columns = "SELECT id, type, start_ts, end_ts, mmsi, other_mmsi, confidence, vessels_json, evidence_json, round(lat, 4), round(lon, 4) FROM events ORDER BY id";
        Assert.Equal(Rows(fromEvents, Columns), Rows(fromFile, Columns));
        Assert.Equal(2, Rows(fromFile, Columns).Count);
    }

    private static List<string> Rows(StoreDatabase store, string sql)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private static string JsonLine(PicketEvent e)
    {
        using var buffer = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(buffer, leaveOpen: true)) writer.Emit(e);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()).TrimEnd('\n');
    }
}
