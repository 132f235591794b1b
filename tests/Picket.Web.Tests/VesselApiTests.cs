using System.Text.Json;

namespace Picket.Web.Tests;

/// <summary>Search, vessel page, tracks, events and the cap table against what the analysis itself wrote (events.jsonl, its summary).</summary>
public sealed class VesselApiTests(ServerFixture server)
{
    [Fact]
    public async Task A_misspelt_name_of_a_planted_transfer_vessel_finds_it()
    {
        var encounter = (await server.GetJsonAsync("/api/v1/events?type=encounter&limit=50")).GetProperty("events").EnumerateArray()
            .SelectMany(e => e.GetProperty("vessels").EnumerateArray())
            .First(v => v.TryGetProperty("name", out var n) && n.GetString()!.Split(' ').Any(w => w.Length >= 5));
        string name = encounter.GetProperty("name").GetString()!;
        uint mmsi = encounter.GetProperty("mmsi").GetUInt32();
        // Drop the second letter of the longest word: "FORTUNE" → "FRTUNE".
        var words = name.Split(' ');
        int longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        words[longest] = words[longest].Remove(1, 1);
        string misspelt = string.Join(' ', words);

        var found = (await server.GetJsonAsync($"/api/v1/vessels?q={Uri.EscapeDataString(misspelt)}")).GetProperty("vessels").EnumerateArray().ToList();
        var hit = found.FirstOrDefault(v => v.GetProperty("mmsi").GetUInt32() == mmsi);
        Assert.True(hit.ValueKind == JsonValueKind.Object, $"'{misspelt}' (for {name}) did not find {mmsi}; found {string.Join(", ", found.Select(f => f.GetProperty("name")))}");
        Assert.Equal("fuzzy", hit.GetProperty("matchedOn").GetString());
    }

