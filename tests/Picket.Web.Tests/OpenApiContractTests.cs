using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Picket.Web.Tests;

/// <summary>
/// The OpenAPI document is generated, lists every endpoint of the contract with the dashboard (src/Picket.Web/API.md),
/// and every endpoint answers with the shape the document gives for it, on a store analysed from a simulated scenario.
/// </summary>
[Collection(SharedStoreWriters.Name)]
public sealed class OpenApiContractTests(ServerFixture server)
{
    private static readonly string[] ContractPaths =
    [
        "/api/v1/vessels", "/api/v1/vessels/{mmsi}", "/api/v1/vessels/{mmsi}/track", "/api/v1/vessels/{mmsi}/timeline", "/api/v1/tracks",
        "/api/v1/events", "/api/v1/events/{id}", "/api/v1/cap", "/api/v1/deliveries", "/api/v1/areas", "/api/v1/basemap/land",
        "/match/{dataset}", "/api/v1/analyses", "/api/v1/analyses/{id}", "/api/v1/analyses/{id}/progress", "/api/v1/lists", "/api/v1/lists/update",
    ];

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_document_lists_every_endpoint_of_the_contract()
    {
        var doc = await server.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var missing = ContractPaths.Where(p => !paths.Contains(p)).ToList();
        Assert.True(missing.Count == 0, $"not in the document: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Every_GET_endpoint_in_the_document_answers_its_documented_shape()
    {
        var doc = await server.GetJsonAsync("/openapi/v1.json");
        var analysisId = await SubmitAnalysisAsync();
        var ids = await KnownIdsAsync();
        ids["{id}"] = ids["{eventId}"];
        var checkedPaths = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get)) continue;
            string url = path.Name.Replace("{mmsi}", ids["{mmsi}"], StringComparison.Ordinal)
                .Replace("{id}", path.Name.StartsWith("/api/v1/analyses", StringComparison.Ordinal) ? analysisId : ids["{eventId}"], StringComparison.Ordinal);
            if (path.Name == "/api/v1/tracks") url += "?bbox=110,20,150,52&zoom=5";
            using var response = await server.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
            checkedPaths.Add(path.Name);
            var ok = get.GetProperty("responses").GetProperty("200");
            if (!ok.TryGetProperty("content", out var content) || !content.EnumerateObject().Any()) continue;
            string mediaType = response.Content.Headers.ContentType!.MediaType!;
            Assert.True(content.TryGetProperty(mediaType, out var media), $"GET {url}: answered {mediaType}, documented {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
            if (mediaType == "text/event-stream")
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(120));
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                // The document describes the stream's items (SseItem<T>): each data line is the item's "data".
                var item = JsonSchemaCheck.Resolve(doc, media.GetProperty("schema").GetProperty("$ref").GetString()!);
                Assert.Contains("data: ", body, StringComparison.Ordinal);
                foreach (var line in body.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)))
                    AssertShape(JsonDocument.Parse(line[6..]).RootElement, item.GetProperty("properties").GetProperty("data"), doc, url);
                continue;
            }
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            if (media.TryGetProperty("schema", out var schema)) AssertShape(json, schema, doc, url);
        }
        Assert.Contains("/api/v1/vessels/{mmsi}", checkedPaths);
        Assert.True(checkedPaths.Count >= 14, $"only {checkedPaths.Count} GET endpoints checked: {string.Join(", ", checkedPaths)}");
    }

    [Fact]
    public async Task Match_answers_its_documented_shape()
    {
        var doc = await server.GetJsonAsync("/openapi/v1.json");
        using var response = await server.Client.PostAsync("/match/default", new StringContent(
            """{"queries":{"q1":{"schema":"Vessel","properties":{"name":["CHONG CHON GANG"],"imoNumber":["7937317"]}}}}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = doc.GetProperty("paths").GetProperty("/match/{dataset}").GetProperty("post").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        AssertShape(await response.Content.ReadFromJsonAsync<JsonElement>(Ct), schema, doc, "/match/default");
    }

    [Fact]
    public async Task The_browsable_page_renders_the_document_without_inline_script()
    {
        using var page = await server.Client.GetAsync("/openapi", Ct);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        string html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("src=\"/openapi/docs.js\"", html, StringComparison.Ordinal);
        // Every <script> names a same-origin file: the CSP (script-src 'self') allows nothing else.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=\"/)[^>]*>", html);
        using var script = await server.Client.GetAsync("/openapi/docs.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/openapi/v1.json", await script.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static void AssertShape(JsonElement value, JsonElement schema, JsonElement doc, string url)
    {
        var errors = JsonSchemaCheck.Errors(value, schema, doc);
        Assert.True(errors.Count == 0, $"{url} does not match its documented schema:\n{string.Join("\n", errors.Take(20))}");
    }

    /// <summary>A vessel with events and one of its events, from the analysis' own events.jsonl.</summary>
    private async Task<Dictionary<string, string>> KnownIdsAsync()
    {
        var events = await server.GetJsonAsync("/api/v1/events?type=encounter&limit=1");
        var e = events.GetProperty("events")[0];
        return new() { ["{mmsi}"] = e.GetProperty("vessels")[0].GetProperty("mmsi").GetRawText(), ["{eventId}"] = Uri.EscapeDataString(e.GetProperty("id").GetString()!) };
    }

    private async Task<string> SubmitAnalysisAsync()
    {
        using var form = new MultipartFormDataContent { { new StringContent(AisLines.Nmea()), "file", "two.nmea" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/analyses") { Content = form };
        request.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        using var response = await server.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }
}
