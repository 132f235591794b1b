using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Group assignment command, type 23 (ITU-R M.1371-5 Annex 8 §3.22, Table 77): 160 bits assigning a reporting interval
/// and quiet time to the stations of a type (station type, ship type) inside a region given by two corners in 1/10 minute.
/// </summary>
public readonly record struct GroupAssignmentCommand : IAisMessage
{
    public const int StandardBits = 160;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public int NorthEastLongitudeRaw { get; init; }
    public int NorthEastLatitudeRaw { get; init; }
    public int SouthWestLongitudeRaw { get; init; }
    public int SouthWestLatitudeRaw { get; init; }
    /// <summary>0 all mobiles, 1 class A, 2 all class B, 3 SAR aircraft, 4 class B SO, 5 class B CS, 6 inland, 10 base station coverage.</summary>
    public byte StationType { get; init; }
    /// <summary>Ship and cargo type addressed (0 all).</summary>
    public byte ShipType { get; init; }
    public byte TxRxMode { get; init; }
    /// <summary>Reporting interval code (M.1371-5 Table 78).</summary>
    public byte Interval { get; init; }
    /// <summary>Quiet time in minutes (0 none).</summary>
    public byte QuietTime { get; init; }

    public double? NorthEastLongitude => AisValues.LongitudeTenthMinute(NorthEastLongitudeRaw);
    public double? NorthEastLatitude => AisValues.LatitudeTenthMinute(NorthEastLatitudeRaw);
    public double? SouthWestLongitude => AisValues.LongitudeTenthMinute(SouthWestLongitudeRaw);
    public double? SouthWestLatitude => AisValues.LatitudeTenthMinute(SouthWestLatitudeRaw);

    public static GroupAssignmentCommand Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), NorthEastLongitudeRaw = r.Int(40, 18), NorthEastLatitudeRaw = r.Int(58, 17),
        SouthWestLongitudeRaw = r.Int(75, 18), SouthWestLatitudeRaw = r.Int(93, 17), StationType = (byte)r.UInt(110, 4),
        ShipType = (byte)r.UInt(114, 8), TxRxMode = (byte)r.UInt(144, 2), Interval = (byte)r.UInt(146, 4),
        QuietTime = (byte)r.UInt(150, 4),
    };

    public void Write(ref BitWriter w)
    {
        w.Write(23, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.WriteSigned(NorthEastLongitudeRaw, 18);
        w.WriteSigned(NorthEastLatitudeRaw, 17); w.WriteSigned(SouthWestLongitudeRaw, 18); w.WriteSigned(SouthWestLatitudeRaw, 17);
        w.Write(StationType, 4); w.Write(ShipType, 8); w.Write(0, 22); w.Write(TxRxMode, 2); w.Write(Interval, 4);
        w.Write(QuietTime, 4); w.Write(0, 6);
    }

    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.NeLon, NorthEastLongitude); s.Decimal(AisFields.NeLat, NorthEastLatitude);
        s.Decimal(AisFields.SwLon, SouthWestLongitude); s.Decimal(AisFields.SwLat, SouthWestLatitude);
        s.Integer(AisFields.StationType, StationType); s.Integer(AisFields.ShipType, ShipType); s.Integer(AisFields.TxRx, TxRxMode);
        s.Integer(AisFields.Interval, Interval); s.Integer(AisFields.Quiet, QuietTime);
    }
}
