using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Extended class B position report, type 19 (ITU-R M.1371-5 Annex 8 §3.18, Table 71): 312 bits.
/// A position and the vessel's name, type and size in one message (legacy class B equipment).
/// </summary>
public readonly record struct ExtendedPositionReportClassB : IAisMessage
{
    public const int StandardBits = 312;

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
    public string Name { get; init; }
    public byte ShipType { get; init; }
    public ushort ToBow { get; init; }
    public ushort ToStern { get; init; }
    public byte ToPort { get; init; }
    public byte ToStarboard { get; init; }
    public Epfd Epfd { get; init; }
    public bool Raim { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Dte { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Assigned { get; init; }

    public double? Speed => AisValues.SpeedTenths(SpeedRaw);
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    public double? Course => AisValues.CourseTenths(CourseRaw);
    public int? Heading => AisValues.Heading(HeadingRaw);
    public int? Second => AisValues.Second(SecondRaw);

    public static ExtendedPositionReportClassB Read(BitReader r) => new()
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
        Regional = (byte)r.UInt(139, 4),
        Name = r.Text(143, 20),
        ShipType = (byte)r.UInt(263, 8),
        ToBow = (ushort)r.UInt(271, 9),
        ToStern = (ushort)r.UInt(280, 9),
        ToPort = (byte)r.UInt(289, 6),
        ToStarboard = (byte)r.UInt(295, 6),
        Epfd = (Epfd)r.UInt(301, 4),
        Raim = r.Bool(305),
        Dte = r.BoolIfPresent(306),
        Assigned = r.BoolIfPresent(307),
    };

    public void Write(ref BitWriter w)
    {
        w.Write(19, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(Reserved, 8); w.Write(SpeedRaw, 10);
        w.Write(PositionAccuracy); w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write(CourseRaw, 12);
        w.Write(HeadingRaw, 9); w.Write(SecondRaw, 6); w.Write(Regional, 4); w.WriteText(Name, 20); w.Write(ShipType, 8);
        w.Write(ToBow, 9); w.Write(ToStern, 9); w.Write(ToPort, 6); w.Write(ToStarboard, 6); w.Write((uint)Epfd, 4);
        w.Write(Raim); w.Write(Dte ?? false); w.Write(Assigned ?? false); w.Write(0, 4);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Decimal(AisFields.Sog, Speed);
        s.Decimal(AisFields.Cog, Course); s.Integer(AisFields.Heading, Heading); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Integer(AisFields.Second, Second); s.Integer(AisFields.Regional, Regional); s.Boolean(AisFields.Assigned, Assigned);
        s.Boolean(AisFields.Raim, Raim); s.Text(AisFields.Name, Name); s.Integer(AisFields.ShipType, ShipType);
        AisValues.WriteDimensions(s, ToBow, ToStern, ToPort, ToStarboard);
        s.Integer(AisFields.Epfd, (int)Epfd); s.Boolean(AisFields.Dte, Dte);
    }
}
