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

    /// <summary>
    /// Message type as sent: 1 scheduled (SOTDMA), 2 assigned scheduled (SOTDMA), 3 special, in answer to an interrogation
    /// (ITDMA).
    /// </summary>
    public byte MessageType { get; init; }
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
    /// <summary>Navigational status as set by the crew (ITU-R M.1371-5 Table 48); it is often left stale, so read it as a claim.</summary>
    public NavigationStatus Status { get; init; }
    /// <summary>Rate-of-turn indicator as sent: −128 not available, ±127 turning fast without a turn indicator.</summary>
    public sbyte RateOfTurnRaw { get; init; }
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
    /// <summary>
    /// Special manoeuvre indicator: 0 not available, 1 not engaged in a special manoeuvre, 2 engaged in one (regional
    /// passing arrangements), 3 unused (ITU-R M.1371-5 Table 48).
    /// </summary>
    public byte ManeuverIndicator { get; init; }
    /// <summary>
    /// RAIM flag: true when the position fixing device uses receiver autonomous integrity monitoring, false when not (ITU-R
    /// M.1371-5 Table 48).
    /// </summary>
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    /// <summary>
    /// Rate of turn in degrees per minute, positive to starboard, or null when not available or turning faster than the
    /// indicator can say (see <see cref="AisValues.RateOfTurn"/>).
    /// </summary>
    public double? RateOfTurn => AisValues.RateOfTurn(RateOfTurnRaw);
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
