namespace Picket.Store.Queries;

/// <summary>One identity a hull reported (a row of <c>vessels</c>): the same MMSI under another name or IMO is another span.</summary>
/// <param name="Imo">The IMO number reported; null if none.</param>
/// <param name="Name">The name reported; null if none. Untrusted text from AIS.</param>
/// <param name="CallSign">The call sign reported; null if none.</param>
/// <param name="ShipType">The AIS ship and cargo type (ITU-R M.1371-5 Table 53); null if none.</param>
/// <param name="FirstSeen">The first report of this identity (UTC).</param>
/// <param name="LastSeen">The last report of this identity (UTC).</param>
/// <param name="Reports">Identity reports that gave it.</param>
public sealed record IdentitySpan(int? Imo, string? Name, string? CallSign, int? ShipType, DateTime? FirstSeen, DateTime? LastSeen, long Reports);

/// <summary>A stored position; null where the report said "not available".</summary>
/// <param name="Mmsi">The reporting station.</param>
/// <param name="Time">Reception time (UTC); null when the input gave none.</param>
/// <param name="Latitude">Decimal degrees (WGS 84).</param>
/// <param name="Longitude">Decimal degrees (WGS 84).</param>
/// <param name="Speed">Speed over ground in knots.</param>
/// <param name="Course">Course over ground in degrees.</param>
/// <param name="Heading">True heading in degrees.</param>
/// <param name="Status">Navigational status (ITU-R M.1371-5 Table 45).</param>
public sealed record StoredPosition(uint Mmsi, DateTime? Time, double? Latitude, double? Longitude, float? Speed, float? Course, int? Heading, int? Status);

/// <summary>A stored event (the README's event format); vessels and evidence stay JSON text.</summary>
/// <param name="Id">The event's id, derived from its content.</param>
/// <param name="Type">Its wire type name (<c>encounter</c>, <c>gap</c>, …).</param>
/// <param name="Start">When it starts (UTC).</param>
/// <param name="End">When it ends (UTC).</param>
/// <param name="Latitude">Where it happened, decimal degrees; null for an event with no single place.</param>
/// <param name="Longitude">Where it happened, decimal degrees.</param>
/// <param name="Mmsi">The first vessel's MMSI.</param>
/// <param name="OtherMmsi">The second vessel's MMSI, for an encounter.</param>
/// <param name="Confidence">The detector's confidence in [0, 1].</param>
/// <param name="VesselsJson">The event's <c>vessels</c> array as in <c>events.jsonl</c>.</param>
/// <param name="EvidenceJson">The event's <c>evidence</c> object as in <c>events.jsonl</c>.</param>
public sealed record StoredEvent(string Id, string Type, DateTime Start, DateTime? End, double? Latitude, double? Longitude,
    int? Mmsi, int? OtherMmsi, double? Confidence, string? VesselsJson, string? EvidenceJson);

/// <summary>One factor of a stored risk (an element of <c>vessel_risk.factors_json</c>).</summary>
/// <param name="Practice">The deceptive practice's name, e.g. "ShipToShipTransfer".</param>
/// <param name="Points">What the factor adds to the risk score.</param>
/// <param name="Reason">Why, in one line for a person.</param>
/// <param name="EventIds">Ids of the events the factor rests on (rows of <c>events</c>).</param>
public sealed record StoredRiskFactor(string Practice, double Points, string Reason, IReadOnlyList<string> EventIds);

/// <summary>A vessel's risk as <c>picket analyze</c> stored it (a row of <c>vessel_risk</c>).</summary>
/// <param name="Score">The risk score.</param>
/// <param name="HighRisk">Whether it reached the high-risk threshold.</param>
/// <param name="Factors">The factors behind the score.</param>
public sealed record StoredRisk(double? Score, bool? HighRisk, IReadOnlyList<StoredRiskFactor> Factors);

