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
    public byte Regional { get; init; }
    public bool Raim { get; init; }
    /// <summary>True for a virtual AtoN: a symbol broadcast where no physical aid exists.</summary>
    public bool VirtualAid { get; init; }
    public bool Assigned { get; init; }

    public double? Longitude => AisValues.Longitude(LongitudeRaw);
    public double? Latitude => AisValues.Latitude(LatitudeRaw);
    public int? Second => AisValues.Second(SecondRaw);

    public static AidToNavigationReport Read(BitReader r)
    {
        string name = r.Text(43, 20);
        if (r.BitLength > StandardBits + 5 && name.Length == 20)
        {
            string extension = r.Text(272, 14);
            if (extension.Length > 0) name += extension;
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
            Regional = (byte)r.UInt(260, 8),
            Raim = r.Bool(268),
            VirtualAid = r.Bool(269),
            Assigned = r.Bool(270),
        };
    }

    public void Write(ref BitWriter w)
    {
        string name = Name ?? string.Empty;
        w.Write(21, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(AidType, 5); w.WriteText(name.Length > 20 ? name[..20] : name, 20);
        w.Write(PositionAccuracy); w.WriteSigned(LongitudeRaw, 28); w.WriteSigned(LatitudeRaw, 27); w.Write(ToBow, 9);
        w.Write(ToStern, 9); w.Write(ToPort, 6); w.Write(ToStarboard, 6); w.Write((uint)Epfd, 4); w.Write(SecondRaw, 6);
        w.Write(OffPosition); w.Write(Regional, 8); w.Write(Raim); w.Write(VirtualAid); w.Write(Assigned); w.Write(0, 1);
        if (name.Length > 20)
        {
            string ext = name.Length > 34 ? name[20..34] : name[20..];
            w.WriteText(ext, ext.Length);
        }
    }
}
