using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Channel management, type 22 (ITU-R M.1371-5 Annex 8 §3.21, Table 75): 168 bits telling stations in a region, or
/// two addressed stations, which VHF channels and power to use. The region is two corners in 1/10 minute.
/// </summary>
public readonly record struct ChannelManagement : IAisMessage
{
    public const int StandardBits = 168;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public ushort ChannelA { get; init; }
    public ushort ChannelB { get; init; }
    /// <summary>0 Tx A/B Rx A/B, 1 Tx A Rx A/B, 2 Tx B Rx A/B, 3–15 reserved.</summary>
    public byte TxRxMode { get; init; }
    /// <summary>True for low power.</summary>
    public bool LowPower { get; init; }
    /// <summary>True when the message names two stations instead of a region.</summary>
    public bool Addressed { get; init; }
    public int NorthEastLongitudeRaw { get; init; }
    public int NorthEastLatitudeRaw { get; init; }
    public int SouthWestLongitudeRaw { get; init; }
    public int SouthWestLatitudeRaw { get; init; }
    public uint DestinationMmsi1 { get; init; }
    public uint DestinationMmsi2 { get; init; }
    public bool BandA { get; init; }
    public bool BandB { get; init; }
    public byte ZoneSize { get; init; }

    public double? NorthEastLongitude => Addressed ? null : AisValues.LongitudeTenthMinute(NorthEastLongitudeRaw);
    public double? NorthEastLatitude => Addressed ? null : AisValues.LatitudeTenthMinute(NorthEastLatitudeRaw);
    public double? SouthWestLongitude => Addressed ? null : AisValues.LongitudeTenthMinute(SouthWestLongitudeRaw);
    public double? SouthWestLatitude => Addressed ? null : AisValues.LatitudeTenthMinute(SouthWestLatitudeRaw);

    public static ChannelManagement Read(BitReader r)
    {
        bool addressed = r.Bool(139);
        return new()
        {
            Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), ChannelA = (ushort)r.UInt(40, 12), ChannelB = (ushort)r.UInt(52, 12),
            TxRxMode = (byte)r.UInt(64, 4), LowPower = r.Bool(68), Addressed = addressed,
            NorthEastLongitudeRaw = addressed ? 0 : r.Int(69, 18), NorthEastLatitudeRaw = addressed ? 0 : r.Int(87, 17),
            SouthWestLongitudeRaw = addressed ? 0 : r.Int(104, 18), SouthWestLatitudeRaw = addressed ? 0 : r.Int(122, 17),
            DestinationMmsi1 = addressed ? r.UInt(69, 30) : 0, DestinationMmsi2 = addressed ? r.UInt(104, 30) : 0,
            BandA = r.Bool(140), BandB = r.Bool(141), ZoneSize = (byte)r.UInt(142, 3),
        };
    }

    public void Write(ref BitWriter w)
    {
        w.Write(22, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.Write(ChannelA, 12); w.Write(ChannelB, 12);
        w.Write(TxRxMode, 4); w.Write(LowPower);
        if (Addressed) { w.Write(DestinationMmsi1, 30); w.Write(0, 5); w.Write(DestinationMmsi2, 30); w.Write(0, 5); }
        else
        {
            w.WriteSigned(NorthEastLongitudeRaw, 18); w.WriteSigned(NorthEastLatitudeRaw, 17);
            w.WriteSigned(SouthWestLongitudeRaw, 18); w.WriteSigned(SouthWestLatitudeRaw, 17);
        }
        w.Write(Addressed); w.Write(BandA); w.Write(BandB); w.Write(ZoneSize, 3); w.Write(0, 23);
    }

    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.ChannelA, ChannelA); s.Integer(AisFields.ChannelB, ChannelB); s.Integer(AisFields.TxRx, TxRxMode);
        s.Boolean(AisFields.LowPower, LowPower); s.Boolean(AisFields.Addressed, Addressed);
        if (Addressed) { s.Integer(AisFields.DestMmsi1, DestinationMmsi1); s.Integer(AisFields.DestMmsi2, DestinationMmsi2); }
        else
        {
            s.Decimal(AisFields.NeLon, NorthEastLongitude); s.Decimal(AisFields.NeLat, NorthEastLatitude);
            s.Decimal(AisFields.SwLon, SouthWestLongitude); s.Decimal(AisFields.SwLat, SouthWestLatitude);
        }
        s.Boolean(AisFields.BandA, BandA); s.Boolean(AisFields.BandB, BandB); s.Integer(AisFields.ZoneSize, ZoneSize);
    }
}
