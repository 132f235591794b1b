using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Group assignment command, type 23 (ITU-R M.1371-5 Annex 8 §3.22, Table 77): 160 bits assigning a reporting interval
/// and quiet time to the stations of a type (station type, ship type) inside a region given by two corners in 1/10 minute.
/// </summary>
public readonly record struct GroupAssignmentCommand : IAisMessage
{
    /// <summary>Length of a type 23 message in bits (ITU-R M.1371-5 Table 77).</summary>
    public const int StandardBits = 160;

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
    /// <summary>Longitude of the region's north-east corner in 1/10 minute as sent (ITU-R M.1371-5 Table 75/77); 181° means not available.</summary>
    public int NorthEastLongitudeRaw { get; init; }
    /// <summary>Latitude of the region's north-east corner in 1/10 minute as sent; 91° means not available.</summary>
    public int NorthEastLatitudeRaw { get; init; }
    /// <summary>Longitude of the region's south-west corner in 1/10 minute as sent; 181° means not available.</summary>
    public int SouthWestLongitudeRaw { get; init; }
    /// <summary>Latitude of the region's south-west corner in 1/10 minute as sent; 91° means not available.</summary>
    public int SouthWestLatitudeRaw { get; init; }
    /// <summary>0 all mobiles, 1 class A, 2 all class B, 3 SAR aircraft, 4 class B SO, 5 class B CS, 6 inland, 10 base station coverage.</summary>
    public byte StationType { get; init; }
    /// <summary>Ship and cargo type addressed (0 all).</summary>
    public byte ShipType { get; init; }
    /// <summary>
    /// Transmit/receive mode: 0 Tx A/Tx B, Rx A/Rx B (the default); 1 Tx A, Rx A/Rx B; 2 Tx B, Rx A/Rx B; 3 reserved (ITU-R
    /// M.1371-5 Table 77).
    /// </summary>
    public byte TxRxMode { get; init; }
    /// <summary>Reporting interval code (M.1371-5 Table 78).</summary>
    public byte Interval { get; init; }
    /// <summary>Quiet time in minutes (0 none).</summary>
    public byte QuietTime { get; init; }

    /// <summary>Longitude of the region's north-east corner in degrees, or null when not available.</summary>
    public double? NorthEastLongitude => AisValues.LongitudeTenthMinute(NorthEastLongitudeRaw);
    /// <summary>Latitude of the region's north-east corner in degrees, or null when not available.</summary>
    public double? NorthEastLatitude => AisValues.LatitudeTenthMinute(NorthEastLatitudeRaw);
    /// <summary>Longitude of the region's south-west corner in degrees, or null when not available.</summary>
    public double? SouthWestLongitude => AisValues.LongitudeTenthMinute(SouthWestLongitudeRaw);
    /// <summary>Latitude of the region's south-west corner in degrees, or null when not available.</summary>
    public double? SouthWestLatitude => AisValues.LatitudeTenthMinute(SouthWestLatitudeRaw);

    /// <summary>Reads a type 23 message from its bits; the caller has checked the type and a minimum length.</summary>
    public static GroupAssignmentCommand Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), NorthEastLongitudeRaw = r.Int(40, 18), NorthEastLatitudeRaw = r.Int(58, 17),
        SouthWestLongitudeRaw = r.Int(75, 18), SouthWestLatitudeRaw = r.Int(93, 17), StationType = (byte)r.UInt(110, 4),
        ShipType = (byte)r.UInt(114, 8), TxRxMode = (byte)r.UInt(144, 2), Interval = (byte)r.UInt(146, 4),
        QuietTime = (byte)r.UInt(150, 4),
    };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(23, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.WriteSigned(NorthEastLongitudeRaw, 18);
        w.WriteSigned(NorthEastLatitudeRaw, 17); w.WriteSigned(SouthWestLongitudeRaw, 18); w.WriteSigned(SouthWestLatitudeRaw, 17);
        w.Write(StationType, 4); w.Write(ShipType, 8); w.Write(0, 22); w.Write(TxRxMode, 2); w.Write(Interval, 4);
        w.Write(QuietTime, 4); w.Write(0, 6);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.NeLon, NorthEastLongitude); s.Decimal(AisFields.NeLat, NorthEastLatitude);
        s.Decimal(AisFields.SwLon, SouthWestLongitude); s.Decimal(AisFields.SwLat, SouthWestLatitude);
        s.Integer(AisFields.StationType, StationType); s.Integer(AisFields.ShipType, ShipType); s.Integer(AisFields.TxRx, TxRxMode);
        s.Integer(AisFields.Interval, Interval); s.Integer(AisFields.Quiet, QuietTime);
    }
}
