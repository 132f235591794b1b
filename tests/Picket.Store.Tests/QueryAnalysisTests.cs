using Picket.Testing.Traffic;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;
using Picket.Store.Ingest;
using Picket.Store.Queries;
using Picket.Store.Results;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary><c>picket query vessel</c> reports what <c>picket analyze</c> stored: the risk with its factors and the list matches.</summary>
public sealed class QueryAnalysisTests : IAsyncLifetime
{
    /// <summary>ESC sequences (clear screen, red), a right-to-left override, markup and quotes: all must stay data.</summary>
    private const string HostileName = "\u001b[2J\u001b[31mEVIL\u202e <b>\"O'BRIEN\"</b> & 号";

    private const uint Assessed = 412000050;
    private const uint Hostile = 445112000;
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly TempDir _dir = new();
    private StoreDatabase _store = null!;

    public async ValueTask InitializeAsync()
    {
        IngestFeed.Write(_dir.File("feed.nmea"), 5_000);
        _store = StoreDatabase.Open(_dir.File("q.duckdb"));
        await new StoreIngestor(_store).IngestAsync(_dir.File("feed.nmea"));
        // The hostile hull's identity as a transmitter could broadcast it (values as parameters, as ingest does).
        using (var cmd = _store.Connection.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO identity_reports (mmsi, ts, msg_type, imo, call_sign, name) VALUES ($1, $2, 5, 8691702, $3, $4)";
            cmd.Parameters.Add(new DuckDBParameter((int)Hostile));
            cmd.Parameters.Add(new DuckDBParameter(T0.UtcDateTime));
            cmd.Parameters.Add(new DuckDBParameter("\u001b]0;pwned\u0007"));
            cmd.Parameters.Add(new DuckDBParameter(HostileName));
            cmd.ExecuteNonQuery();
        }
        _store.RefreshVessels();

        AnalysisResults.WriteEvents(_store,
        [
            new PicketEvent("enc-1", EventType.Encounter, T0, T0.AddHours(6), GeoPoint.Create(38.9, 123.8),
                [new EventVessel(new Mmsi(Assessed)), new EventVessel(new Mmsi(Hostile), 8691702, HostileName)], 0.9, new Evidence().Add("min_distance_m", 212.5)),
            new PicketEvent("gap-1", EventType.Gap, T0.AddHours(8), T0.AddHours(20), GeoPoint.Create(38.5, 123.5),
                [new EventVessel(new Mmsi(Assessed))], 0.7, new Evidence().Add("gap_s", 43200L)),
        ]);
        AnalysisResults.WriteRisks(_store,
        [
            new VesselRiskRow(new VesselRisk(new Mmsi(Assessed), 85,
            [
                new RiskFactor(DeceptivePractice.ListMatch, 50, "IMO on the UN list", []),
                new RiskFactor(DeceptivePractice.ShipToShipTransfer, 22.5, "encounter at sea (possible STS)", ["enc-1"]),
                new RiskFactor(DeceptivePractice.AisManipulation, 12.5, "12 h dark", ["gap-1"]),
            ]), "SHIP 50", 9000050, "CN"),
            new VesselRiskRow(new VesselRisk(new Mmsi(Hostile), 22.5,
                [new RiskFactor(DeceptivePractice.ShipToShipTransfer, 22.5, "met " + HostileName, ["enc-1"])]), HostileName, 8691702, "KP"),
        ]);
        // Written in an order that is not the score order, so the query has to sort.
        AnalysisResults.WriteScreening(_store, Assessed, 9000050, "SHIP 50",
            [new("ofac", "OFAC-1", "SHIP FIFTY", "name", 0.81), new("un", "KPi.068", "SHIP 50", "imo", 1.0), new("eu", "EU-7", "SHIP 5O", "name", 0.9)], T0);
        AnalysisResults.WriteScreening(_store, Hostile, 8691702, HostileName, [new("un", "KPi.001", HostileName, "imo", 1.0)], T0);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Vessel_by_MMSI_carries_its_risk_factors_with_event_ids_and_its_list_matches_highest_score_first()
    {
        var v = Assert.Single(VesselQuery.Find(_store, Assessed.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(v.Positions > 0);
        Assert.NotNull(v.Risk);
        Assert.Equal(85, v.Risk.Score);
        Assert.True(v.Risk.HighRisk);
        Assert.Equal(["ListMatch", "ShipToShipTransfer", "AisManipulation"], v.Risk.Factors.Select(f => f.Practice));
        Assert.Equal([50, 22.5, 12.5], v.Risk.Factors.Select(f => f.Points));
        Assert.Equal("encounter at sea (possible STS)", v.Risk.Factors[1].Reason);
        Assert.Empty(v.Risk.Factors[0].EventIds);
        Assert.Equal(["enc-1"], v.Risk.Factors[1].EventIds);
        Assert.Equal(["gap-1"], v.Risk.Factors[2].EventIds);
        // The events a factor names are the vessel's own events.
        Assert.Subset(v.Events.Select(e => e.Id).ToHashSet(), v.Risk.Factors.SelectMany(f => f.EventIds).ToHashSet());

        Assert.Equal([1.0, 0.9, 0.81], v.ListMatches.Select(m => m.Score!.Value));
        Assert.Equal(["un", "eu", "ofac"], v.ListMatches.Select(m => m.ListSource));
        Assert.Equal("KPi.068", v.ListMatches[0].EntryId);
        Assert.Equal("SHIP 50", v.ListMatches[0].EntryName);
        Assert.Equal("imo", v.ListMatches[0].MatchedOn);
        Assert.Equal(T0.UtcDateTime, v.ListMatches[0].ScreenedAt);
    }

    [Fact]
    public void Json_has_risk_as_an_object_with_factor_objects_and_list_matches_as_an_array()
    {
        var json = Render(w => QueryJson.WriteVessels(w, VesselQuery.Find(_store, "412000050")));
        var v = json.RootElement[0];

        var risk = v.GetProperty("risk");
        Assert.Equal(85, risk.GetProperty("score").GetDouble());
        Assert.True(risk.GetProperty("high_risk").GetBoolean());
        var factors = risk.GetProperty("factors");
        Assert.Equal(JsonValueKind.Array, factors.ValueKind);
        Assert.Equal(3, factors.GetArrayLength());
        Assert.Equal("ShipToShipTransfer", factors[1].GetProperty("practice").GetString());
        Assert.Equal(22.5, factors[1].GetProperty("points").GetDouble());
        Assert.Equal("encounter at sea (possible STS)", factors[1].GetProperty("reason").GetString());
        Assert.Equal("enc-1", Assert.Single(factors[1].GetProperty("events").EnumerateArray()).GetString());

        var matches = v.GetProperty("list_matches");
        Assert.Equal(["un", "eu", "ofac"], matches.EnumerateArray().Select(m => m.GetProperty("list").GetString()));
        Assert.Equal("KPi.068", matches[0].GetProperty("id").GetString());
        Assert.Equal("SHIP 50", matches[0].GetProperty("name").GetString());
        Assert.Equal("imo", matches[0].GetProperty("matched_on").GetString());
        Assert.Equal(1.0, matches[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public void A_vessel_never_assessed_has_risk_null_and_no_list_matches()
    {
        var v = Assert.Single(VesselQuery.Find(_store, "412000100"));
        Assert.True(v.Positions > 0);
        Assert.Null(v.Risk);
        Assert.Empty(v.ListMatches);

        var json = Render(w => QueryJson.WriteVessels(w, [v])).RootElement[0];
        Assert.Equal(JsonValueKind.Null, json.GetProperty("risk").ValueKind);
        Assert.Equal(0, json.GetProperty("list_matches").GetArrayLength());

        var text = new StringWriter();
        QueryText.Vessels(text, [v]);
        Assert.Contains("risk: not assessed", text.ToString());
        Assert.Contains("list matches: 0", text.ToString());
    }

    [Fact]
    public async Task A_store_filled_by_ingest_alone_gives_risk_null_and_no_list_matches()
    {
        using var dir = new TempDir();
        IngestFeed.Write(dir.File("feed.nmea"), 2_000);
        using var store = StoreDatabase.Open(dir.File("ingest-only.duckdb"));
        await new StoreIngestor(store).IngestAsync(dir.File("feed.nmea"), ct: TestContext.Current.CancellationToken);
        store.RefreshVessels();

        var v = Assert.Single(VesselQuery.Find(store, "412000050"));

        Assert.Null(v.Risk);
        Assert.Empty(v.ListMatches);
    }

    [Fact]
    public void Text_shows_the_risk_line_a_line_per_factor_and_per_list_match()
    {
        var text = new StringWriter();
        QueryText.Vessels(text, VesselQuery.Find(_store, "412000050"));
        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains("  risk 85 (high)", lines);
        Assert.Single(lines, l => l.Contains("IMO on the UN list", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("ShipToShipTransfer", StringComparison.Ordinal) && l.Contains("enc-1", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("AisManipulation", StringComparison.Ordinal) && l.Contains("gap-1", StringComparison.Ordinal));
        Assert.Contains("  list matches: 3", lines);
        int un = lines.FindIndex(l => l.Contains("KPi.068", StringComparison.Ordinal));
        int eu = lines.FindIndex(l => l.Contains("EU-7", StringComparison.Ordinal));
        int ofac = lines.FindIndex(l => l.Contains("OFAC-1", StringComparison.Ordinal));
        Assert.True(un > 0 && un < eu && eu < ofac, text.ToString());
    }

    [Fact]
    public void A_hostile_name_is_inert_in_text_and_exact_in_json()
    {
        var reports = VesselQuery.Find(_store, "445112000");

        var text = new StringWriter();
        QueryText.Vessels(text, reports);
        string t = text.ToString();
        foreach (char c in t.Where(c => c is not '\n' and not '\r'))
            Assert.False(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format, $"U+{(int)c:X4} in text output");
        string inert = "\uFFFD[2J\uFFFD[31mEVIL\uFFFD <b>\"O'BRIEN\"</b> & 号";
        Assert.Contains(inert, t);                       // identity history, list match entry name
        Assert.Contains("met " + inert, t);               // risk factor reason
        Assert.Contains("\uFFFD]0;pwned\uFFFD", t);       // call sign

        var v = Render(w => QueryJson.WriteVessels(w, reports)).RootElement[0];
        Assert.Equal(HostileName, v.GetProperty("identities")[0].GetProperty("name").GetString());
        Assert.Equal("met " + HostileName, v.GetProperty("risk").GetProperty("factors")[0].GetProperty("reason").GetString());
        Assert.Equal(HostileName, v.GetProperty("list_matches")[0].GetProperty("name").GetString());
        Assert.Equal(22.5, v.GetProperty("risk").GetProperty("score").GetDouble());
        Assert.False(v.GetProperty("risk").GetProperty("high_risk").GetBoolean());

        // And the raw JSON text carries neither ESC nor markup characters verbatim.
        var raw = RenderText(w => QueryJson.WriteVessels(w, reports));
        Assert.DoesNotContain('\u001b', raw);
        Assert.DoesNotContain("<b>", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_json_that_is_not_the_expected_shape_gives_what_can_be_read_instead_of_failing()
    {
        Assert.Empty(Rows.Factors(null));
        Assert.Empty(Rows.Factors("not json"));
        Assert.Empty(Rows.Factors("{\"practice\":\"X\"}"));
        var f = Assert.Single(Rows.Factors("[1, {\"practice\":\"X\",\"points\":\"7\",\"events\":[\"a\",2,null]}]"));
        Assert.Equal("X", f.Practice);
        Assert.Equal(0, f.Points);
        Assert.Equal("", f.Reason);
        Assert.Equal(["a"], f.EventIds);
    }

    private static string RenderText(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) write(w);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JsonDocument Render(Action<Utf8JsonWriter> write) => JsonDocument.Parse(RenderText(write));
}
