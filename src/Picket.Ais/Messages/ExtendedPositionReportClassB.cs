using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Extended class B position report, type 19 (ITU-R M.1371-5 Annex 8 §3.18, Table 71): 312 bits.
/// A position and the vessel's name, type and size in one message (legacy class B equipment).
/// </summary>
public readonly record struct ExtendedPositionReportClassB : IAisMessage
{
    /// <summary>Length of the message in bits as ITU-R M.1371-5 defines it; payloads a few bits shorter or longer are accepted as sent.</summary>
    public const int StandardBits = 312;

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
    /// <summary>Eight bits reserved for regional or local applications, as sent; 0 when unused (ITU-R M.1371-5 Table 71).</summary>
    public byte Reserved { get; init; }
    /// <summary>
    /// Speed over ground in 0.1 kn as sent: 1023 is not available, 1022 means 102.2 kn or more (ITU-R M.1371-5 Table 48);
    /// see <see cref="Speed"/>.
    /// </summary>
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
    /// <summary>True heading in whole degrees 0–359 as sent: 511 is not available (ITU-R M.1371-5 Table 48); see <see cref="Heading"/>.</summary>
    public ushort HeadingRaw { get; init; }
    /// <summary>
    /// UTC second of the position fix as sent: 0–59; 60 not available, 61 positioning system in manual input mode, 62 dead
    /// reckoning, 63 positioning system inoperative (ITU-R M.1371-5 Table 48); see <see cref="Second"/>.
    /// </summary>
    public byte SecondRaw { get; init; }
    /// <summary>Four bits reserved for regional applications, as sent; 0 when unused (ITU-R M.1371-5 Table 71).</summary>
    public byte Regional { get; init; }
    /// <summary>Name as sent, up to 20 six-bit characters with the "@" padding and trailing spaces removed; empty when not available.</summary>
    public string Name { get; init; }
    /// <summary>
    /// Type of ship and cargo as sent, 0–99 (ITU-R M.1371-5 Table 53): 0 not available; the tens digit is the kind (3x
    /// special craft, 7x cargo, 8x tanker), the units digit the hazard category; 100–255 are reserved.
    /// </summary>
    public byte ShipType { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to the bow: 0 not available, 511 means 511 m or more (ITU-R
    /// M.1371-5 Table 52).
    /// </summary>
    public ushort ToBow { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to the stern: 0 not available, 511 means 511 m or more (ITU-R
    /// M.1371-5 Table 52).
    /// </summary>
    public ushort ToStern { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to port: 0 not available, 63 means 63 m or more (ITU-R M.1371-5
    /// Table 52).
    /// </summary>
    public byte ToPort { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to starboard: 0 not available, 63 means 63 m or more (ITU-R
    /// M.1371-5 Table 52).
    /// </summary>
    public byte ToStarboard { get; init; }
    /// <summary>Type of electronic position fixing device (ITU-R M.1371-5 Table 50); <see cref="Messages.Epfd.Undefined"/> when not given.</summary>
    public Epfd Epfd { get; init; }
    /// <summary>
    /// RAIM flag: true when the position fixing device uses receiver autonomous integrity monitoring, false when not (ITU-R
    /// M.1371-5 Table 48).
    /// </summary>
    public bool Raim { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Dte { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Assigned { get; init; }

    /// <summary>Speed over ground in knots, or null when not available.</summary>
    public double? Speed => AisValues.SpeedTenths(SpeedRaw);
    /// <summary>Longitude in degrees (WGS 84), east positive, or null when not available or out of range.</summary>
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    /// <summary>Latitude in degrees (WGS 84), north positive, or null when not available or out of range.</summary>
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    /// <summary>Course over ground in degrees from true north, or null when not available.</summary>
    public double? Course => AisValues.CourseTenths(CourseRaw);
    /// <summary>True heading in degrees 0–359, or null when not available.</summary>
    public int? Heading => AisValues.Heading(HeadingRaw);
    /// <summary>
    /// UTC second 0–59 of the position fix, or null for the codes 60–63 (not available, manual input, dead reckoning,
    /// inoperative).
    /// </summary>
    public int? Second => AisValues.Second(SecondRaw);

    /// <summary>Reads a type 19 message from its bits; the caller has checked the type and a minimum length.</summary>
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

    /// <inheritdoc/>
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
