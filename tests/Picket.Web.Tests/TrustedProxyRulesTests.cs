using System.Net;
using Microsoft.AspNetCore.Http;
using Picket.Web.Security;

namespace Picket.Web.Tests;

/// <summary>
/// The trusted proxy's configuration and the access decision on hand-made requests: what a real socket cannot easily
/// produce in a test (IPv4-mapped addresses, a repeated header, other machines' addresses).
/// </summary>
public sealed class TrustedProxyRulesTests
{
    private const string Key = "k-123";

    [Theory]
    [InlineData("X-Forwarded-User", "", "needs the proxy's address")]
    [InlineData("X-Forwarded-User", "0.0.0.0/0", "trusts every address")]
    [InlineData("X-Forwarded-User", "::/0", "trusts every address")]
    [InlineData("X-Forwarded-User", "proxy.example.org", "not an IP address")]
    [InlineData("X-Forwarded-User", "10.0.0.5,10.0.0.300", "'10.0.0.300'")]
    [InlineData("X-Forwarded-For", "10.0.0.5", "has its own meaning")]
    [InlineData("authorization", "10.0.0.5", "has its own meaning")]
    [InlineData("X-Api-Key", "10.0.0.5", "has its own meaning")]
    [InlineData("X Forwarded User", "10.0.0.5", "not an HTTP header name")]
    [InlineData("", "10.0.0.5", "not an HTTP header name")]
    public void An_unusable_configuration_is_refused_with_the_reason(string header, string addresses, string reason)
    {
        Assert.Null(TrustedProxy.TryCreate(header, addresses, allowWrites: false, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5", true)]
    [InlineData("10.0.0.5", "10.0.0.6", false)]
    [InlineData("10.0.0.0/24", "10.0.0.77", true)]
    [InlineData("10.0.0.0/24", "10.0.1.1", false)]
    [InlineData("10.0.0.5", "::ffff:10.0.0.5", true)] // a dual-stack listener reports IPv4 clients this way
    [InlineData("::ffff:10.0.0.5", "10.0.0.5", true)]
    [InlineData("fd00::/8", "fd00::1", true)]
    [InlineData("fd00::/8", "10.0.0.5", false)]
    public void The_proxy_is_known_by_address_or_network(string configured, string remote, bool known)
    {
        var proxy = TrustedProxy.TryCreate("X-Forwarded-User", configured, false, out var error) ?? throw new InvalidOperationException(error);
        Assert.Equal(known, proxy.IsProxy(IPAddress.Parse(remote)));
    }

    [Theory]
    [InlineData("10.0.0.5", "alice", null, "ProxyUser")]
    [InlineData("10.0.0.5", "alice", Key, "Key")]
    [InlineData("10.0.0.5", null, null, "ProxyWithoutUser")]
    [InlineData("10.0.0.5", null, Key, "Key")]
    [InlineData("10.0.0.9", "alice", null, "SpoofedProxyHeader")]
    [InlineData("10.0.0.9", "alice", Key, "SpoofedProxyHeader")]
    [InlineData("127.0.0.1", "alice", null, "SpoofedProxyHeader")]
    [InlineData("127.0.0.1", null, null, "Loopback")]
    [InlineData("10.0.0.9", null, null, "Anonymous")]
    [InlineData("10.0.0.9", null, Key, "Key")]
    [InlineData("10.0.0.5", "", null, "MalformedProxyHeader")]
    [InlineData("10.0.0.5", "alice, mallory", null, "MalformedProxyHeader")]
    [InlineData("10.0.0.5", "alice\u0001", null, "MalformedProxyHeader")]
    public void Each_request_gets_the_access_its_address_and_headers_earn(string remote, string? user, string? key, string expected)
    {
        var proxy = TrustedProxy.TryCreate("X-Forwarded-User", "10.0.0.5", false, out _)!;
        var context = Request(remote, user == null ? [] : [user], key);
        Assert.Equal(Enum.Parse<RequestAccess>(expected), RequestAuthentication.Judge(context, Key, proxy));
    }

    [Fact]
    public void A_repeated_or_overlong_user_header_is_malformed()
    {
        var proxy = TrustedProxy.TryCreate("X-Forwarded-User", "10.0.0.5", false, out _)!;
        Assert.Equal(RequestAccess.MalformedProxyHeader, RequestAuthentication.Judge(Request("10.0.0.5", ["alice", "mallory"], null), Key, proxy));
        Assert.Equal(RequestAccess.MalformedProxyHeader,
            RequestAuthentication.Judge(Request("10.0.0.5", [new string('a', TrustedProxy.MaxUserLength + 1)], null), Key, proxy));
        Assert.Equal(RequestAccess.ProxyUser,
            RequestAuthentication.Judge(Request("10.0.0.5", [new string('a', TrustedProxy.MaxUserLength)], null), Key, proxy));
    }

    [Fact]
    public void Without_a_trusted_proxy_the_header_means_nothing()
    {
        Assert.Equal(RequestAccess.Anonymous, RequestAuthentication.Judge(Request("10.0.0.5", ["alice"], null), Key, proxy: null));
        Assert.Equal(RequestAccess.Loopback, RequestAuthentication.Judge(Request("::1", ["alice"], null), Key, proxy: null));
    }

    [Fact]
    public void Proxied_users_write_only_when_the_proxy_is_trusted_for_writes()
    {
        var reads = TrustedProxy.TryCreate("X-Forwarded-User", "10.0.0.5", allowWrites: false, out _)!;
        var writes = TrustedProxy.TryCreate("X-Forwarded-User", "10.0.0.5", allowWrites: true, out _)!;
        Assert.False(RequestAuthentication.MayWrite(RequestAccess.ProxyUser, reads));
        Assert.True(RequestAuthentication.MayWrite(RequestAccess.ProxyUser, writes));
        Assert.True(RequestAuthentication.MayWrite(RequestAccess.Key, reads));
        Assert.False(RequestAuthentication.MayWrite(RequestAccess.Loopback, writes));
        Assert.False(RequestAuthentication.MayWrite(RequestAccess.ProxyWithoutUser, writes));
    }

    [Fact]
    public void The_rate_limit_counts_each_proxied_user_apart()
    {
        var proxy = TrustedProxy.TryCreate("X-Forwarded-User", "10.0.0.5", false, out _)!;
        Assert.Equal("alice", RequestAuthentication.ProxyUserOf(Request("10.0.0.5", ["alice"], null), proxy));
        Assert.Null(RequestAuthentication.ProxyUserOf(Request("10.0.0.9", ["alice"], null), proxy));
        Assert.Null(RequestAuthentication.ProxyUserOf(Request("10.0.0.5", ["alice", "bob"], null), proxy));
    }

    private static DefaultHttpContext Request(string remote, string[] users, string? key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (users.Length > 0) context.Request.Headers["X-Forwarded-User"] = users;
        if (key != null) context.Request.Headers[ApiKeyCheck.HeaderName] = key;
        return context;
    }
}
