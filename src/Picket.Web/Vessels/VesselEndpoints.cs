using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Picket.Web.Hosting;

namespace Picket.Web.Vessels;

/// <summary><c>/api/v1/vessels…</c>: search, one vessel, its track and its timeline.</summary>
public static class VesselEndpoints
{
    public static RouteGroupBuilder MapVessels(this RouteGroupBuilder api)
    {
        api.MapGet("/vessels", (ServerState state, string? q, int? limit) =>
                TypedResults.Ok(new VesselSearchResponse(VesselSearch.Find(state.Vessels, q, limit ?? VesselSearch.DefaultLimit))))
            .WithName("searchVessels")
            .WithSummary("Vessels by name, MMSI or IMO prefix, or a similar name; highest risk first.");
        return api;
    }
}
