using Picket.Ais.Csv;

namespace Picket.Store.Ingest;

/// <summary>
/// Turns CSV export rows (NOAA MarineCadastre, DMA) into store rows, shared by <c>picket ingest</c> and
/// <see cref="LiveIngest"/> so both write the same rows for the same file. Each row carries a position and the
/// vessel's identity; an identity row is kept only when a vessel's identity differs from the last one it had in this
/// file, so the identity history is not repeated once per position. One instance per file.
/// </summary>
internal sealed class CsvRowDecoder
{
    /// <summary>A fingerprint of each vessel's last identity: one int per vessel, so memory is bounded by fleet size.</summary>
    private readonly Dictionary<uint, int> _lastIdentity = [];

    /// <summary>True when the row has a position (it then goes to <c>positions</c>).</summary>
    public static bool TryPosition(CsvAisRecord r, out PositionRow row)
    {
        if (r.Latitude is { } lat && r.Longitude is { } lon)
        {
            row = ToPosition(r, lat, lon);
            return true;
        }
        row = default;
        return false;
    }

    /// <summary>
    /// True when the row's identity is new for its vessel in this file. Must see every row in file order, emitted or
    /// not (a resumed ingest replays the skipped rows through here to rebuild the same state).
    /// </summary>
    public bool IsNewIdentity(CsvAisRecord r)
    {
        if ((r.Name ?? r.CallSign ?? (object?)r.Imo) == null) return false;
        int identity = HashCode.Combine(r.Name, r.Imo, r.CallSign, r.ShipType, r.Length, r.Width, r.Draught, r.Destination);
        if (_lastIdentity.TryGetValue(r.Mmsi, out int last) && last == identity) return false;
        _lastIdentity[r.Mmsi] = identity;
        return true;
    }

    private static PositionRow ToPosition(CsvAisRecord r, double lat, double lon) => new(
        r.Mmsi, r.Time.ToUnixTimeMilliseconds(),
        (int)Math.Round(lat * PositionRow.UnitsPerDegree), (int)Math.Round(lon * PositionRow.UnitsPerDegree),
        r.Speed is { } s && s >= 0 ? (ushort)Math.Min(Math.Round(s * 10), 1022) : PositionRow.NoValue,
        r.Course is { } c && c >= 0 ? (ushort)Math.Min(Math.Round(c * 10), 3599) : PositionRow.NoValue,
        r.Heading is { } h and >= 0 and < 360 ? (short)h : PositionRow.NoHeading,
        r.Status is { } st and >= 0 and <= 15 ? (byte)st : PositionRow.NoStatus,
        // The exports do not say which message a row came from; 0 marks "CSV, type unknown".
        0);

    public static IdentityRow ToIdentity(CsvAisRecord r) => new(
        r.Mmsi, r.Time.ToUnixTimeMilliseconds(), 0, null, r.Imo, r.CallSign, r.Name,
        r.ShipType is { } t and >= 0 and <= 255 ? (byte)t : null,
        r.Length is { } l ? (short)Math.Clamp(Math.Round(l), 0, short.MaxValue) : null,
        r.Width is { } w ? (short)Math.Clamp(Math.Round(w), 0, short.MaxValue) : null,
        r.Draught is { } d ? (float)d : null, r.Destination);
}
