namespace Picket.Store.Ingest;

/// <summary>One identity report (type 5, or a type 24 part) for the <c>identity_reports</c> table; null = not available.</summary>
/// <param name="Mmsi">The reporting station.</param>
/// <param name="TimeMs">Reception time in UNIX milliseconds; <see cref="PositionRow.NoTime"/> when none.</param>
/// <param name="MessageType">The AIS message type (5, 19 or 24; 0 for a CSV row).</param>
/// <param name="Part">For type 24, part A (0) or B (1); null otherwise.</param>
/// <param name="Imo">The IMO number (type 5).</param>
/// <param name="CallSign">The call sign.</param>
/// <param name="Name">The vessel's name as decoded.</param>
/// <param name="ShipType">Ship and cargo type (ITU-R M.1371-5 Table 53).</param>
/// <param name="Length">Length overall in metres (bow plus stern dimension).</param>
/// <param name="Beam">Beam in metres (port plus starboard dimension).</param>
/// <param name="Draught">Maximum present static draught in metres, to 0.1 m (type 5).</param>
/// <param name="Destination">The declared destination, free text (type 5).</param>
public sealed record IdentityRow(
    uint Mmsi, long TimeMs, byte MessageType, byte? Part, int? Imo, string? CallSign, string? Name, byte? ShipType,
    short? Length, short? Beam, float? Draught, string? Destination);
