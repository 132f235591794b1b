using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Aid-to-navigation report, type 21 (ITU-R M.1371-5 Annex 8 §3.20, Table 74): 272 bits plus an optional name
/// extension of up to 88 bits (14 characters). <see cref="Name"/> joins the name and its extension.
/// </summary>
public readonly record struct AidToNavigationReport : IAisMessage
{
    /// <summary>Length of a type 21 message without the name extension, in bits (ITU-R M.1371-5 Table 74).</summary>
    public const int StandardBits = 272;

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
    /// Type of aid to navigation, 0–31 after the IALA classification (ITU-R M.1371-5 §3.20): 0 not specified, 1 reference
    /// point, 2 RACON, 3 fixed structure off shore, 5–19 fixed aids, 20–31 floating aids.
    /// </summary>
    public byte AidType { get; init; }
    /// <summary>
    /// Name of the aid, up to 34 characters: the 20-character name joined with its extension, padding removed; empty when
    /// not available.
    /// </summary>
    public string Name { get; init; }
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
    /// Dimension in metres towards the bow (north for a fixed aid) from the reference point; 0 not available (ITU-R
    /// M.1371-5 Table 74).
    /// </summary>
    public ushort ToBow { get; init; }
    /// <summary>Dimension in metres towards the stern (south for a fixed aid) from the reference point; 0 not available.</summary>
    public ushort ToStern { get; init; }
    /// <summary>Dimension in metres towards port (west for a fixed aid) from the reference point; 0 not available.</summary>
    public byte ToPort { get; init; }
    /// <summary>Dimension in metres towards starboard (east for a fixed aid) from the reference point; 0 not available.</summary>
    public byte ToStarboard { get; init; }
    /// <summary>Type of electronic position fixing device (ITU-R M.1371-5 Table 50); <see cref="Messages.Epfd.Undefined"/> when not given.</summary>
    public Epfd Epfd { get; init; }
    /// <summary>
    /// UTC second of the position fix as sent: 0–59; 60 not available, 61 positioning system in manual input mode, 62 dead
    /// reckoning, 63 positioning system inoperative (ITU-R M.1371-5 Table 48); see <see cref="Second"/>.
    /// </summary>
    public byte SecondRaw { get; init; }
    /// <summary>
    /// Off-position indicator of a floating aid: true when it is outside its charted position; meaningful only when
    /// <see cref="Second"/> is valid (ITU-R M.1371-5 Table 74).
    /// </summary>
    public bool OffPosition { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public byte? Regional { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Raim { get; init; }
    /// <summary>True for a virtual AtoN: a symbol broadcast where no physical aid exists; null when the payload was cut before it.</summary>
    public bool? VirtualAid { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Assigned { get; init; }

    /// <summary>Longitude in degrees (WGS 84), east positive, or null when not available or out of range.</summary>
    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    /// <summary>Latitude in degrees (WGS 84), north positive, or null when not available or out of range.</summary>
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    /// <summary>
    /// UTC second 0–59 of the position fix, or null for the codes 60–63 (not available, manual input, dead reckoning,
    /// inoperative).
    /// </summary>
    public int? Second => AisValues.Second(SecondRaw);

    /// <summary>Reads a type 21 message, joining the name and its extension; the caller has checked the type and a minimum length.</summary>
    public static AidToNavigationReport Read(BitReader r)
    {
        // The extension continues the name's 20 characters (Table 74 note), so it joins the untrimmed field: a name
        // whose 20th character is a space keeps that space before the extension. A name ended by '@' has no extension.
        string name;
        string extension = r.BitLength >= StandardBits + 6 ? r.Text(272, 14) : string.Empty;
        if (extension.Length == 0) name = r.Text(43, 20);
        else
        {
            Span<char> whole = stackalloc char[20];
            int n = r.RawTextTo(43, 20, whole);
            name = n < 20 ? new string(whole[..n]).TrimEnd(' ') : string.Concat(whole, extension);
        }
        return new()
        {
            Repeat = (byte)r.UInt(6, 2),
            Mmsi = r.UInt(8, 30),
            AidType = (byte)r.UInt(38, 5),
            Name = name,
            PositionAccuracy = r.Bool(163),
            LongitudeRaw = r.Int(164, 28),
            LatitudeRaw = r.Int(192, 27),
            ToBow = (ushort)r.UInt(219, 9),
            ToStern = (ushort)r.UInt(228, 9),
            ToPort = (byte)r.UInt(237, 6),
            ToStarboard = (byte)r.UInt(243, 6),
            Epfd = (Epfd)r.UInt(249, 4),
            SecondRaw = (byte)r.UInt(253, 6),
            OffPosition = r.Bool(259),
            Regional = (byte?)r.UIntIfPresent(260, 8),
            Raim = r.BoolIfPresent(268),
            VirtualAid = r.BoolIfPresent(269),
            Assigned = r.BoolIfPresent(270),
        };
    }

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        string name = Name ?? string.Empty;
        w.Write(21, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(AidType, 5); w.WriteText(name.Length > 20 ? name[..20] : name, 20);
        w.Write(PositionAccuracy); w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write(ToBow, 9);
        w.Write(ToStern, 9); w.Write(ToPort, 6); w.Write(ToStarboard, 6); w.Write((uint)Epfd, 4); w.Write(SecondRaw, 6);
        w.Write(OffPosition); w.Write(Regional ?? 0, 8); w.Write(Raim ?? false); w.Write(VirtualAid ?? false); w.Write(Assigned ?? false); w.Write(0, 1);
        if (name.Length > 20)
        {
            string ext = name.Length > 34 ? name[20..34] : name[20..];
            w.WriteText(ext, ext.Length);
        }
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Integer(AisFields.Second, Second); s.Integer(AisFields.Regional, Regional); s.Boolean(AisFields.Assigned, Assigned);
        s.Boolean(AisFields.Raim, Raim); s.Text(AisFields.Name, Name);
        AisValues.WriteDimensions(s, ToBow, ToStern, ToPort, ToStarboard);
        s.Integer(AisFields.Epfd, (int)Epfd); s.Integer(AisFields.AidType, AidType); s.Boolean(AisFields.OffPosition, OffPosition);
        s.Boolean(AisFields.VirtualAid, VirtualAid);
    }
}
