using Picket.Testing.Traffic;
using System.Text;
using System.Text.Json;
using Picket.Store.Ingest;
using Picket.Store.Queries;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

public sealed class QueryTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private StoreDatabase _store = null!;

    public async ValueTask InitializeAsync()
    {
        IngestFeed.Write(_dir.File("feed.nmea"), 40_000);
        _store = StoreDatabase.Open(_dir.File("q.duckdb"));
        await new StoreIngestor(_store).IngestAsync(_dir.File("feed.nmea"));
        _store.RefreshVessels();
        // One hand-made event so the event paths have something to find (later stages fill this table).
        _store.Execute("""
            INSERT INTO events VALUES ('e1', 'encounter', TIMESTAMP '2018-03-02 10:00:00', TIMESTAMP '2018-03-02 16:20:00',
              37.5, 123.5, 412000050, 412000100, 0.9, '[{"mmsi":412000050},{"mmsi":412000100}]', '{"distance_m":120}')
            """);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Vessel_by_MMSI_IMO_and_name_finds_the_same_hull_with_its_renaming_in_the_identity_history()
    {
        var byMmsi = Assert.Single(VesselQuery.Find(_store, "412000050"));
        var imo = SyntheticTraffic.FleetImo(50).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var byImo = Assert.Single(VesselQuery.Find(_store, imo));
        var byImoPrefixed = Assert.Single(VesselQuery.Find(_store, "IMO" + imo));
        Assert.Equal(412000050u, byImo.Mmsi);
        Assert.Equal(412000050u, byImoPrefixed.Mmsi);
        // The generator renames every tenth hull halfway: "SHIP 50" then "RENAMED 50".
        Assert.Equal(["SHIP 50", "RENAMED 50"], byMmsi.Identities.Select(i => i.Name));
        Assert.True(byMmsi.Identities[0].LastSeen <= byMmsi.Identities[1].FirstSeen);
        Assert.Equal(10, byMmsi.LastPositions.Count);
        Assert.True(byMmsi.LastPositions[0].Time >= byMmsi.LastPositions[^1].Time);
        Assert.Equal(byMmsi.LastSeen, byMmsi.LastPositions[0].Time);
        Assert.Equal("e1", Assert.Single(byMmsi.Events).Id);

        var byName = VesselQuery.Find(_store, "renamed 5");
        Assert.Contains(byName, v => v.Mmsi == 412000050);
        Assert.All(byName, v => Assert.Contains(v.Identities, i => i.Name!.StartsWith("RENAMED 5", StringComparison.Ordinal)));
        Assert.Empty(VesselQuery.Find(_store, "NO SUCH SHIP"));
    }

    [Fact]
    public void Area_returns_exactly_the_vessels_with_positions_in_the_box_and_window()
    {
        var box = new BoundingBox(122, 36, 124, 38);
        var window = new TimeWindow(new DateTime(2018, 3, 2, 14, 14, 0, DateTimeKind.Utc), new DateTime(2018, 3, 2, 14, 20, 0, DateTimeKind.Utc));
        long expected = _store.ScalarLong("SELECT count(DISTINCT mmsi) FROM positions_deg WHERE lat BETWEEN 36 AND 38 AND lon BETWEEN 122 AND 124 AND ts >= TIMESTAMP '2018-03-02 14:14:00' AND ts < TIMESTAMP '2018-03-02 14:20:00'");
        Assert.InRange(expected, 1, 3999);

        var area = AreaQuery.Find(_store, box, window);

        Assert.Equal(expected, area.Vessels.Count);
        Assert.All(area.Vessels, v =>
        {
            Assert.InRange(v.LastLatitude, 36, 38);
            Assert.InRange(v.LastLongitude, 122, 124);
            Assert.True(v.First >= window.From && v.Last < window.To);
        });
        Assert.Equal("e1", Assert.Single(area.Events).Id);
        Assert.Empty(AreaQuery.Find(_store, new BoundingBox(0, 0, 1, 1), TimeWindow.All).Vessels);
    }

    [Fact]
    public void Json_and_GeoJson_outputs_parse_and_carry_the_positions_in_lon_lat_order()
    {
        var reports = VesselQuery.Find(_store, "412000050");
        var json = Render(w => QueryJson.WriteVessels(w, reports));
        Assert.Equal(412000050, json.RootElement[0].GetProperty("mmsi").GetInt32());
        Assert.Equal("RENAMED 50", json.RootElement[0].GetProperty("identities")[1].GetProperty("name").GetString());

        var geo = Render(w => QueryJson.WriteVesselsGeoJson(w, reports));
        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        var point = geo.RootElement.GetProperty("features").EnumerateArray().First(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Point");
        var coordinates = point.GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coordinates[0].GetDouble(), 119, 127); // longitude first (RFC 7946)
        Assert.InRange(coordinates[1].GetDouble(), 33, 41);

        var area = AreaQuery.Find(_store, new BoundingBox(119, 33, 127, 41), TimeWindow.All, maxVessels: 5);
        Assert.True(area.Truncated);
        var areaGeo = Render(w => QueryJson.WriteAreaGeoJson(w, area));
        Assert.Equal(6, areaGeo.RootElement.GetProperty("features").GetArrayLength()); // 5 vessels + 1 event
    }

    [Fact]
    public void Text_tables_list_the_identity_history()
    {
        var text = new StringWriter();
        QueryText.Vessels(text, VesselQuery.Find(_store, "412000050"));
        Assert.Contains("MMSI 412000050", text.ToString());
        Assert.Contains("RENAMED 50", text.ToString());
        Assert.Contains("encounter", text.ToString());
    }

    private static JsonDocument Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) write(w);
        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
