using Microsoft.AspNetCore.Http;

namespace Picket.Web.Security;

/// <summary>
/// On every write endpoint (uploads, analyses, list updates): no valid key, no write, whatever address the request
/// came from, unless the trusted proxy names the user and is trusted for writes; a server started without a key or
/// such a proxy takes no writes at all.
/// </summary>
internal sealed class KeyRequiredFilter(string? apiKey, TrustedProxy? proxy) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var access = RequestAuthentication.Judge(context.HttpContext, apiKey, proxy);
        if (RequestAuthentication.MayWrite(access, proxy)) return next(context);
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        string why = access switch
        {
            RequestAccess.SpoofedProxyHeader or RequestAccess.MalformedProxyHeader or RequestAccess.ProxyWithoutUser => RequestAuthentication.Reason(access, proxy),
            RequestAccess.ProxyUser => $"writes through the proxy need the API key ({ApiKeyCheck.HeaderName} header or Authorization: Bearer): this server trusts the proxy's user for reads only (picket serve --proxy-writes)",
            _ when string.IsNullOrEmpty(apiKey) && proxy is not { AllowWrites: true } => "writes need an API key, and this server was started without one (picket serve --api-key KEY)",
            _ => $"writes need the API key ({ApiKeyCheck.HeaderName} header or Authorization: Bearer)",
        };
        return ValueTask.FromResult<object?>(TypedResults.Json(new ApiError(why), statusCode: StatusCodes.Status401Unauthorized));
    }
}
