using Microsoft.AspNetCore.Http;

namespace Picket.Web.Security;

/// <summary>
/// Decides a request's <see cref="RequestAccess"/> from its connection and headers: the one place the read gate,
/// the write filter and the rate limiter's partitions agree on who is asking.
/// </summary>
internal static class RequestAuthentication
{
    public static RequestAccess Judge(HttpContext context, string? apiKey, TrustedProxy? proxy)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (proxy != null && context.Request.Headers.TryGetValue(proxy.Header, out var user))
        {
            // Checked before the key: a client that forges an identity header is refused even with a key, so a
            // misconfigured proxy list shows at once instead of working by accident.
            if (!proxy.IsProxy(remote)) return RequestAccess.SpoofedProxyHeader;
            if (ApiKeyCheck.IsPresentAndValid(context.Request, apiKey)) return RequestAccess.Key;
            return IsUserName(user) ? RequestAccess.ProxyUser : RequestAccess.MalformedProxyHeader;
        }
        if (ApiKeyCheck.IsPresentAndValid(context.Request, apiKey)) return RequestAccess.Key;
        // A proxy on this machine connects over loopback: what it forwards without a user is not this machine's user.
        if (proxy != null && proxy.IsProxy(remote)) return RequestAccess.ProxyWithoutUser;
        return ApiKeyCheck.FromLoopback(context) ? RequestAccess.Loopback : RequestAccess.Anonymous;
    }

    public static bool MayRead(RequestAccess access) =>
        access is RequestAccess.Loopback or RequestAccess.Key or RequestAccess.ProxyUser;

    public static bool MayWrite(RequestAccess access, TrustedProxy? proxy) =>
        access == RequestAccess.Key || (access == RequestAccess.ProxyUser && proxy is { AllowWrites: true });

    /// <summary>The proxied user's name, when the request is one (for the rate limiter: one bucket per user, not one for the proxy).</summary>
    public static string? ProxyUserOf(HttpContext context, TrustedProxy? proxy)
    {
        if (proxy == null || !proxy.IsProxy(context.Connection.RemoteIpAddress)) return null;
        var values = context.Request.Headers[proxy.Header];
        return IsUserName(values) ? values[0] : null;
    }

    /// <summary>Why a refused request was refused, for the 401 body (never echoing the header's value).</summary>
    public static string Reason(RequestAccess access, TrustedProxy? proxy) => access switch
    {
        RequestAccess.SpoofedProxyHeader =>
            $"the {proxy!.Header} header is accepted only from the configured proxy, and this request did not come from it",
        RequestAccess.MalformedProxyHeader =>
            $"the proxy's {proxy!.Header} header must appear once and name a user (1–{TrustedProxy.MaxUserLength} characters, no comma or control characters)",
        RequestAccess.ProxyWithoutUser =>
            $"requests through the proxy need its {proxy!.Header} header (the proxy did not authenticate this one) or the API key",
        _ => "requests from another machine need the API key",
    };

    // One value only, and no comma: a proxy that appends to a client's header instead of replacing it would pass the
    // client's choice along as a second field line or a comma-joined list (RFC 9110 §5.3), so both are refused.
    private static bool IsUserName(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values.Count != 1) return false;
        string? user = values[0];
        if (string.IsNullOrWhiteSpace(user) || user.Length > TrustedProxy.MaxUserLength) return false;
        foreach (char c in user)
            if (char.IsControl(c) || c == ',') return false;
        return true;
    }
}
