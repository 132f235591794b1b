using System.Net;

namespace Picket.Web.Hosting;

/// <summary>
/// Which of the URLs to listen on reach beyond this machine. Only loopback names and addresses are local; a wildcard
/// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) or any other host is not, and needs an API key (OWASP API Security
/// Top 10, API2: broken authentication).
/// </summary>
internal static class ListenAddresses
{
    /// <summary>Splits a <c>--urls</c> value (semicolon-separated, as ASP.NET Core takes it).</summary>
    public static IReadOnlyList<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>False for a URL that is not absolute http(s), with the reason.</summary>
    public static bool TryCheck(string url, out bool loopback, out string? error)
    {
        loopback = false;
        error = null;
        // Kestrel's wildcards are not valid URI hosts: swap them for a name so the URL parses, then judge them as remote.
        string parsed = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(parsed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"'{url}' is not an http:// or https:// URL";
            return false;
        }
        loopback = IsLoopbackHost(uri.Host);
        return true;
    }

    public static bool IsLoopbackHost(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var bare = host.Trim('[', ']');
        return IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip);
    }
}
