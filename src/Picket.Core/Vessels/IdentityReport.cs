namespace Picket.Core.Vessels;

/// <summary>
/// What one static-data message said about a vessel. A null field means "this message did not say" (type 24 part A
/// carries only the name, part B no name); the decoder adapter maps AIS "not available" values (IMO 0, ship type 0,
/// draught 0, ETA month 0, "@" padding) to null so that absence is never mistaken for a change.
/// <see cref="Imo"/> is the raw number as broadcast, check digit not verified, because a bad one is evidence.
/// </summary>
public readonly record struct IdentityReport(
    Mmsi Mmsi,
    DateTimeOffset Time,
    IdentitySource Source,
    string? Name = null,
    int? Imo = null,
    string? CallSign = null,
    ShipType? ShipType = null,
    VesselDimensions? Dimensions = null,
    double? DraughtMetres = null,
    string? Destination = null,
    DateTimeOffset? Eta = null);
