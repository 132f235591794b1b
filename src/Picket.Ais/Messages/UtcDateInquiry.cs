using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// UTC and date inquiry, type 10 (ITU-R M.1371-5 Annex 8 §3.9, Table 61): 72 bits asking one station for its time;
/// the answer is a type 11 (<see cref="BaseStationReport"/>).
/// </summary>
public readonly record struct UtcDateInquiry : IAisMessage
{
    /// <summary>Length of the message in bits as ITU-R M.1371-5 defines it; payloads a few bits shorter or longer are accepted as sent.</summary>
    public const int StandardBits = 72;

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
    /// <summary>MMSI of the addressed station.</summary>
    public uint DestinationMmsi { get; init; }

    /// <summary>Reads a type 10 message from its bits; the caller has checked the type and a minimum length.</summary>
    public static UtcDateInquiry Read(BitReader r) => new() { Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), DestinationMmsi = r.UInt(40, 30) };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(10, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.Write(DestinationMmsi, 30); w.Write(0, 2);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s) => s.Integer(AisFields.DestMmsi, DestinationMmsi);
}
