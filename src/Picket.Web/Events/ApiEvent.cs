using System.Text.Json;
using Picket.Store.Queries;

namespace Picket.Web.Events;

/// <summary>
/// An event as <c>events.jsonl</c> has it (the README's "Events" section): <c>vessels</c> and <c>evidence</c> are the
/// JSON the analysis wrote, passed through unchanged.
/// </summary>
internal sealed record ApiEvent(string Id, string Type, DateTime Start, DateTime? End, double? Lat, double? Lon,
    JsonElement Vessels, double? Confidence, JsonElement Evidence)
{
    private static readonly JsonElement EmptyArray = JsonDocument.Parse("[]").RootElement.Clone();
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static ApiEvent From(StoredEvent e) => new(e.Id, e.Type, e.Start, e.End, e.Latitude, e.Longitude,
        Parse(e.VesselsJson, EmptyArray), e.Confidence, Parse(e.EvidenceJson, EmptyObject));

    /// <summary>Stored text that is not JSON (a damaged row) gives an empty part rather than a failed answer.</summary>
    private static JsonElement Parse(string? json, JsonElement fallback)
    {
        if (string.IsNullOrWhiteSpace(json)) return fallback;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return fallback;
        }
    }
}

/// <summary><c>GET /api/v1/events</c>: a page of events and how many match in all.</summary>
internal sealed record EventListResponse(IReadOnlyList<ApiEvent> Events, long Total);

/// <summary>A vessel of an event, with its risk.</summary>
internal sealed record EventVesselSummary(uint Mmsi, string? Name, int? Imo, Vessels.RiskSummary Risk);

/// <summary><c>GET /api/v1/events/{id}</c>: the event with its evidence and every vessel in it.</summary>
internal sealed record EventDetailResponse(ApiEvent Event, IReadOnlyList<EventVesselSummary> Vessels);
