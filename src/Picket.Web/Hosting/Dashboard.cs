using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Picket.Web.Hosting;

/// <summary>
/// The dashboard's static files (Vite's build output in <c>wwwroot</c>) at <c>/</c>. Without a build, <c>/</c> answers a
/// short page saying so, and the API works all the same.
/// </summary>
internal static class Dashboard
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void UseDashboard(this WebApplication app, string? folder)
    {
        folder = Path.GetFullPath(folder ?? DefaultFolder);
        if (File.Exists(Path.Combine(folder, "index.html")))
        {
            var files = new PhysicalFileProvider(folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                // Vite names built assets by content hash, so they can be kept for long; index.html must be revalidated.
                OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                    ctx.File.Name.Equals("index.html", StringComparison.OrdinalIgnoreCase) ? "no-cache" : "public, max-age=31536000, immutable",
            });
            return;
        }
        app.MapGet("/", () => TypedResults.Text(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Picket</title></head><body>" +
            "<h1>Picket server</h1><p>The dashboard is not built (npm run build in src/Picket.Web/dashboard). " +
            "The API answers under <a href=\"/api/v1/vessels\">/api/v1</a>; its description is at <a href=\"/openapi\">/openapi</a>.</p></body></html>",
            "text/html; charset=utf-8")).ExcludeFromDescription();
    }
}