/// <summary>A sanctions-list match of a vessel (a row of <c>screening_results</c>).</summary>
/// <param name="ListSource">The list (UN, OFAC SDN, EU, UK, …).</param>
/// <param name="EntryId">The entry's id in that list.</param>
/// <param name="EntryName">The entry's name.</param>
/// <param name="MatchedOn">What matched: <c>imo</c>, <c>mmsi</c>, <c>call_sign</c>, <c>name</c>, <c>former_name</c> or <c>owner</c>.</param>
/// <param name="Score">The match's score in [0, 1].</param>
/// <param name="ScreenedAt">When the screening ran (UTC).</param>
public sealed record StoredListMatch(string ListSource, string EntryId, string? EntryName, string? MatchedOn, double? Score, DateTime? ScreenedAt);

/// <summary>
/// Everything the store holds about one MMSI: identity history, its most recent positions, its events, and what
/// <c>picket analyze</c> concluded: its risk (null if it was never assessed) and its list matches (highest score first).
/// </summary>
/// <param name="Mmsi">The MMSI.</param>
/// <param name="Positions">Positions stored for it.</param>
/// <param name="FirstSeen">Its first stored position (UTC).</param>
/// <param name="LastSeen">Its last stored position (UTC).</param>
/// <param name="Identities">The identities it reported, earliest first.</param>
/// <param name="LastPositions">Its most recent positions, latest first.</param>
/// <param name="Events">Its events, earliest first.</param>
/// <param name="Risk">Its stored risk; null if it was never assessed.</param>
/// <param name="ListMatches">Its list matches, highest score first.</param>
public sealed record VesselReport(uint Mmsi, long Positions, DateTime? FirstSeen, DateTime? LastSeen,
    IReadOnlyList<IdentitySpan> Identities, IReadOnlyList<StoredPosition> LastPositions, IReadOnlyList<StoredEvent> Events,
    StoredRisk? Risk, IReadOnlyList<StoredListMatch> ListMatches)
{
    /// <summary>The companies behind the hull (rows of <c>vessel_company</c> by its MMSI or any IMO it broadcast).</summary>
    public IReadOnlyList<StoredVesselCompany> Companies { get; init; } = [];
}

/// <summary>A company behind a vessel: the role, the company, the list entries it answers to, when and where read.</summary>
/// <param name="Role">"registered_owner", "ship_manager", "ism_manager", "operator" or "linked_to".</param>
/// <param name="CompanyKey">The company's key, the same for every ship of the company.</param>
/// <param name="CompanyName">The company's name as written.</param>
/// <param name="Entries">The list entries it answers to; empty when unlisted.</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Source">Where the link was read: a registry file or a list.</param>
public sealed record StoredVesselCompany(string Role, string CompanyKey, string CompanyName, IReadOnlyList<StoredCompanyEntry> Entries,
    DateOnly? From, DateOnly? To, string Source);

/// <summary>A vessel seen in an area and window: how often, when, where last, under which latest name.</summary>
/// <param name="Mmsi">The MMSI.</param>
/// <param name="Name">Its latest name; null if it never gave one.</param>
/// <param name="Imo">Its latest IMO number; null if none.</param>
/// <param name="Positions">Its positions in the area and window.</param>
/// <param name="First">The first of them (UTC).</param>
/// <param name="Last">The last of them (UTC).</param>
/// <param name="LastLatitude">Where it was last, decimal degrees.</param>
/// <param name="LastLongitude">Where it was last, decimal degrees.</param>
public sealed record AreaVessel(uint Mmsi, string? Name, int? Imo, long Positions, DateTime? First, DateTime? Last, double LastLatitude, double LastLongitude);

/// <summary>What <c>picket query area</c> found.</summary>
/// <param name="Box">The area asked about.</param>
/// <param name="Window">The time window asked about.</param>
/// <param name="Vessels">The vessels seen there, most positions first.</param>
/// <param name="Events">The events there, overlapping the window, earliest first.</param>
/// <param name="Truncated">True when more vessels were seen than were returned.</param>
public sealed record AreaReport(BoundingBox Box, TimeWindow Window, IReadOnlyList<AreaVessel> Vessels, IReadOnlyList<StoredEvent> Events, bool Truncated);
