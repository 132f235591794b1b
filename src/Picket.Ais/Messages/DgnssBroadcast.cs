using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// DGNSS broadcast binary message, type 17 (ITU-R M.1371-5 Annex 8 §3.16, Table 68): a reference station's position
/// (1/10 minute) and up to 736 bits of differential corrections (ITU-R M.823 words), reported as opaque data.
/// </summary>
public readonly record struct DgnssBroadcast : IAisMessage
{
    /// <summary>Bits before the correction data: type, repeat, source, spare, longitude, latitude and spare (ITU-R M.1371-5 Table 68).</summary>
    public const int HeaderBits = 80;

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
    /// <summary>Longitude of the DGNSS reference station in 1/10 minute as sent, east positive; 181° means not available.</summary>
    public int LongitudeRaw { get; init; }
    /// <summary>Latitude of the DGNSS reference station in 1/10 minute as sent, north positive; 91° means not available.</summary>
    public int LatitudeRaw { get; init; }
    /// <summary>Bits of correction data after the header.</summary>
    public int DataBits { get; init; }

    /// <summary>Longitude of the reference station in degrees, or null when not available.</summary>
    public double? Longitude => AisValues.LongitudeTenthMinute(LongitudeRaw);
    /// <summary>Latitude of the reference station in degrees, or null when not available.</summary>
    public double? Latitude => AisValues.LatitudeTenthMinute(LatitudeRaw);

    /// <summary>Reads a type 17 message header; the correction data stays in the bits.</summary>
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

    /// <summary>Writes the station position and then the correction data as hexadecimal, read from <paramref name="r"/>.</summary>
    public void WriteFields(IAisFieldSink s, BitReader r)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude);
        s.Integer(AisFields.DataBits, DataBits); s.Bits(AisFields.Data, r, HeaderBits, DataBits);
    }
}
