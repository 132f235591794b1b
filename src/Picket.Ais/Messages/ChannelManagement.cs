using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Channel management, type 22 (ITU-R M.1371-5 Annex 8 §3.21, Table 75): 168 bits telling stations in a region, or
/// two addressed stations, which VHF channels and power to use. The region is two corners in 1/10 minute.
/// </summary>
public readonly record struct ChannelManagement : IAisMessage
{
    /// <summary>Length of a type 22 message in bits (ITU-R M.1371-5 Table 75).</summary>
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
    /// <summary>Channel number for AIS 1 (channel A), 12 bits as in ITU-R M.1084 Annex 4 (2087 is the default AIS 1).</summary>
    public ushort ChannelA { get; init; }
    /// <summary>Channel number for AIS 2 (channel B), 12 bits as in ITU-R M.1084 Annex 4 (2088 is the default AIS 2).</summary>
    public ushort ChannelB { get; init; }
    /// <summary>0 Tx A/B Rx A/B, 1 Tx A Rx A/B, 2 Tx B Rx A/B, 3–15 reserved.</summary>
    public byte TxRxMode { get; init; }
    /// <summary>True for low power.</summary>
    public bool LowPower { get; init; }
    /// <summary>True when the message names two stations instead of a region.</summary>
    public bool Addressed { get; init; }
    /// <summary>Region mode: longitude of the north-east corner in 1/10 minute as sent; 0 in addressed mode.</summary>
    public int NorthEastLongitudeRaw { get; init; }
    /// <summary>Region mode: latitude of the north-east corner in 1/10 minute as sent; 0 in addressed mode.</summary>
    public int NorthEastLatitudeRaw { get; init; }
    /// <summary>Region mode: longitude of the south-west corner in 1/10 minute as sent; 0 in addressed mode.</summary>
    public int SouthWestLongitudeRaw { get; init; }
    /// <summary>Region mode: latitude of the south-west corner in 1/10 minute as sent; 0 in addressed mode.</summary>
    public int SouthWestLatitudeRaw { get; init; }
    /// <summary>Addressed mode: MMSI of the first addressed station; 0 in region mode.</summary>
    public uint DestinationMmsi1 { get; init; }
    /// <summary>Addressed mode: MMSI of the second addressed station; 0 in region mode.</summary>
    public uint DestinationMmsi2 { get; init; }
    /// <summary>
    /// Channel A bandwidth flag: false means as the channel number says (the default); true formerly meant 12.5 kHz (ITU-R
    /// M.1371-1) and is now spare; kept as sent.
    /// </summary>
    public bool BandA { get; init; }
    /// <summary>
    /// Channel B bandwidth flag: false means as the channel number says (the default); true formerly meant 12.5 kHz (ITU-R
    /// M.1371-1) and is now spare; kept as sent.
    /// </summary>
    public bool BandB { get; init; }
    /// <summary>Size of the transitional zone in nautical miles minus one (0–7 means 1–8 nmi) (ITU-R M.1371-5 Table 75).</summary>
    public byte ZoneSize { get; init; }

    /// <summary>Region mode: longitude of the north-east corner in degrees; null in addressed mode or when not available.</summary>
    public double? NorthEastLongitude => Addressed ? null : AisValues.LongitudeTenthMinute(NorthEastLongitudeRaw);
    /// <summary>Region mode: latitude of the north-east corner in degrees; null in addressed mode or when not available.</summary>
    public double? NorthEastLatitude => Addressed ? null : AisValues.LatitudeTenthMinute(NorthEastLatitudeRaw);
    /// <summary>Region mode: longitude of the south-west corner in degrees; null in addressed mode or when not available.</summary>
    public double? SouthWestLongitude => Addressed ? null : AisValues.LongitudeTenthMinute(SouthWestLongitudeRaw);
    /// <summary>Region mode: latitude of the south-west corner in degrees; null in addressed mode or when not available.</summary>
    public double? SouthWestLatitude => Addressed ? null : AisValues.LatitudeTenthMinute(SouthWestLatitudeRaw);

    /// <summary>Reads a type 22 message in region or addressed mode; the caller has checked the type and a minimum length.</summary>
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

    /// <inheritdoc/>
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

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
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
