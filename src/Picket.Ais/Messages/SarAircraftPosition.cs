using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>Standard SAR aircraft position report, type 9 (ITU-R M.1371-5 Annex 8 §3.7, Table 59): 168 bits. Speed is in whole knots.</summary>
public readonly record struct SarAircraftPosition : IAisMessage
{
    public const int StandardBits = 168;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    /// <summary>Altitude in metres: 4095 not available, 4094 means 4094 m or higher.</summary>
    public ushort AltitudeRaw { get; init; }
    /// <summary>Speed in knots: 1023 not available, 1022 means 1022 kn or more.</summary>
    public ushort SpeedRaw { get; init; }
    public bool PositionAccuracy { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    public ushort CourseRaw { get; init; }
    public byte SecondRaw { get; init; }
    public byte Regional { get; init; }
    public bool Dte { get; init; }
    public bool Assigned { get; init; }
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    public int? Altitude => AltitudeRaw >= 4095 ? null : AltitudeRaw;
    public double? Speed => SpeedRaw >= 1023 ? null : SpeedRaw;
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    public double? Course => AisValues.CourseTenths(CourseRaw);
    public int? Second => AisValues.Second(SecondRaw);

    public static SarAircraftPosition Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2),
        Mmsi = r.UInt(8, 30),
        AltitudeRaw = (ushort)r.UInt(38, 12),
        SpeedRaw = (ushort)r.UInt(50, 10),
        PositionAccuracy = r.Bool(60),
        LongitudeRaw = r.Int(61, 28),
        LatitudeRaw = r.Int(89, 27),
        CourseRaw = (ushort)r.UInt(116, 12),
        SecondRaw = (byte)r.UInt(128, 6),
        Regional = (byte)r.UInt(134, 8),
        Dte = r.Bool(142),
        Assigned = r.Bool(146),
        Raim = r.Bool(147),
        RadioStatus = r.UIntIfPresent(148, 20),
    };

    public void Write(ref BitWriter w)
    {
        w.Write(9, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(AltitudeRaw, 12); w.Write(SpeedRaw, 10);
        w.Write(PositionAccuracy); w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write(CourseRaw, 12);
        w.Write(SecondRaw, 6); w.Write(Regional, 8); w.Write(Dte); w.Write(0, 3); w.Write(Assigned); w.Write(Raim);
        w.Write(RadioStatus ?? 0, 20);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Decimal(AisFields.Sog, Speed);
        s.Decimal(AisFields.Cog, Course); s.Boolean(AisFields.Accuracy, PositionAccuracy); s.Integer(AisFields.Second, Second);
        s.Integer(AisFields.Altitude, Altitude); s.Integer(AisFields.Regional, Regional); s.Boolean(AisFields.Assigned, Assigned);
        s.Boolean(AisFields.Raim, Raim);
        RadioState.WriteFields(s, RadioState.FromSelector(RadioStatus));
        s.Boolean(AisFields.Dte, Dte);
    }
}
