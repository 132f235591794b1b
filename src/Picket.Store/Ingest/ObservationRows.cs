using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// Observations (the one mapping of <see cref="AisObservations"/> and <see cref="CsvObservations"/>, shared with the
/// analysis) as store rows. Positions go back to the units AIS sends (ITU-R M.1371-5 message 1: 1/10,000 minute,
/// 0.1 knot, 0.1°), which is exact for every NMEA message since the decoded degrees are those integers divided.
/// </summary>
internal static class ObservationRows
{
    public static PositionRow Position(in PositionObservation p) => new(
        p.Mmsi.Value, p.UnixMilliseconds,
        double.IsNaN(p.Lat) ? PositionRow.NoPosition : (int)Math.Round(p.Lat * PositionRow.UnitsPerDegree),
        double.IsNaN(p.Lon) ? PositionRow.NoPosition : (int)Math.Round(p.Lon * PositionRow.UnitsPerDegree),
        p.Sog is { } s && s >= 0 ? (ushort)Math.Min(Math.Round(s * 10), 1022) : PositionRow.NoValue,
        p.Cog is { } c && c >= 0 ? (ushort)Math.Min(Math.Round(c * 10), 3599) : PositionRow.NoValue,
        p.Heading is { } h and >= 0 and < 360 ? (short)h : PositionRow.NoHeading,
        p.Status,
        p.MessageType);

    public static IdentityRow Identity(in IdentityObservation o)
    {
        var r = o.Report;
        long ms = o.HasTime ? r.Time.ToUnixTimeMilliseconds() : PositionRow.NoTime;
        short? length = r.Dimensions is { Length: > 0 } d ? (short)Math.Min(d.Length, short.MaxValue) : null;
        short? beam = r.Dimensions is { Beam: > 0 } e ? (short)Math.Min(e.Beam, short.MaxValue) : null;
        return new IdentityRow(r.Mmsi.Value, ms, o.MessageType, o.Part, r.Imo, r.CallSign, r.Name, r.ShipType?.Code,
            length, beam, r.DraughtMetres is { } x ? (float)x : null, r.Destination);
    }
}
