using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>Standard SAR aircraft position report, type 9 (ITU-R M.1371-5 Annex 8 §3.7, Table 59): 168 bits. Speed is in whole knots.</summary>
public readonly record struct SarAircraftPosition : IAisMessage
{
    /// <summary>Length of a type 9 message in bits (ITU-R M.1371-5 Table 59).</summary>
    public const int StandardBits = 168;

    /// <summary>
    /// Repeat indicator 0–3: how many times a repeater station has re-sent the message; 0 is the default, 3 means "do not
    /// repeat any more" (ITU-R M.1371-5 Annex 2 §4.6.1).
    /// </summary>
    public byte Repeat { get; init; }
    /// <summary>
    /// MMSI of the sending station: the nine-digit Maritime Mobile Service Identity (ITU-R M.585) set in the transponder,
    /// which names a radio, not a hull.
    /// </summary>
    public uint Mmsi { get; init; }
    /// <summary>Altitude in metres: 4095 not available, 4094 means 4094 m or higher.</summary>
    public ushort AltitudeRaw { get; init; }
    /// <summary>Speed in knots: 1023 not available, 1022 means 1022 kn or more.</summary>
    public ushort SpeedRaw { get; init; }
    /// <summary>
    /// Position accuracy flag: true for high accuracy (better than 10 m, e.g. DGNSS-corrected), false for low (worse than
    /// 10 m) or unknown (ITU-R M.1371-5 Table 48).
    /// </summary>
    public bool PositionAccuracy { get; init; }
    /// <summary>
    /// Longitude in 1/10 000 minute as sent, east positive: ±108 000 000 (±180°) is the valid range and 181° (0x6791AC0)
    /// means not available; see <see cref="Longitude"/>.
    /// </summary>
    public int LongitudeRaw { get; init; }
    /// <summary>
    /// Latitude in 1/10 000 minute as sent, north positive: ±54 000 000 (±90°) is the valid range and 91° (0x3412140) means
    /// not available; see <see cref="Latitude"/>.
    /// </summary>
    public int LatitudeRaw { get; init; }
    /// <summary>
    /// Course over ground in 0.1° as sent: 3600 is not available, 3601–4095 must not be used (ITU-R M.1371-5 Table 48); see
    /// <see cref="Course"/>.
    /// </summary>
    public ushort CourseRaw { get; init; }
    /// <summary>
    /// UTC second of the position fix as sent: 0–59; 60 not available, 61 positioning system in manual input mode, 62 dead
    /// reckoning, 63 positioning system inoperative (ITU-R M.1371-5 Table 48); see <see cref="Second"/>.
    /// </summary>
    public byte SecondRaw { get; init; }
    /// <summary>Eight bits reserved for regional applications, as sent; 0 when unused (ITU-R M.1371-5 Table 59).</summary>
    public byte Regional { get; init; }
    /// <summary>
    /// Data terminal equipment flag: false when a display/keyboard for messages is attached and ready, true when not
    /// available (the default) (ITU-R M.1371-5 Table 52).
    /// </summary>
    public bool Dte { get; init; }
    /// <summary>
    /// Mode flag: true when the station is in assigned mode (its reporting was set by a competent authority with message 16
    /// or 23), false for autonomous mode.
    /// </summary>
    public bool Assigned { get; init; }
    /// <summary>
    /// RAIM flag: true when the position fixing device uses receiver autonomous integrity monitoring, false when not (ITU-R
    /// M.1371-5 Table 48).
    /// </summary>
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    /// <summary>Altitude (GNSS) in metres, or null when not available; 4094 means 4094 m or higher.</summary>
    public int? Altitude => AltitudeRaw >= 4095 ? null : AltitudeRaw;
    /// <summary>Speed over ground in whole knots, or null when not available; 1022 means 1022 kn or more.</summary>
    public double? Speed => SpeedRaw >= 1023 ? null : SpeedRaw;
    /// <summary>Longitude in degrees (WGS 84), east positive, or null when not available or out of range.</summary>
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    /// <summary>Latitude in degrees (WGS 84), north positive, or null when not available or out of range.</summary>
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    /// <summary>Course over ground in degrees from true north, or null when not available.</summary>
    public double? Course => AisValues.CourseTenths(CourseRaw);
    /// <summary>
    /// UTC second 0–59 of the position fix, or null for the codes 60–63 (not available, manual input, dead reckoning,
    /// inoperative).
    /// </summary>
    public int? Second => AisValues.Second(SecondRaw);

    /// <summary>Reads a type 9 message from its bits; the caller has checked the type and a minimum length.</summary>
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

    /// <inheritdoc/>
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
