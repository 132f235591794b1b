namespace Picket.Store.Queries;

/// <summary>One identity a hull reported (a row of <c>vessels</c>): the same MMSI under another name or IMO is another span.</summary>
public sealed record IdentitySpan(int? Imo, string? Name, string? CallSign, int? ShipType, DateTime? FirstSeen, DateTime? LastSeen, long Reports);

/// <summary>A stored position; null where the report said "not available".</summary>
public sealed record StoredPosition(uint Mmsi, DateTime? Time, double? Latitude, double? Longitude, float? Speed, float? Course, int? Heading, int? Status);

/// <summary>A stored event (ARCHITECTURE.md §Event format); vessels and evidence stay JSON text.</summary>
public sealed record StoredEvent(string Id, string Type, DateTime Start, DateTime? End, double? Latitude, double? Longitude,
    int? Mmsi, int? OtherMmsi, double? Confidence, string? VesselsJson, string? EvidenceJson);

/// <summary>Everything the store holds about one MMSI: identity history, its most recent positions, its events.</summary>
public sealed record VesselReport(uint Mmsi, long Positions, DateTime? FirstSeen, DateTime? LastSeen,
    IReadOnlyList<IdentitySpan> Identities, IReadOnlyList<StoredPosition> LastPositions, IReadOnlyList<StoredEvent> Events);

/// <summary>A vessel seen in an area and window: how often, when, where last, under which latest name.</summary>
public sealed record AreaVessel(uint Mmsi, string? Name, int? Imo, long Positions, DateTime? First, DateTime? Last, double LastLatitude, double LastLongitude);

public sealed record AreaReport(BoundingBox Box, TimeWindow Window, IReadOnlyList<AreaVessel> Vessels, IReadOnlyList<StoredEvent> Events, bool Truncated);
