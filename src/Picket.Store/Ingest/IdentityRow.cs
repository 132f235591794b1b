namespace Picket.Store.Ingest;

/// <summary>One identity report (type 5, or a type 24 part) for the <c>identity_reports</c> table; null = not available.</summary>
public sealed record IdentityRow(
    uint Mmsi, long TimeMs, byte MessageType, byte? Part, int? Imo, string? CallSign, string? Name, byte? ShipType,
    short? Length, short? Beam, float? Draught, string? Destination);
