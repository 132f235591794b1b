using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Picket.Store.Queries;
using Picket.Web.Hosting;
using Picket.Web.Security;
using Picket.Web.Vessels;

namespace Picket.Web.Events;

/// <summary><c>/api/v1/events</c>: filtered pages of events, and one event with its vessels.</summary>
internal static class EventEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events", async Task<Results<Ok<EventListResponse>, BadRequest<ApiError>>> (ServerState state, string? type, string? from, string? to,
            string? bbox, uint? mmsi, double? minConfidence, int? limit, int? offset, CancellationToken ct) =>
        {
            if (!QueryParameters.TryTypes(type, out var types, out var error)
                || !QueryParameters.TryWindow(from, to, out var window, out error)
                || !QueryParameters.TryBox(bbox, out var box, out error))
                return TypedResults.BadRequest(new ApiError(error!));
            if (minConfidence is { } c && !double.IsFinite(c)) return TypedResults.BadRequest(new ApiError("minConfidence takes a number from 0 to 1"));
            var filter = new EventFilter
            {
                Types = types, Window = window, Box = box, Mmsi = mmsi, MinConfidence = minConfidence,
                Limit = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit), Offset = Math.Max(0, offset ?? 0),
            };
            if (state.Reads?.Events is { } index)
            {
                var (events, total) = index.Find(filter);
                return TypedResults.Ok(new EventListResponse(events, total));
            }
            var page = await state.Store.ReadAsync(s => EventQuery.Find(s, filter), ct);
            return TypedResults.Ok(new EventListResponse([.. page.Events.Select(ApiEvent.From)], page.Total));
        })
        .WithName("listEvents")
        .WithSummary("Events by type (comma-separated), time window, bbox=W,S,E,N, vessel and minimum confidence; in start order.");

        api.MapGet("/events/{id}", async Task<Results<Ok<EventDetailResponse>, NotFound<ApiError>>> (ServerState state, string id, CancellationToken ct) =>
        {
            // The index holds every event when it is ready; until then the store is asked.
            var index = state.Reads?.Events;
            var held = id.Length > 200 || index == null ? null : index.ById(id);
            var stored = held?.Stored ?? (id.Length > 200 || index != null ? null : await state.Store.ReadAsync(s => EventQuery.ById(s, id), ct));
            if (stored == null) return TypedResults.NotFound(new ApiError($"no event '{QueryParameters.Trim(id)}'"));
            var mmsis = new[] { stored.Mmsi, stored.OtherMmsi }.OfType<int>().Select(m => (uint)m).Distinct();
            var vessels = mmsis.Select(m => state.Vessels.ByMmsi.TryGetValue(m, out var v)
                ? new EventVesselSummary(m, v.Name, v.Imo, v.Risk)
                : new EventVesselSummary(m, null, null, new RiskSummary(0, RiskBands.Unassessed))).ToList();
            return TypedResults.Ok(new EventDetailResponse(held?.Api ?? ApiEvent.From(stored), vessels));
        })
        .WithName("getEvent")
        .WithSummary("One event with its evidence and every vessel in it.");
        return api;
    }
}
