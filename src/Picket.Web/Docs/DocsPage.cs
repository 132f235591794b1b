using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Picket.Web.Docs;

/// <summary>
/// The browsable API description at <c>/openapi</c>: a small page of our own (embedded, no CDN, no inline script) that
/// renders <c>/openapi/v1.json</c>, so it works offline and under the server's Content-Security-Policy.
/// </summary>
internal static class DocsPage
{
    private static readonly (string Path, string Resource, string Type)[] Files =
    [
        ("/openapi", "openapi.html", "text/html; charset=utf-8"),
        ("/docs", "openapi.html", "text/html; charset=utf-8"),
        ("/openapi/docs.js", "docs.js", "text/javascript; charset=utf-8"),
        ("/openapi/docs.css", "docs.css", "text/css; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapDocsPage(this IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, type) in Files)
        {
            var bytes = Read(resource);
            app.MapGet(path, () => Results.Bytes(bytes, type)).ExcludeFromDescription();
        }
        return app;
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(DocsPage).Assembly.GetManifestResourceStream("Picket.Web.Docs." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in Picket.Web");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
