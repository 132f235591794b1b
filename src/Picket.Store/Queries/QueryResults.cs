namespace Picket.Store.Queries;

/// <summary>One identity a hull reported (a row of <c>vessels</c>): the same MMSI under another name or IMO is another span.</summary>
public sealed record IdentitySpan(int? Imo, string? Name, string? CallSign, int? ShipType, DateTime? FirstSeen, DateTime? LastSeen, long Reports);

/// <summary>A stored position; null where the report said "not available".</summary>
public sealed record StoredPosition(uint Mmsi, DateTime? Time, double? Latitude, double? Longitude, float? Speed, float? Course, int? Heading, int? Status);

/// <summary>A stored event (ARCHITECTURE.md §Event format); vessels and evidence stay JSON text.</summary>
public sealed record StoredEvent(string Id, string Type, DateTime Start, DateTime? End, double? Latitude, double? Longitude,
    int? Mmsi, int? OtherMmsi, double? Confidence, string? VesselsJson, string? EvidenceJson);

/// <summary>One factor of a stored risk (an element of <c>vessel_risk.factors_json</c>).</summary>
/// <param name="Practice">The deceptive practice's name, e.g. "ShipToShipTransfer".</param>
/// <param name="EventIds">Ids of the events the factor rests on (rows of <c>events</c>).</param>
public sealed record StoredRiskFactor(string Practice, double Points, string Reason, IReadOnlyList<string> EventIds);

/// <summary>A vessel's risk as <c>picket analyze</c> stored it (a row of <c>vessel_risk</c>).</summary>
public sealed record StoredRisk(double? Score, bool? HighRisk, IReadOnlyList<StoredRiskFactor> Factors);

/// <summary>A sanctions-list match of a vessel (a row of <c>screening_results</c>).</summary>
public sealed record StoredListMatch(string ListSource, string EntryId, string? EntryName, string? MatchedOn, double? Score, DateTime? ScreenedAt);

/// <summary>
/// Everything the store holds about one MMSI: identity history, its most recent positions, its events, and what
/// <c>picket analyze</c> concluded: its risk (null if it was never assessed) and its list matches (highest score first).
/// </summary>
public sealed record VesselReport(uint Mmsi, long Positions, DateTime? FirstSeen, DateTime? LastSeen,
    IReadOnlyList<IdentitySpan> Identities, IReadOnlyList<StoredPosition> LastPositions, IReadOnlyList<StoredEvent> Events,
    StoredRisk? Risk, IReadOnlyList<StoredListMatch> ListMatches)
{
    /// <summary>The companies behind the hull (rows of <c>vessel_company</c> by its MMSI or any IMO it broadcast).</summary>
    public IReadOnlyList<StoredVesselCompany> Companies { get; init; } = [];
}

/// <summary>A company behind a vessel: the role, the company, the list entries it answers to, when and where read.</summary>
public sealed record StoredVesselCompany(string Role, string CompanyKey, string CompanyName, IReadOnlyList<StoredCompanyEntry> Entries,
    DateOnly? From, DateOnly? To, string Source);

/// <summary>A vessel seen in an area and window: how often, when, where last, under which latest name.</summary>
public sealed record AreaVessel(uint Mmsi, string? Name, int? Imo, long Positions, DateTime? First, DateTime? Last, double LastLatitude, double LastLongitude);

public sealed record AreaReport(BoundingBox Box, TimeWindow Window, IReadOnlyList<AreaVessel> Vessels, IReadOnlyList<StoredEvent> Events, bool Truncated);
