using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Picket.Core.Events;
using Picket.Store.Queries;
using Picket.Web.Hosting;
using Picket.Web.Security;

namespace Picket.Web.Tracks;

/// <summary>Tracks as GeoJSON (one vessel, or a box) and one vessel's speed/draught/gap timeline.</summary>
internal static class TrackEndpoints
{
    /// <summary>Fixes one answer reads at most from the store.</summary>
    public const int MaxFixes = 200_000;

    public static RouteGroupBuilder MapTracks(this RouteGroupBuilder api)
    {
        api.MapGet("/vessels/{mmsi}/track", async Task<Results<Ok<TrackFeatureCollection>, BadRequest<ApiError>>> (ServerState state, uint mmsi, string? from, string? to, double? zoom, CancellationToken ct) =>
        {
            if (!QueryParameters.TryWindow(from, to, out var window, out var error)) return TypedResults.BadRequest(new ApiError(error!));
            // The whole track at a map zoom comes from the sketch (the same answer); a window or a finer zoom reads the store.
            if (window == TimeWindow.All && state.Reads?.Tracks?.Vessel(mmsi, zoom) is { } sketched) return TypedResults.Ok(sketched);
            var fixes = await state.Store.ReadAsync(s => TrackQuery.OfVessel(s, mmsi, window, MaxFixes, out bool t) is var f ? (f, t) : default, ct);
            return TypedResults.Ok(TrackGeoJson.Build(fixes.f, zoom, fixes.t));
        })
        .WithName("getVesselTrack")
        .WithSummary("A vessel's track as GeoJSON LineStrings (one per segment), simplified for the zoom and capped in points.");

        api.MapGet("/vessels/{mmsi}/timeline", async Task<Results<Ok<TimelineResponse>, BadRequest<ApiError>>> (ServerState state, uint mmsi, string? from, string? to, CancellationToken ct) =>
        {
            if (!QueryParameters.TryWindow(from, to, out var window, out var error)) return TypedResults.BadRequest(new ApiError(error!));
            return TypedResults.Ok(await state.Store.ReadAsync(s =>
            {
                var fixes = TrackQuery.OfVessel(s, mmsi, window, MaxFixes, out bool truncated);
                var draughts = DraughtQuery.OfVessel(s, mmsi);
                var gaps = EventQuery.Find(s, new EventFilter { Types = [EventType.Gap], Mmsi = mmsi, Window = window, Limit = 1000 }).Events;
                return Timeline.Build(fixes, truncated, draughts, gaps);
            }, ct));
        })
        .WithName("getVesselTimeline")
        .WithSummary("Speed and draught over time and the vessel's gaps, for the timeline chart (capped in points).");

        api.MapGet("/tracks", async Task<Results<Ok<TrackFeatureCollection>, BadRequest<ApiError>>> (ServerState state, string? bbox, string? from, string? to, double? zoom, int? limit, CancellationToken ct) =>
        {
            if (!QueryParameters.TryWindow(from, to, out var window, out var error)) return TypedResults.BadRequest(new ApiError(error!));
            if (string.IsNullOrWhiteSpace(bbox)) return TypedResults.BadRequest(new ApiError("bbox=W,S,E,N is required"));
            if (!QueryParameters.TryBox(bbox, out var box, out error)) return TypedResults.BadRequest(new ApiError(error!));
            int maxFixes = Math.Clamp(limit ?? MaxFixes, 1, MaxFixes);
            // At a map zoom a tile reads only the sketch (limit then caps the sketch points read); finer, the store's fixes.
            if (state.Reads?.Tracks?.Box(box!.Value, window, zoom, maxFixes) is { } tile) return TypedResults.Ok(tile);
            var fixes = await state.Store.ReadAsync(s => TrackQuery.InBox(s, box!.Value, window, maxFixes, out bool t) is var f ? (f, t) : default, ct);
            return TypedResults.Ok(TrackGeoJson.Build(fixes.f, zoom, fixes.t));
        })
        .WithName("getTracks")
        .WithSummary("Every vessel's track inside bbox=W,S,E,N and the time window, as GeoJSON; limit caps the fixes read.");
        return api;
    }
}
