namespace Picket.Web.Security;

/// <summary>Who a request is, as far as the server can tell: what it may do, or why it is refused.</summary>
internal enum RequestAccess
{
    /// <summary>No key, not loopback, no trusted proxy: nothing beyond the dashboard's static files.</summary>
    Anonymous,

    /// <summary>From this machine, no key: reads only.</summary>
    Loopback,

    /// <summary>Carries the API key: reads and writes.</summary>
    Key,

    /// <summary>A user named by the trusted proxy: reads (and writes when the proxy is trusted for them).</summary>
    ProxyUser,

    /// <summary>The proxy's user header from an address that is not the proxy: refused whatever else it carries.</summary>
    SpoofedProxyHeader,

    /// <summary>The proxy's user header from the proxy, but repeated, empty, too long or with control characters.</summary>
    MalformedProxyHeader,

    /// <summary>From the proxy's address without its user header (the proxy let an unauthenticated request through).</summary>
    ProxyWithoutUser,
}
