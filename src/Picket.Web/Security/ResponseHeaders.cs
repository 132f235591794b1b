using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Picket.Web.Security;

/// <summary>
/// Headers on every answer: a Content-Security-Policy with no inline script (the dashboard is built by Vite with none;
/// MapLibre's worker is a same-origin module, so <c>worker-src 'self'</c> suffices), no MIME sniffing, no framing
/// (OWASP Secure Headers Project; CSP Level 3 <c>frame-ancestors</c>).
/// </summary>
internal static class ResponseHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    });

    /// <summary>
    /// Reads from another machine need the key, or a user named by the trusted proxy (a server with neither listens on
    /// loopback only); the dashboard's static files stay open so a browser can load the page that asks for the key.
    /// </summary>
    public static IApplicationBuilder UseReadGate(this IApplicationBuilder app, string? apiKey, TrustedProxy? proxy) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        bool api = path.StartsWithSegments("/api") || path.StartsWithSegments("/match") || path.StartsWithSegments("/openapi");
        if (api)
        {
            var access = RequestAuthentication.Judge(context, apiKey, proxy);
            if (!RequestAuthentication.MayRead(access))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await context.Response.WriteAsJsonAsync(new ApiError(RequestAuthentication.Reason(access, proxy)));
                return;
            }
        }
        await next(context);
    });
}
