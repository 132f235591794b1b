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
    /// <summary>Length of a type 18 message in bits (ITU-R M.1371-5 Table 70).</summary>
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
    /// <summary>Eight bits reserved for regional or local applications, as sent; 0 when unused (ITU-R M.1371-5 Table 70).</summary>
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
    /// <summary>Two bits reserved for regional applications, as sent; 0 when unused.</summary>
    public byte Regional { get; init; }
    /// <summary>True for a carrier-sense (CS) unit, false for a SOTDMA unit.</summary>
    public bool CsUnit { get; init; }
    /// <summary>Class B display flag: true when the unit has a display for messages 12 and 14 (ITU-R M.1371-5 Table 70).</summary>
    public bool Display { get; init; }
    /// <summary>Class B DSC flag: true when the unit has a DSC function (dedicated or time-shared with AIS).</summary>
    public bool Dsc { get; init; }
    /// <summary>
    /// Class B band flag: true when the unit can use the whole marine band, false when only its upper 525 kHz; irrelevant
    /// when <see cref="Message22"/> is false.
    /// </summary>
    public bool Band { get; init; }
    /// <summary>
    /// Class B message 22 flag: true when the unit obeys channel management by message 22, false when it works on AIS 1 and
    /// AIS 2 only.
    /// </summary>
    public bool Message22 { get; init; }
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

    /// <summary>Reads a type 18 message from its bits; the caller has checked the type and a minimum length.</summary>
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

    /// <inheritdoc/>
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
