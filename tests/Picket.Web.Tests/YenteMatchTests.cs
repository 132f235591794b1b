using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Picket.Web.Tests;

/// <summary>
/// Requests in the shape a yente client sends (yente/data/common.py EntityMatchQuery), answered with the list entries
/// it expects and <c>match</c> set by <c>threshold</c>: on the tests' own list, and on the full OFAC SDN list when the
/// shared data is present.
/// </summary>
public sealed class YenteMatchTests(ServerFixture server)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Queries = """
        {"queries": {
          "ship": {"schema": "Vessel", "properties": {"name": ["Chong Chon Gang"], "imoNumber": ["IMO 7937317"]}},
          "misspelt": {"schema": "Vessel", "properties": {"name": ["CHONG CHON GAN"]}},
          "leader": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}},
          "nobody": {"schema": "Person", "properties": {"name": ["Maria Gonzalez Ortega"]}}
        }}
        """;

    [Fact]
    public async Task A_vessel_by_name_and_IMO_and_a_person_by_name_return_the_listed_entries()
    {
        var r = await MatchAsync(server.Client, "/match/sanctions?threshold=0.7&limit=3", Queries);
        var ship = Results(r, "ship");
        Assert.Equal("CHONG CHON GANG", ship[0].GetProperty("caption").GetString());
        Assert.Equal("Vessel", ship[0].GetProperty("schema").GetString());
        Assert.True(ship[0].GetProperty("match").GetBoolean());
        Assert.Contains("IMO7937317", ship[0].GetProperty("properties").GetProperty("imoNumber").EnumerateArray().Select(v => v.GetString()));
        Assert.True(ship[0].GetProperty("features").TryGetProperty("vessel_imo_mmsi_match", out _));
        Assert.Equal(["us_ofac_sdn"], ship[0].GetProperty("datasets").EnumerateArray().Select(d => d.GetString()!));
        // The near-namesake CHON MA SAN never outranks the hull with the IMO.
        Assert.DoesNotContain(ship.Skip(1), s => s.GetProperty("score").GetDouble() >= ship[0].GetProperty("score").GetDouble());

        var leader = Results(r, "leader");
        Assert.Equal("KIM, Jong Un", leader[0].GetProperty("caption").GetString());
        Assert.True(leader[0].GetProperty("match").GetBoolean());
        Assert.DoesNotContain(Results(r, "nobody"), x => x.GetProperty("match").GetBoolean());
        Assert.Equal(200, r.GetProperty("responses").GetProperty("leader").GetProperty("status").GetInt32());
        Assert.Equal("Person", r.GetProperty("responses").GetProperty("leader").GetProperty("query").GetProperty("schema").GetString());
        Assert.Equal(3, r.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Match_follows_the_threshold()
    {
        // The misspelt name scores below 1; a threshold just under that score makes it a match, just over it does not,
        // and the score itself does not move.
        var first = Results(await MatchAsync(server.Client, "/match/default?threshold=0.5", Queries), "misspelt")
            .Single(x => x.GetProperty("caption").GetString() == "CHONG CHON GANG");
        double score = first.GetProperty("score").GetDouble();
        Assert.InRange(score, 0.55, 0.98);
        string under = (score - 0.02).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        string over = (score + 0.02).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var loose = Results(await MatchAsync(server.Client, $"/match/default?threshold={under}", Queries), "misspelt").Single(x => x.GetProperty("caption").GetString() == "CHONG CHON GANG");
        var strict = Results(await MatchAsync(server.Client, $"/match/default?threshold={over}", Queries), "misspelt").Single(x => x.GetProperty("caption").GetString() == "CHONG CHON GANG");
        Assert.True(loose.GetProperty("match").GetBoolean());
        Assert.False(strict.GetProperty("match").GetBoolean());
        Assert.Equal(score, strict.GetProperty("score").GetDouble());
        // With the IMO the same hull is a match even at yente's "exact" line.
        var exact = Results(await MatchAsync(server.Client, "/match/default?threshold=0.99", Queries), "ship")[0];
        Assert.True(exact.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Unknown_dataset_schema_or_algorithm_are_refused_like_yente()
    {
        using var unknownDataset = await server.Client.PostAsync("/match/peps", Json(Queries), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownDataset.StatusCode);
        using var badSchema = await server.Client.PostAsync("/match/default", Json("""{"queries":{"a":{"schema":"Planet","properties":{"name":["Mars"]}}}}"""), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badSchema.StatusCode);
        Assert.Contains("\"detail\"", await badSchema.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var badAlgorithm = await server.Client.PostAsync("/match/default?algorithm=magic", Json(Queries), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badAlgorithm.StatusCode);
        using var logicV2 = await server.Client.PostAsync("/match/default?algorithm=logic-v2", Json(Queries), Ct);
        Assert.Equal(HttpStatusCode.OK, logicV2.StatusCode);
    }

    [Fact]
    public async Task The_real_OFAC_list_answers_a_yente_client()
    {
        string ofac = SharedDataPath("lists/ofac");
        using var dir = new TempDir("picket-web-ofac");
        var (app, address) = await ServerFixture.StartAsync(new ServeOptions
        {
            StorePath = dir["empty.duckdb"], ListsDirectory = ofac, Urls = "http://127.0.0.1:0", RequestsPerSecond = 0,
        });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var r = await MatchAsync(client, "/match/sanctions?threshold=0.8", Queries);
        var ship = Results(r, "ship")[0];
        Assert.Equal("CHONG CHON GANG", ship.GetProperty("caption").GetString());
        Assert.True(ship.GetProperty("match").GetBoolean());
        Assert.Contains(Results(r, "leader"), p => p.GetProperty("caption").GetString() == "KIM, Jong Un" && p.GetProperty("match").GetBoolean());
        await app.StopAsync(Ct);
    }

    internal static async Task<JsonElement> MatchAsync(HttpClient client, string url, string body)
    {
        using var response = await client.PostAsync(url, Json(body), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static List<JsonElement> Results(JsonElement response, string key) =>
        [.. response.GetProperty("responses").GetProperty(key).GetProperty("results").EnumerateArray()];

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A path under ../shared/data beside the repository, or the test is skipped with the reason.</summary>
    internal static string SharedDataPath(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "global.json"))) dir = dir.Parent;
        var path = dir == null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relative));
        if (path == null || (!Directory.Exists(path) && !File.Exists(path)))
            Assert.Skip($"shared test data '{relative}' is not beside the repository (../shared/data); the real OFAC list is not available here");
        return path;
    }
}
