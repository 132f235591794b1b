using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Standard class B CS position report, type 18 (ITU-R M.1371-5 Annex 8 §3.17, Table 70): 168 bits.
/// Unlike <see cref="PositionReportClassA"/> it has no navigational status and no rate of turn.
/// A large tanker sending type 18 is itself a clue: it has "downgraded" to a class B transponder.
/// </summary>
public readonly record struct PositionReportClassB : IAisMessage
{
    public const int StandardBits = 168;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public byte Reserved { get; init; }
    public ushort SpeedRaw { get; init; }
    public bool PositionAccuracy { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    public ushort CourseRaw { get; init; }
    public ushort HeadingRaw { get; init; }
    public byte SecondRaw { get; init; }
    public byte Regional { get; init; }
    /// <summary>True for a carrier-sense (CS) unit, false for a SOTDMA unit.</summary>
    public bool CsUnit { get; init; }
    public bool Display { get; init; }
    public bool Dsc { get; init; }
    public bool Band { get; init; }
    public bool Message22 { get; init; }
    public bool Assigned { get; init; }
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    public double? Speed => AisValues.SpeedTenths(SpeedRaw);
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    public double? Course => AisValues.CourseTenths(CourseRaw);
    public int? Heading => AisValues.Heading(HeadingRaw);
    public int? Second => AisValues.Second(SecondRaw);

    public static PositionReportClassB Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2),
        Mmsi = r.UInt(8, 30),
        Reserved = (byte)r.UInt(38, 8),
        SpeedRaw = (ushort)r.UInt(46, 10),
        PositionAccuracy = r.Bool(56),
        LongitudeRaw = r.Int(57, 28),
        LatitudeRaw = r.Int(85, 27),
        CourseRaw = (ushort)r.UInt(112, 12),
        HeadingRaw = (ushort)r.UInt(124, 9),
        SecondRaw = (byte)r.UInt(133, 6),
        Regional = (byte)r.UInt(139, 2),
        CsUnit = r.Bool(141),
        Display = r.Bool(142),
        Dsc = r.Bool(143),
        Band = r.Bool(144),
        Message22 = r.Bool(145),
        Assigned = r.Bool(146),
        Raim = r.Bool(147),
        RadioStatus = r.UIntIfPresent(148, 20),
    };

    public void Write(ref BitWriter w)
    {
        w.Write(18, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(Reserved, 8); w.Write(SpeedRaw, 10);
        w.Write(PositionAccuracy); w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write(CourseRaw, 12);
        w.Write(HeadingRaw, 9); w.Write(SecondRaw, 6); w.Write(Regional, 2); w.Write(CsUnit); w.Write(Display);
        w.Write(Dsc); w.Write(Band); w.Write(Message22); w.Write(Assigned); w.Write(Raim); w.Write(RadioStatus ?? 0, 20);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Decimal(AisFields.Sog, Speed);
        s.Decimal(AisFields.Cog, Course); s.Integer(AisFields.Heading, Heading); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Integer(AisFields.Second, Second); s.Integer(AisFields.Regional, Regional); s.Boolean(AisFields.Cs, CsUnit);
        s.Boolean(AisFields.Display, Display); s.Boolean(AisFields.Dsc, Dsc); s.Boolean(AisFields.Band, Band);
        s.Boolean(AisFields.Msg22, Message22); s.Boolean(AisFields.Assigned, Assigned); s.Boolean(AisFields.Raim, Raim);
        RadioState.WriteFields(s, RadioState.FromSelector(RadioStatus));
    }
}
