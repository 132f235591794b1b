using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Picket.Core.Detection;

namespace Picket.Web.Reference;

/// <summary><c>/api/v1/areas</c> and <c>/api/v1/basemap/land</c>: what the map draws under the data, from the project's own files.</summary>
internal static class ReferenceEndpoints
{
    private static readonly Lazy<AreaCollection> Areas = new(() => ReferenceAreas.Build(new DetectionOptions().PortEntryKm));
    private static readonly Lazy<byte[]> Land = new(LandGeoJson.Build);

    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        api.MapGet("/areas", (HttpContext ctx) =>
        {
            ctx.Response.Headers.CacheControl = "public, max-age=3600";
            return TypedResults.Ok(Areas.Value);
        })
        .WithName("getAreas")
        .WithSummary("Reference areas as GeoJSON: ports, DPRK port approaches, STS hotspots named in public reporting.");

        api.MapGet("/basemap/land", (HttpContext ctx) =>
        {
            // The land never changes between builds: cache a day, revalidate by ETag after.
            ctx.Response.Headers.CacheControl = "public, max-age=86400";
            ctx.Response.Headers.ETag = LandGeoJson.ETag;
            if (ctx.Request.Headers.IfNoneMatch == LandGeoJson.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Bytes(Land.Value, "application/geo+json");
        })
        .WithName("getLand")
        .WithSummary("Land polygons (Natural Earth 1:50m, East Asian waters) as GeoJSON, for the offline basemap.")
        .Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        return api;
    }
}
