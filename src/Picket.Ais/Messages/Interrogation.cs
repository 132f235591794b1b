using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Interrogation, type 15 (ITU-R M.1371-5 Annex 8 §3.14, Table 66): 88–160 bits asking one or two stations for
/// specific message types (for example a type 5 from a ship that has not sent one). Absent requests are null.
/// </summary>
public readonly record struct Interrogation : IAisMessage
{
    /// <summary>One station, one request: 88 bits; a second request makes 110, a second station 160.</summary>
    public const int MinimumBits = 88;

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
    /// <summary>MMSI of the first interrogated station.</summary>
    public uint Mmsi1 { get; init; }
    /// <summary>First message type requested from the first station (for example 5 for static and voyage data).</summary>
    public byte Type1 { get; init; }
    /// <summary>Slot offset for the first station's first reply (ITU-R M.1371-5 Table 66).</summary>
    public ushort Offset1 { get; init; }
    /// <summary>Second message type requested from the first station, or null when absent.</summary>
    public byte? Type1b { get; init; }
    /// <summary>Slot offset for the first station's second reply, or null when absent.</summary>
    public ushort? Offset1b { get; init; }
    /// <summary>MMSI of the second interrogated station, or null when absent.</summary>
    public uint? Mmsi2 { get; init; }
    /// <summary>Message type requested from the second station, or null when absent.</summary>
    public byte? Type2 { get; init; }
    /// <summary>Slot offset for the second station's reply, or null when absent.</summary>
    public ushort? Offset2 { get; init; }

    /// <summary>Reads a type 15 message with one or two stations and requests; the caller has checked the type and a minimum length.</summary>
    public static Interrogation Read(BitReader r)
    {
        // Transmitters shorten the message when they ask less; the standard's lengths are 88, 110 and 160 bits.
        bool second = r.Has(90, 18), station2 = r.Has(110, 48);
        return new()
        {
            Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Mmsi1 = r.UInt(40, 30), Type1 = (byte)r.UInt(70, 6),
            Offset1 = (ushort)r.UInt(76, 12),
            Type1b = second ? (byte)r.UInt(90, 6) : null, Offset1b = second ? (ushort)r.UInt(96, 12) : null,
            Mmsi2 = station2 ? r.UInt(110, 30) : null, Type2 = station2 ? (byte)r.UInt(140, 6) : null,
            Offset2 = station2 ? (ushort)r.UInt(146, 12) : null,
        };
    }

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(15, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.Write(Mmsi1, 30); w.Write(Type1, 6);
        w.Write(Offset1, 12);
        if (Type1b == null && Mmsi2 == null) return;
        w.Write(0, 2); w.Write(Type1b ?? 0, 6); w.Write(Offset1b ?? 0, 12);
        if (Mmsi2 == null) { w.Write(0, 2); return; }
        w.Write(0, 2); w.Write(Mmsi2.Value, 30); w.Write(Type2 ?? 0, 6); w.Write(Offset2 ?? 0, 12); w.Write(0, 2);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Mmsi1, Mmsi1); s.Integer(AisFields.Type1_1, Type1); s.Integer(AisFields.Offset1_1, Offset1);
        s.Integer(AisFields.Type1_2, Type1b); s.Integer(AisFields.Offset1_2, Offset1b);
        s.Integer(AisFields.Mmsi2, Mmsi2); s.Integer(AisFields.Type2_1, Type2); s.Integer(AisFields.Offset2_1, Offset2);
    }
}
