using Microsoft.AspNetCore.Http;

namespace Picket.Web.Security;

/// <summary>
/// On every write endpoint (uploads, analyses, list updates): no valid key, no write, whatever address the request
/// came from; a server started without a key takes no writes at all.
/// </summary>
public sealed class KeyRequiredFilter(string? apiKey) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (ApiKeyCheck.IsPresentAndValid(context.HttpContext.Request, apiKey)) return next(context);
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        string why = string.IsNullOrEmpty(apiKey)
            ? "writes need an API key, and this server was started without one (picket serve --api-key KEY)"
            : $"writes need the API key ({ApiKeyCheck.HeaderName} header or Authorization: Bearer)";
        return ValueTask.FromResult<object?>(TypedResults.Json(new ApiError(why), statusCode: StatusCodes.Status401Unauthorized));
    }
}
