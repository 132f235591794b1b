using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// DGNSS broadcast binary message, type 17 (ITU-R M.1371-5 Annex 8 §3.16, Table 68): a reference station's position
/// (1/10 minute) and up to 736 bits of differential corrections (ITU-R M.823 words), reported as opaque data.
/// </summary>
public readonly record struct DgnssBroadcast : IAisMessage
{
    public const int HeaderBits = 80;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public int LongitudeRaw { get; init; }
    public int LatitudeRaw { get; init; }
    /// <summary>Bits of correction data after the header.</summary>
    public int DataBits { get; init; }

    public double? Longitude => AisValues.LongitudeTenthMinute(LongitudeRaw);
    public double? Latitude => AisValues.LatitudeTenthMinute(LatitudeRaw);

    public static DgnssBroadcast Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), LongitudeRaw = r.Int(40, 18), LatitudeRaw = r.Int(58, 17),
        DataBits = Math.Max(0, r.BitLength - HeaderBits),
    };

    /// <summary>Writes the header and <see cref="DataBits"/> zero bits of correction data.</summary>
    public void Write(ref BitWriter w)
    {
        w.Write(17, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.WriteSigned(LongitudeRaw, 18);
        w.WriteSigned(LatitudeRaw, 17); w.Write(0, 5);
        for (int i = 0; i < DataBits; i++) w.Write(0, 1);
    }

    public void WriteFields(IAisFieldSink s, BitReader r)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude);
        s.Integer(AisFields.DataBits, DataBits); s.Bits(AisFields.Data, r, HeaderBits, DataBits);
    }
}
