using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Long-range AIS broadcast, type 27 (ITU-R M.1371-5 Annex 8 §3.26, Table 86): 96 bits, for satellite reception.
/// Positions are in 1/10 minute (about 185 m), speed in whole knots, course in whole degrees — coarser than
/// <see cref="PositionReportClassA"/>, which matters when judging jumps and encounters.
/// </summary>
public readonly record struct LongRangePosition : IAisMessage
{
    public const int StandardBits = 96;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public bool PositionAccuracy { get; init; }
    public bool Raim { get; init; }
    public NavigationStatus Status { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    /// <summary>Knots 0–62; 63 not available.</summary>
    public byte SpeedRaw { get; init; }
    /// <summary>Degrees 0–359; 511 not available; null when the payload was cut before this field.</summary>
    public ushort? CourseRaw { get; init; }
    /// <summary>False when the position is the current GNSS position; true when it is not (M.1371-5 Table 86); null when the payload was cut before it.</summary>
    public bool? GnssNotCurrent { get; init; }

    public double? Longitude => AisValues.LongitudeTenthMinute(LongitudeRaw);
    public double? Latitude => AisValues.LatitudeTenthMinute(LatitudeRaw);
    public double? Speed => SpeedRaw >= 63 ? null : SpeedRaw;
    public double? Course => CourseRaw is ushort c && c < 360 ? c : null;

    public static LongRangePosition Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2),
        Mmsi = r.UInt(8, 30),
        PositionAccuracy = r.Bool(38),
        Raim = r.Bool(39),
        Status = (NavigationStatus)r.UInt(40, 4),
        LongitudeRaw = r.Int(44, 18),
        LatitudeRaw = r.Int(62, 17),
        SpeedRaw = (byte)r.UInt(79, 6),
        CourseRaw = (ushort?)r.UIntIfPresent(85, 9),
        GnssNotCurrent = r.BoolIfPresent(94),
    };

    public void Write(ref BitWriter w)
    {
        w.Write(27, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(PositionAccuracy); w.Write(Raim); w.Write((uint)Status, 4);
        w.WriteSigned(LongitudeRaw, 18); w.WriteSigned(LatitudeRaw, 17); w.Write(SpeedRaw, 6); w.Write(CourseRaw ?? 511u, 9);
        w.Write(GnssNotCurrent ?? false); w.Write(0, 1);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Status, (int)Status); s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude);
        s.Decimal(AisFields.Sog, Speed); s.Decimal(AisFields.Cog, Course); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Boolean(AisFields.Raim, Raim); s.Boolean(AisFields.GnssCurrent, GnssNotCurrent is bool n ? !n : null);
    }
}
