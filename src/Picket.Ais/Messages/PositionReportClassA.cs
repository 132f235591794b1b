using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Class A position report, message types 1, 2 and 3 (ITU-R M.1371-5 Annex 8 §3.1, Table 48): 168 bits.
/// Raw wire values are kept as read; the unsuffixed properties give scaled values or null where the standard says
/// "not available". Compare <see cref="PositionReportClassB"/> (type 18, no navigational status or rate of turn)
/// and <see cref="LongRangePosition"/> (type 27, coarse satellite positions).
/// </summary>
public readonly record struct PositionReportClassA : IAisMessage
{
    /// <summary>Standard length in bits.</summary>
    public const int StandardBits = 168;

    public byte MessageType { get; init; }
    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public NavigationStatus Status { get; init; }
    /// <summary>Rate-of-turn indicator as sent: −128 not available, ±127 turning fast without a turn indicator.</summary>
    public sbyte RateOfTurnRaw { get; init; }
    public ushort SpeedRaw { get; init; }
    public bool PositionAccuracy { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    public ushort CourseRaw { get; init; }
    public ushort HeadingRaw { get; init; }
    public byte SecondRaw { get; init; }
    public byte ManeuverIndicator { get; init; }
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    public double? RateOfTurn => AisValues.RateOfTurn(RateOfTurnRaw);
    public double? Speed => AisValues.SpeedTenths(SpeedRaw);
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    public double? Course => AisValues.CourseTenths(CourseRaw);
    public int? Heading => AisValues.Heading(HeadingRaw);
    public int? Second => AisValues.Second(SecondRaw);

    /// <summary>Reads the message; the caller has checked the type and a minimum length.</summary>
    public static PositionReportClassA Read(BitReader r) => new()
    {
        MessageType = (byte)r.UInt(0, 6),
        Repeat = (byte)r.UInt(6, 2),
        Mmsi = r.UInt(8, 30),
        Status = (NavigationStatus)r.UInt(38, 4),
        RateOfTurnRaw = (sbyte)r.Int(42, 8),
        SpeedRaw = (ushort)r.UInt(50, 10),
        PositionAccuracy = r.Bool(60),
        LongitudeRaw = r.Int(61, 28),
        LatitudeRaw = r.Int(89, 27),
        CourseRaw = (ushort)r.UInt(116, 12),
        HeadingRaw = (ushort)r.UInt(128, 9),
        SecondRaw = (byte)r.UInt(137, 6),
        ManeuverIndicator = (byte)r.UInt(143, 2),
        Raim = r.Bool(148),
        RadioStatus = r.UIntIfPresent(149, 19),
    };

    /// <summary>Writes the message in its standard 168 bits.</summary>
    public void Write(ref BitWriter w)
    {
        w.Write(MessageType, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write((uint)Status, 4);
        w.WriteSigned(RateOfTurnRaw, 8); w.Write(SpeedRaw, 10); w.Write(PositionAccuracy);
        w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write(CourseRaw, 12);
        w.Write(HeadingRaw, 9); w.Write(SecondRaw, 6); w.Write(ManeuverIndicator, 2); w.Write(0, 3);
        w.Write(Raim); w.Write(RadioStatus ?? 0, 19);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Status, (int)Status);
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Decimal(AisFields.Sog, Speed);
        s.Decimal(AisFields.Cog, Course); s.Integer(AisFields.Heading, Heading); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Decimal(AisFields.Rot, RateOfTurn); s.Integer(AisFields.RotRaw, RateOfTurnRaw); s.Integer(AisFields.Second, Second);
        s.Integer(AisFields.Maneuver, ManeuverIndicator); s.Boolean(AisFields.Raim, Raim);
        RadioState.WriteFields(s, RadioState.From(RadioStatus, itdma: MessageType == 3));
    }
}
