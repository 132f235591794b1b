using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Base station report (type 4) and UTC/date response (type 11), ITU-R M.1371-5 Annex 8 §3.2, Table 52: 168 bits.
/// A base station's clock is a time anchor for receivers whose lines carry no timestamp.
/// </summary>
public readonly record struct BaseStationReport : IAisMessage
{
    public const int StandardBits = 168;

    public byte MessageType { get; init; }
    public byte Repeat { get; init; }
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
    public bool PositionAccuracy { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    public Epfd Epfd { get; init; }
    public bool Raim { get; init; }
    /// <summary>Communication state (SOTDMA or ITDMA, ITU-R M.1371-5 §3.3.7.2); null when the payload was cut before it.</summary>
    public uint? RadioStatus { get; init; }

    public double? Longitude => AisValues.Longitude(LongitudeRaw);
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
