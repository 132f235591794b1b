namespace Picket.Core.Vessels;

/// <summary>
/// What one static-data message said about a vessel. A null field means "this message did not say" (type 24 part A
/// carries only the name, part B no name); the decoder adapter maps AIS "not available" values (IMO 0, ship type 0,
/// draught 0, ETA month 0, "@" padding) to null so that absence is never mistaken for a change.
/// <see cref="Imo"/> is the raw number as broadcast, check digit not verified, because a bad one is evidence.
/// </summary>
/// <param name="Mmsi">The MMSI that sent the report.</param>
/// <param name="Time">Receive or tag-block time, UTC.</param>
/// <param name="Source">Which message the report came from.</param>
/// <param name="Name">Vessel name, or null when this message did not say.</param>
/// <param name="Imo">IMO number as broadcast, or null.</param>
/// <param name="CallSign">Radio call sign, or null.</param>
/// <param name="ShipType">Type of ship and cargo, or null.</param>
/// <param name="Dimensions">Dimensions to the position reference point, or null.</param>
/// <param name="DraughtMetres">Present static draught in metres (0.1 m steps, at most 25.5 m), or null.</param>
/// <param name="Destination">Destination as typed by the crew, or null.</param>
/// <param name="Eta">Estimated time of arrival, UTC, or null.</param>
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