    [Fact]
    public async Task Search_by_MMSI_prefix_and_IMO_and_results_are_sorted_by_risk()
    {
        var all = (await server.GetJsonAsync("/api/v1/vessels?limit=500")).GetProperty("vessels").EnumerateArray().ToList();
        var scores = all.Select(v => v.GetProperty("risk").GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var withImo = all.First(v => v.GetProperty("imo").ValueKind == JsonValueKind.Number);
        string mmsi = withImo.GetProperty("mmsi").GetRawText();
        var byPrefix = (await server.GetJsonAsync($"/api/v1/vessels?q={mmsi[..6]}")).GetProperty("vessels").EnumerateArray();
        Assert.Contains(byPrefix, v => v.GetProperty("mmsi").GetRawText() == mmsi && v.GetProperty("matchedOn").GetString() == "mmsi");
        var byImo = (await server.GetJsonAsync($"/api/v1/vessels?q=IMO{withImo.GetProperty("imo").GetRawText()}")).GetProperty("vessels").EnumerateArray().ToList();
        Assert.Contains(byImo, v => v.GetProperty("mmsi").GetRawText() == mmsi && v.GetProperty("matchedOn").GetString() == "imo");
    }

    [Fact]
    public async Task A_vessel_page_has_its_events_and_risk_factors_pointing_at_stored_events()
    {
        var lines = File.ReadAllLines(Path.Combine(server.AnalysisDirectory, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var encounter = lines.First(e => e.GetProperty("type").GetString() == "encounter");
        string mmsi = encounter.GetProperty("vessels")[0].GetProperty("mmsi").GetRawText();
        var page = await server.GetJsonAsync($"/api/v1/vessels/{mmsi}");
        var expected = lines.Where(e => e.GetProperty("vessels").EnumerateArray().Any(v => v.GetProperty("mmsi").GetRawText() == mmsi))
            .Select(e => e.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(expected, page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Order().ToList());
        var ids = lines.Select(e => e.GetProperty("id").GetString()).ToHashSet();
        foreach (var factor in page.GetProperty("risk").GetProperty("factors").EnumerateArray())
            foreach (var id in factor.GetProperty("eventIds").EnumerateArray())
                Assert.Contains(id.GetString(), ids);
        Assert.NotEmpty(page.GetProperty("latest").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_vessel_or_event_is_404_with_an_error()
    {
        using var v = await server.Client.GetAsync("/api/v1/vessels/999999999", TestContext.Current.CancellationToken);
        Assert.Equal(404, (int)v.StatusCode);
        Assert.Contains("\"error\"", await v.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var e = await server.Client.GetAsync("/api/v1/events/no-such-event", TestContext.Current.CancellationToken);
        Assert.Equal(404, (int)e.StatusCode);
    }

    [Fact]
    public async Task Event_filters_agree_with_events_jsonl()
    {
        var lines = File.ReadAllLines(Path.Combine(server.AnalysisDirectory, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var type in new[] { "encounter", "gap", "port_call" })
        {
            var page = await server.GetJsonAsync($"/api/v1/events?type={type}&limit=1000");
            Assert.Equal(lines.Count(e => e.GetProperty("type").GetString() == type), page.GetProperty("total").GetInt64());
            Assert.All(page.GetProperty("events").EnumerateArray(), e => Assert.Equal(type, e.GetProperty("type").GetString()));
        }
        var confident = await server.GetJsonAsync("/api/v1/events?minConfidence=0.9&limit=1000");
        Assert.Equal(lines.Count(e => e.GetProperty("confidence").GetDouble() >= 0.9), confident.GetProperty("total").GetInt64());
        var paged = await server.GetJsonAsync("/api/v1/events?limit=2&offset=1");
        Assert.Equal(lines.Count, paged.GetProperty("total").GetInt64());
        Assert.Equal(2, paged.GetProperty("events").GetArrayLength());
        using var bad = await server.Client.GetAsync("/api/v1/events?type=nonsense", TestContext.Current.CancellationToken);
        Assert.Equal(400, (int)bad.StatusCode);
        // A window whose start is not before its end is refused, as the CLI's --from/--to are (one TimeWindow.TryParse).
        using var reversed = await server.Client.GetAsync("/api/v1/events?from=2018-03-02&to=2018-03-01", TestContext.Current.CancellationToken);
        Assert.Equal(400, (int)reversed.StatusCode);
        Assert.Contains("from must be before to", await reversed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_event_comes_with_both_vessels_of_an_encounter()
    {
        var e = (await server.GetJsonAsync("/api/v1/events?type=encounter&limit=1")).GetProperty("events")[0];
        var detail = await server.GetJsonAsync($"/api/v1/events/{Uri.EscapeDataString(e.GetProperty("id").GetString()!)}");
        Assert.Equal(e.GetProperty("id").GetString(), detail.GetProperty("event").GetProperty("id").GetString());
        Assert.Equal(e.GetProperty("vessels").EnumerateArray().Select(v => v.GetProperty("mmsi").GetUInt32()).Order(),
            detail.GetProperty("vessels").EnumerateArray().Select(v => v.GetProperty("mmsi").GetUInt32()).Order());
    }

    [Fact]
    public async Task A_track_is_simplified_for_a_low_zoom_and_capped()
    {
        var e = (await server.GetJsonAsync("/api/v1/events?type=encounter&limit=1")).GetProperty("events")[0];
        string mmsi = e.GetProperty("vessels")[0].GetProperty("mmsi").GetRawText();
        var full = await server.GetJsonAsync($"/api/v1/vessels/{mmsi}/track");
        var coarse = await server.GetJsonAsync($"/api/v1/vessels/{mmsi}/track?zoom=3");
        int fullPoints = full.GetProperty("meta").GetProperty("points").GetInt32();
        int coarsePoints = coarse.GetProperty("meta").GetProperty("points").GetInt32();
        Assert.True(fullPoints > 10 && coarsePoints < fullPoints / 2, $"full {fullPoints} points, zoom 3 {coarsePoints}");
        foreach (var f in full.GetProperty("features").EnumerateArray())
        {
            Assert.Equal("LineString", f.GetProperty("geometry").GetProperty("type").GetString());
            var first = f.GetProperty("geometry").GetProperty("coordinates")[0];
            Assert.InRange(first[0].GetDouble(), 110, 150); // [lon, lat] in the Yellow Sea scenario
            Assert.InRange(first[1].GetDouble(), 20, 52);
        }
        var capped = await server.GetJsonAsync("/api/v1/tracks?bbox=110,20,150,52&limit=500");
        Assert.True(capped.GetProperty("meta").GetProperty("truncated").GetBoolean());
        Assert.True(capped.GetProperty("meta").GetProperty("fixes").GetInt32() <= 500);
    }

    [Fact]
    public async Task The_cap_table_counts_the_deliveries_the_analysis_found()
    {
        var cap = await server.GetJsonAsync("/api/v1/cap");
        Assert.Equal(500_000, cap.GetProperty("cap").GetDouble());
        int deliveries = cap.GetProperty("years").EnumerateArray().Sum(y => y.GetProperty("deliveries").GetInt32());
        Assert.Equal(server.Analysis.Summary.Deliveries, deliveries);
        var list = await server.GetJsonAsync("/api/v1/deliveries");
        Assert.Equal(deliveries, list.GetProperty("deliveries").GetArrayLength());
        foreach (var d in list.GetProperty("deliveries").EnumerateArray())
        {
            var callId = d.GetProperty("eventIds")[0].GetString()!;
            var call = await server.GetJsonAsync($"/api/v1/events/{Uri.EscapeDataString(callId)}");
            Assert.Equal("port_call", call.GetProperty("event").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Reference_areas_and_land_are_GeoJSON()
    {
        var areas = await server.GetJsonAsync("/api/v1/areas");
        Assert.Contains(areas.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("name").GetString() == "Nampo"
            && f.GetProperty("properties").GetProperty("kind").GetString() == "dprk_port");
        var land = await server.GetJsonAsync("/api/v1/basemap/land");
        Assert.True(land.GetProperty("features").GetArrayLength() > 10);
        var ring = land.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal(ring[0].GetRawText(), ring[ring.GetArrayLength() - 1].GetRawText());
    }
}
