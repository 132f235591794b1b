using System.Net;
using System.Net.Sockets;

namespace Picket.Web.Security;

/// <summary>
/// A reverse proxy that authenticates users itself (an SSO gateway, oauth2-proxy, nginx with <c>auth_request</c>) and
/// names the user in a request header: requests that come from one of <see cref="Networks"/> and carry
/// <see cref="Header"/> are authenticated as that user; the same header from anywhere else is a spoofing attempt and
/// refused. Like ASP.NET Core's <c>ForwardedHeadersOptions.KnownProxies</c>/<c>KnownNetworks</c>, nothing is trusted
/// by default: the proxy's addresses must be named (OWASP API Security Top 10 2023, API2: broken authentication;
/// OWASP Web Security Testing Guide, WSTG-ATHN-04: bypassing authentication by a forged header).
/// </summary>
public sealed record TrustedProxy
{
    /// <summary>Longest user name accepted from the header; a longer value is refused, not cut.</summary>
    public const int MaxUserLength = 256;

    // Headers that carry something else (credentials, routing, the client's own claims about its address): naming one
    // of them as the user header would let a client choose its identity or confuse the key check.
    private static readonly string[] ReservedHeaders =
    [
        "Authorization", ApiKeyCheck.HeaderName, "Cookie", "Host", "Content-Length", "Content-Type", "Transfer-Encoding",
        "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP",
    ];

    private TrustedProxy(string header, IReadOnlyList<IPNetwork> networks, bool allowWrites)
    {
        Header = header;
        Networks = networks;
        AllowWrites = allowWrites;
    }

    /// <summary>The request header the proxy sets to the authenticated user, e.g. <c>X-Forwarded-User</c>.</summary>
    public string Header { get; }

    /// <summary>The addresses (single hosts or CIDR networks) the proxy connects from.</summary>
    public IReadOnlyList<IPNetwork> Networks { get; }

    /// <summary>Whether a proxied user may also write (uploads, analyses, list updates); otherwise writes still need the key.</summary>
    public bool AllowWrites { get; }

    /// <summary>
    /// Validates a header name and a comma-separated list of proxy addresses (<c>10.0.0.5</c>, <c>10.0.0.0/24</c>,
    /// <c>::1</c>); null with the reason when either is unusable.
    /// </summary>
    public static TrustedProxy? TryCreate(string header, string addresses, bool allowWrites, out string? error)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(addresses);
        header = header.Trim();
        if (header.Length == 0 || !header.All(IsTokenChar))
        {
            error = $"'{header}' is not an HTTP header name (RFC 9110 §5.1: letters, digits and !#$%&'*+-.^_`|~)";
            return null;
        }
        if (ReservedHeaders.Contains(header, StringComparer.OrdinalIgnoreCase))
        {
            error = $"'{header}' cannot carry the proxy's user: it has its own meaning (use a header such as X-Forwarded-User)";
            return null;
        }
        var networks = new List<IPNetwork>();
        foreach (var item in addresses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParseNetwork(item, out var network))
            {
                error = $"'{item}' is not an IP address or CIDR network (the proxy's address, e.g. 10.0.0.5 or 10.0.0.0/24)";
                return null;
            }
            if (network.PrefixLength == 0)
            {
                error = $"'{item}' trusts every address, so any client could name its own user; name the proxy's address";
                return null;
            }
            networks.Add(network);
        }
        if (networks.Count == 0)
        {
            error = "a trusted proxy header needs the proxy's address(es) (--proxy-address IP[,IP]); otherwise anyone could send it";
            return null;
        }
        error = null;
        return new TrustedProxy(header, networks, allowWrites);
    }

    /// <summary>Whether the connection comes from one of the proxy's addresses.</summary>
    public bool IsProxy(IPAddress? remote)
    {
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        foreach (var network in Networks)
            if (network.Contains(remote)) return true;
        return false;
    }

    private static bool TryParseNetwork(string text, out IPNetwork network)
    {
        if (text.Contains('/', StringComparison.Ordinal)) return IPNetwork.TryParse(text, out network);
        network = default;
        if (!IPAddress.TryParse(text, out var ip)) return false;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        network = new IPNetwork(ip, ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        return true;
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
