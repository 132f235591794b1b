using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Base station report (type 4) and UTC/date response (type 11), ITU-R M.1371-5 Annex 8 §3.2, Table 52: 168 bits.
/// A base station's clock is a time anchor for receivers whose lines carry no timestamp.
/// </summary>
public readonly record struct BaseStationReport : IAisMessage
{
    /// <summary>Length of the message in bits as ITU-R M.1371-5 defines it; payloads a few bits shorter or longer are accepted as sent.</summary>
    public const int StandardBits = 168;

    /// <summary>Message type as sent: 4 base station report, 11 UTC/date response.</summary>
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
    /// <summary>UTC year 1–9999; 0 not available.</summary>
    public ushort Year { get; init; }
    /// <summary>1–12; 0 not available.</summary>
    public byte Month { get; init; }
    /// <summary>1–31; 0 not available.</summary>
    public byte Day { get; init; }
    /// <summary>0–23; 24 not available.</summary>
    public byte Hour { get; init; }
    /// <summary>0–59; 60 not available.</summary>
    public byte Minute { get; init; }
    /// <summary>0–59; 60 not available.</summary>
    public byte SecondRaw { get; init; }
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
    /// Type of electronic position fixing device (ITU-R M.1371-5 Table 50); base stations often send
    /// <see cref="Messages.Epfd.Surveyed"/>.
    /// </summary>
    public Epfd Epfd { get; init; }
    /// <summary>
    /// RAIM flag: true when the position fixing device uses receiver autonomous integrity monitoring, false when not (ITU-R
    /// M.1371-5 Table 48).
    /// </summary>
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    /// <summary>Longitude in degrees (WGS 84), east positive, or null when not available or out of range.</summary>
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    /// <summary>Latitude in degrees (WGS 84), north positive, or null when not available or out of range.</summary>
    public double? Latitude => AisValues.Latitude(LatitudeRaw);

    /// <summary>The reported UTC time, or null when any part is not available or the date does not exist.</summary>
    public DateTimeOffset? Time
    {
        get
        {
            if (Year is 0 or > 9999 || Month is 0 or > 12 || Day == 0 || Hour > 23 || Minute > 59 || SecondRaw > 59) return null;
            if (Day > DateTime.DaysInMonth(Year, Month)) return null;
            return new DateTimeOffset(Year, Month, Day, Hour, Minute, SecondRaw, TimeSpan.Zero);
        }
    }

    /// <summary>Reads a type 4 or 11 message from its bits; the caller has checked the type and a minimum length.</summary>
    public static BaseStationReport Read(BitReader r) => new()
    {
        MessageType = (byte)r.UInt(0, 6),
        Repeat = (byte)r.UInt(6, 2),
        Mmsi = r.UInt(8, 30),
        Year = (ushort)r.UInt(38, 14),
        Month = (byte)r.UInt(52, 4),
        Day = (byte)r.UInt(56, 5),
        Hour = (byte)r.UInt(61, 5),
        Minute = (byte)r.UInt(66, 6),
        SecondRaw = (byte)r.UInt(72, 6),
        PositionAccuracy = r.Bool(78),
        LongitudeRaw = r.Int(79, 28),
        LatitudeRaw = r.Int(107, 27),
        Epfd = (Epfd)r.UInt(134, 4),
        Raim = r.Bool(148),
        RadioStatus = r.UIntIfPresent(149, 19),
    };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(MessageType, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(Year, 14); w.Write(Month, 4);
        w.Write(Day, 5); w.Write(Hour, 5); w.Write(Minute, 6); w.Write(SecondRaw, 6); w.Write(PositionAccuracy);
        w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write((uint)Epfd, 4); w.Write(0, 10);
        w.Write(Raim); w.Write(RadioStatus ?? 0, 19);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Integer(AisFields.Second, SecondRaw < 60 ? SecondRaw : null); s.Boolean(AisFields.Raim, Raim);
        RadioState.WriteFields(s, RadioState.From(RadioStatus, itdma: false));
        s.Integer(AisFields.Epfd, (int)Epfd);
        s.Integer(AisFields.Year, Year == 0 ? null : Year); s.Integer(AisFields.Month, Month is >= 1 and <= 12 ? Month : null);
        s.Integer(AisFields.Day, Day is >= 1 and <= 31 ? Day : null); s.Integer(AisFields.Hour, Hour < 24 ? Hour : null);
        s.Integer(AisFields.Minute, Minute < 60 ? Minute : null);
    }
}
