using Microsoft.AspNetCore.Builder;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Picket.Store.Queries;
using Picket.Web.Hosting;
using Picket.Web.Security;

namespace Picket.Web.Vessels;

/// <summary><c>/api/v1/vessels…</c>: search, one vessel, its track and its timeline.</summary>
internal static class VesselEndpoints
{
    /// <summary>How many of the latest positions a vessel's page shows.</summary>
    public const int LatestPositions = 20;

    public static RouteGroupBuilder MapVessels(this RouteGroupBuilder api)
    {
        api.MapGet("/vessels", (ServerState state, string? q, int? limit) =>
                TypedResults.Ok(new VesselSearchResponse(VesselSearch.Find(state.Vessels, q, limit ?? VesselSearch.DefaultLimit))))
            .WithName("searchVessels")
            .WithSummary("Vessels by name, MMSI or IMO prefix, or a similar name; highest risk first.");

        api.MapGet("/vessels/{mmsi}", async Task<Results<Ok<VesselDetailResponse>, NotFound<ApiError>>> (ServerState state, uint mmsi, CancellationToken ct) =>
        {
            // The page held in memory when the read model is ready: it holds every hull with a page, so no entry is a 404.
            if (state.Reads?.Pages is { } pages)
                return pages.TryGetValue(mmsi, out var held) ? TypedResults.Ok(held) : NotFound(mmsi);
            state.Vessels.ByMmsi.TryGetValue(mmsi, out var known);
            var (report, draughts) = await state.Store.ReadAsync(s => (VesselQuery.Find(s, mmsi.ToString("D9", CultureInfo.InvariantCulture), LatestPositions) is [var found, ..] ? found : null,
                DraughtQuery.OfVessel(s, mmsi)), ct);
            if (report == null || (known == null && report.Positions == 0 && report.Identities.Count == 0))
                return NotFound(mmsi);
            return TypedResults.Ok(VesselDetail.From(report, known, draughts));
        })
        .WithName("getVessel")
        .WithSummary("One vessel: identity timeline, risk with each factor's events, list matches, events, latest positions, companies.");
        return api;
    }

    private static NotFound<ApiError> NotFound(uint mmsi) => TypedResults.NotFound(new ApiError($"no vessel with MMSI {mmsi} in the store"));
}
