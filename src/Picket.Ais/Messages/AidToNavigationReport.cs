using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Aid-to-navigation report, type 21 (ITU-R M.1371-5 Annex 8 §3.20, Table 74): 272 bits plus an optional name
/// extension of up to 88 bits (14 characters). <see cref="Name"/> joins the name and its extension.
/// </summary>
public readonly record struct AidToNavigationReport : IAisMessage
{
    public const int StandardBits = 272;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public byte AidType { get; init; }
    public string Name { get; init; }
    public bool PositionAccuracy { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    public ushort ToBow { get; init; }
    public ushort ToStern { get; init; }
    public byte ToPort { get; init; }
    public byte ToStarboard { get; init; }
    public Epfd Epfd { get; init; }
    public byte SecondRaw { get; init; }
    public bool OffPosition { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public byte? Regional { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Raim { get; init; }
    /// <summary>True for a virtual AtoN: a symbol broadcast where no physical aid exists; null when the payload was cut before it.</summary>
    public bool? VirtualAid { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Assigned { get; init; }

    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    public int? Second => AisValues.Second(SecondRaw);

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
