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
    /// <summary>Length of a type 27 message in bits (ITU-R M.1371-5 Table 86).</summary>
    public const int StandardBits = 96;

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
    /// <summary>
    /// Position accuracy flag: true for high accuracy (better than 10 m, e.g. DGNSS-corrected), false for low (worse than
    /// 10 m) or unknown (ITU-R M.1371-5 Table 48).
    /// </summary>
    public bool PositionAccuracy { get; init; }
    /// <summary>
    /// RAIM flag: true when the position fixing device uses receiver autonomous integrity monitoring, false when not (ITU-R
    /// M.1371-5 Table 48).
    /// </summary>
    public bool Raim { get; init; }
    /// <summary>Navigational status as set by the crew (ITU-R M.1371-5 Table 48); it is often left stale, so read it as a claim.</summary>
    public NavigationStatus Status { get; init; }
    /// <summary>
    /// Longitude in 1/10 minute as sent, east positive: ±108 000 (±180°) valid, 181° (108 600) not available; see
    /// <see cref="Longitude"/>.
    /// </summary>
    public int LongitudeRaw { get; init; }
    /// <summary>
    /// Latitude in 1/10 minute as sent, north positive: ±54 000 (±90°) valid, 91° (54 600) not available; see
    /// <see cref="Latitude"/>.
    /// </summary>
    public int LatitudeRaw { get; init; }
    /// <summary>Knots 0–62; 63 not available.</summary>
    public byte SpeedRaw { get; init; }
    /// <summary>Degrees 0–359; 511 not available; null when the payload was cut before this field.</summary>
    public ushort? CourseRaw { get; init; }
    /// <summary>
    /// False when the position is the current GNSS position; true when it is not (M.1371-5 Table 86); null when the payload
    /// was cut before it.
    /// </summary>
    public bool? GnssNotCurrent { get; init; }

    /// <summary>Longitude in degrees (WGS 84), east positive, or null when not available or out of range.</summary>
    public double? Longitude => AisValues.LongitudeTenthMinute(LongitudeRaw);
    /// <summary>Latitude in degrees (WGS 84), north positive, or null when not available or out of range.</summary>
    public double? Latitude => AisValues.LatitudeTenthMinute(LatitudeRaw);
    /// <summary>Speed over ground in whole knots, or null when not available.</summary>
    public double? Speed => SpeedRaw >= 63 ? null : SpeedRaw;
    /// <summary>Course over ground in whole degrees, or null when not available or cut off.</summary>
    public double? Course => CourseRaw is ushort c && c < 360 ? c : null;

    /// <summary>Reads a type 27 message from its bits; the caller has checked the type and a minimum length.</summary>
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

    /// <inheritdoc/>
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
