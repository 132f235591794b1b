using System.Net;
using System.Net.Http.Json;
using Picket.Web.Security;

namespace Picket.Web.Tests;

/// <summary>
/// A reverse proxy's user header (issue 14 §4, "or a configured reverse proxy header"), end to end on real servers:
/// the header counts only from the proxy's address, the proxy's requests without it are refused, and writes keep
/// needing the key unless the proxy is trusted for them. The tests' client is on 127.0.0.1, so a server that trusts
/// 127.0.0.1 sees it as the proxy and one that trusts 10.0.0.0/8 as a stranger.
/// </summary>
public sealed class TrustedProxyTests(TrustedProxyTests.Servers servers) : IClassFixture<TrustedProxyTests.Servers>
{
    private const string UserHeader = "X-Forwarded-User";
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_header_from_an_address_that_is_not_the_proxy_is_refused_401_even_with_the_key()
    {
        foreach (var key in new[] { null, ServerFixture.ApiKey })
        {
            using var response = await SendAsync(servers.ProxyElsewhere, HttpMethod.Get, "/api/v1/vessels", user: "analyst@example.org", key);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains($"{UserHeader} header is accepted only from the configured proxy", await ErrorOf(response), StringComparison.Ordinal);
        }
        // The same client without the forged header is an ordinary loopback reader.
        using var plain = await SendAsync(servers.ProxyElsewhere, HttpMethod.Get, "/api/v1/vessels", user: null, key: null);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [Fact]
    public async Task The_header_from_the_configured_proxy_is_accepted_for_reads()
    {
        foreach (var path in new[] { "/api/v1/vessels", "/openapi/v1.json" })
        {
            using var response = await SendAsync(servers.ProxyHere, HttpMethod.Get, path, user: "analyst@example.org", key: null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_request_from_the_proxy_without_the_header_is_refused_although_it_is_loopback()
    {
        using var response = await SendAsync(servers.ProxyHere, HttpMethod.Get, "/api/v1/vessels", user: null, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("the proxy did not authenticate this one", await ErrorOf(response), StringComparison.Ordinal);
        using var withKey = await SendAsync(servers.ProxyHere, HttpMethod.Get, "/api/v1/vessels", user: null, key: ServerFixture.ApiKey);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Theory]
    [InlineData("alice, mallory")] // a proxy that appended to the client's own header
    [InlineData(" ")]
    public async Task A_header_that_does_not_name_one_user_is_refused(string user)
    {
        using var response = await SendAsync(servers.ProxyHere, HttpMethod.Get, "/api/v1/vessels", user, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Writes_through_the_proxy_still_need_the_key_unless_the_proxy_is_trusted_for_writes()
    {
        // A write that passes the key check ends at 403 (this server names no --inputs folder), with no side effect.
        using var refused = await SendAsync(servers.ProxyHere, HttpMethod.Post, "/api/v1/analyses", user: "analyst@example.org", key: null, WriteBody());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("--proxy-writes", await ErrorOf(refused), StringComparison.Ordinal);
        using var listUpdate = await SendAsync(servers.ProxyHere, HttpMethod.Post, "/api/v1/lists/update", user: "analyst@example.org", key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, listUpdate.StatusCode);

        using var withKey = await SendAsync(servers.ProxyHere, HttpMethod.Post, "/api/v1/analyses", user: "analyst@example.org", ServerFixture.ApiKey, WriteBody());
        Assert.Equal(HttpStatusCode.Forbidden, withKey.StatusCode);

        using var trusted = await SendAsync(servers.ProxyWrites, HttpMethod.Post, "/api/v1/analyses", user: "analyst@example.org", key: null, WriteBody());
        Assert.Equal(HttpStatusCode.Forbidden, trusted.StatusCode);
        using var noUser = await SendAsync(servers.ProxyWrites, HttpMethod.Post, "/api/v1/analyses", user: null, key: null, WriteBody());
        Assert.Equal(HttpStatusCode.Unauthorized, noUser.StatusCode);
    }

    [Fact]
    public async Task A_server_with_a_trusted_proxy_and_no_key_may_listen_beyond_loopback()
    {
        using var dir = new TempDir("picket-web-proxy-bind");
        var proxy = TrustedProxy.TryCreate(UserHeader, "10.0.0.5", allowWrites: false, out var error);
        Assert.Null(error);
        var app = PicketServer.Build(new ServeOptions { StorePath = dir["s.duckdb"], Urls = "http://0.0.0.0:0", TrustedProxy = proxy }, out var refusal);
        Assert.Null(refusal);
        Assert.NotNull(app);
        // Started and stopped, so the store it opened is closed again.
        await app.StartAsync(Ct);
        await app.StopAsync(Ct);
        await app.DisposeAsync();
    }

    private static JsonContent WriteBody() => JsonContent.Create(new { paths = new[] { "feed.nmea" } });

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("error").GetString()!;

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? user, string? key, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        if (user != null) request.Headers.TryAddWithoutValidation(UserHeader, user);
        if (key != null) request.Headers.Add(ApiKeyCheck.HeaderName, key);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>Three servers on empty stores: the proxy on this machine (reads; reads and writes), and the proxy elsewhere.</summary>
    public sealed class Servers : IAsyncLifetime
    {
        private readonly TempDir _dir = new("picket-web-proxy");
        private readonly List<Microsoft.AspNetCore.Builder.WebApplication> _apps = [];

        public HttpClient ProxyHere { get; private set; } = null!;
        public HttpClient ProxyWrites { get; private set; } = null!;
        public HttpClient ProxyElsewhere { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            ProxyHere = await StartAsync("here", "127.0.0.1", writes: false);
            ProxyWrites = await StartAsync("writes", "127.0.0.1,::1", writes: true);
            ProxyElsewhere = await StartAsync("elsewhere", "10.0.0.0/8", writes: false);
        }

        private async Task<HttpClient> StartAsync(string name, string addresses, bool writes)
        {
            var proxy = TrustedProxy.TryCreate(UserHeader, addresses, writes, out var error) ?? throw new InvalidOperationException(error);
            var (app, address) = await ServerFixture.StartAsync(new ServeOptions
            {
                StorePath = _dir[name + ".duckdb"],
                Urls = "http://127.0.0.1:0",
                ApiKey = ServerFixture.ApiKey,
                TrustedProxy = proxy,
                RequestsPerSecond = 0,
                WorkDirectory = _dir[name + "-work"],
            });
            _apps.Add(app);
            return new HttpClient { BaseAddress = address };
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in new[] { ProxyHere, ProxyWrites, ProxyElsewhere }) client?.Dispose();
            foreach (var app in _apps)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
            _dir.Dispose();
        }
    }
}
