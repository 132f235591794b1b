using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Picket.Store;

namespace Picket.Web.Tests;

/// <summary>The server's guards (issue 14 §4; OWASP API Security Top 10): keys, binding, upload limits, rate limit, headers.</summary>
[Collection(SharedStoreWriters.Name)]
public sealed class SecurityTests(ServerFixture server)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_write_without_the_key_or_with_a_wrong_one_is_401()
    {
        foreach (string? key in new[] { null, "wrong-key" })
        {
            using var upload = Upload(AisLines.Nmea(), key);
            using var response = await server.Client.SendAsync(upload, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            using var lists = new HttpRequestMessage(HttpMethod.Post, "/api/v1/lists/update");
            if (key != null) lists.Headers.Authorization = new("Bearer", key);
            using var listResponse = await server.Client.SendAsync(lists, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, listResponse.StatusCode);
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://example.org:5080")]
    public void A_server_without_a_key_refuses_to_listen_beyond_loopback(string urls)
    {
        using var dir = new TempDir("picket-web-bind");
        var app = PicketServer.Build(new ServeOptions { StorePath = dir["s.duckdb"], Urls = urls }, out var refusal);
        Assert.Null(app);
        Assert.Equal(ServeRefusalKind.Usage, refusal!.Kind);
        Assert.Contains("API key", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(dir["s.duckdb"]), "the store was opened although the server refused to start");
    }

    [Fact]
    public async Task An_oversized_upload_is_413_and_nothing_is_stored()
    {
        long before = StoredFiles(minBytes: 100 * 1024);
        var big = new StringBuilder();
        while (big.Length < 100 * 1024) big.Append(AisLines.Nmea());
        using var upload = Upload(big.ToString(), ServerFixture.ApiKey);
        // The server answers 413 from the declared length without reading the body; with "Expect: 100-continue" the
        // client waits for that answer instead of writing into a connection the server is closing (RFC 9110 §10.1.1).
        upload.Headers.ExpectContinue = true;
        using var response = await server.Client.SendAsync(upload, Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, StoredFiles(minBytes: 100 * 1024));
    }

    [Fact]
    public async Task An_upload_that_is_not_AIS_is_415_and_nothing_is_stored()
    {
        const string Markup = "<html><script>alert(1)</script></html>";
        long before = StoredFiles(containing: Markup);
        using var upload = Upload(Markup, ServerFixture.ApiKey);
        using var response = await server.Client.SendAsync(upload, Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, StoredFiles(containing: Markup));
    }

    [Fact]
    public async Task Server_paths_outside_the_input_folder_are_refused()
    {
        foreach (var path in new[] { "../analysis/events.jsonl", "/etc/passwd" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/analyses") { Content = JsonContent.Create(new { paths = new[] { path } }) };
            request.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
            using var response = await server.Client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Too_many_requests_are_429()
    {
        using var dir = new TempDir("picket-web-rate");
        var (app, address) = await ServerFixture.StartAsync(new ServeOptions { StorePath = dir["s.duckdb"], Urls = "http://127.0.0.1:0", RequestsPerSecond = 5 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < 30; i++)
        {
            using var r = await client.GetAsync("/api/v1/vessels", Ct);
            codes.Add(r.StatusCode);
        }
        Assert.Contains(HttpStatusCode.OK, codes);
        Assert.Contains(HttpStatusCode.TooManyRequests, codes);
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task Every_answer_carries_the_CSP_and_no_sniffing()
    {
        foreach (var url in new[] { "/", "/api/v1/vessels", "/api/v1/vessels/999999999" })
        {
            using var r = await server.Client.GetAsync(url, Ct);
            string csp = r.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Names_from_AIS_and_lists_go_out_as_JSON_text_never_HTML()
    {
        using var r = await server.Client.GetAsync("/api/v1/vessels?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", Ct);
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
    }

    // Only this test's own upload is counted: the server fixture is shared by every class, and AnalysisApiTests stores
    // a valid upload in the same folder at the same time (test classes run in parallel).
    private long StoredFiles(long minBytes = 0, string? containing = null)
    {
        if (!Directory.Exists(server.WorkDirectory)) return 0;
        return Directory.EnumerateFiles(server.WorkDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.Contains("/uploads/", StringComparison.Ordinal))
            .LongCount(f => new FileInfo(f).Length >= minBytes
                && (containing is null || ReadShared(f).Contains(containing, StringComparison.Ordinal)));
    }

    // Opened with ReadWrite sharing: the other test's upload may still be open for writing by the server.
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static HttpRequestMessage Upload(string content, string? key)
    {
        var form = new MultipartFormDataContent { { new StringContent(content), "file", "feed.nmea" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/analyses") { Content = form };
        if (key != null) request.Headers.Add("X-Api-Key", key);
        return request;
    }
}
