using Picket.Ais;
using Picket.Ais.Messages;

namespace Picket.Store.Ingest;

/// <summary>Turns decoded AIS messages into store rows: position reports into <see cref="PositionRow"/>, static reports into <see cref="IdentityRow"/>.</summary>
internal static class AisRowDecoder
{
    /// <summary>True for the types that carry a vessel position (1/2/3 Class A, 18/19 Class B, 27 long range).</summary>
    public static bool IsPosition(int type) => type is 1 or 2 or 3 or 18 or 19 or 27;

    /// <summary>True for the types that carry identity (5 static and voyage, 24 static data report).</summary>
    public static bool IsIdentity(int type) => type is 5 or 24;

    public static PositionRow Position(in AisPayload p, int type)
    {
        var reader = p.Reader;
        switch (type)
        {
            case 1 or 2 or 3:
                var a = PositionReportClassA.Read(reader);
                return new PositionRow(a.Mmsi, p.TimeMs, Raw(a.Latitude, a.LatitudeRaw), Raw(a.Longitude, a.LongitudeRaw),
                    Raw(a.Speed, a.SpeedRaw), Raw(a.Course, a.CourseRaw), Heading(a.Heading), (byte)a.Status, (byte)type);
            case 18:
                var b = PositionReportClassB.Read(reader);
                return new PositionRow(b.Mmsi, p.TimeMs, Raw(b.Latitude, b.LatitudeRaw), Raw(b.Longitude, b.LongitudeRaw),
                    Raw(b.Speed, b.SpeedRaw), Raw(b.Course, b.CourseRaw), Heading(b.Heading), PositionRow.NoStatus, 18);
            case 19:
                var e = ExtendedPositionReportClassB.Read(reader);
                return new PositionRow(e.Mmsi, p.TimeMs, Raw(e.Latitude, e.LatitudeRaw), Raw(e.Longitude, e.LongitudeRaw),
                    Raw(e.Speed, e.SpeedRaw), Raw(e.Course, e.CourseRaw), Heading(e.Heading), PositionRow.NoStatus, 19);
            default:
                // Type 27 sends 1/10 minute and whole knots/degrees: scale to the common units.
                var l = LongRangePosition.Read(reader);
                return new PositionRow(l.Mmsi, p.TimeMs, Scaled(l.Latitude, PositionRow.UnitsPerDegree), Scaled(l.Longitude, PositionRow.UnitsPerDegree),
                    l.Speed is { } s ? (ushort)Math.Round(s * 10) : PositionRow.NoValue, l.Course is { } c ? (ushort)Math.Round(c * 10) : PositionRow.NoValue,
                    PositionRow.NoHeading, (byte)l.Status, 27);
        }
    }

    public static IdentityRow Identity(in AisPayload p, int type)
    {
        var reader = p.Reader;
        if (type == 5)
        {
            var s = StaticAndVoyageData.Read(reader);
            return new IdentityRow(s.Mmsi, p.TimeMs, 5, null, s.Imo, Text(s.CallSign), Text(s.Name), s.ShipType,
                Short(s.Length), Short(s.Beam), s.Draught is { } d ? (float)d : null, Text(s.Destination));
        }
        var r = StaticDataReport.Read(reader);
        if (r.IsPartA)
            return new IdentityRow(r.Mmsi, p.TimeMs, 24, 0, null, null, Text(r.Name), null, null, null, null, null);
        int length = r.ToBow + r.ToStern, beam = r.ToPort + r.ToStarboard;
        return new IdentityRow(r.Mmsi, p.TimeMs, 24, 1, null, Text(r.CallSign), null, r.ShipType,
            length == 0 ? null : (short)length, beam == 0 ? null : (short)beam, null, null);
    }

    /// <summary>The raw field when the decoded value says it is available (the decoder owns the "not available" rules).</summary>
    private static int Raw(double? value, int raw) => value == null ? PositionRow.NoPosition : raw;
    private static ushort Raw(double? value, ushort raw) => value == null ? PositionRow.NoValue : raw;
    private static int Scaled(double? degrees, double unitsPerDegree) => degrees is { } d ? (int)Math.Round(d * unitsPerDegree) : PositionRow.NoPosition;
    private static short Heading(int? v) => v is { } h ? (short)h : PositionRow.NoHeading;
    private static short? Short(int? v) => v is { } x ? (short)Math.Clamp(x, short.MinValue, short.MaxValue) : null;
    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
