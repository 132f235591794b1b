using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Binary acknowledge (type 7) and safety-related acknowledge (type 13), ITU-R M.1371-5 Annex 8 §3.5 and §3.12,
/// Table 57: 72–168 bits, acknowledging up to four addressed messages (types 6 and 12) by destination MMSI and
/// sequence number. Who acknowledges whom shows stations talking to each other directly.
/// </summary>
public readonly record struct BinaryAcknowledge : IAisMessage
{
    /// <summary>One acknowledgement: 72 bits; each further one adds 32.</summary>
    public const int MinimumBits = 72;

    /// <summary>Message type as sent: 7 binary acknowledge (of type 6), 13 safety-related acknowledge (of type 12).</summary>
    public byte MessageType { get; init; }
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
    /// <summary>Acknowledgements present (1–4).</summary>
    public int Count { get; init; }
    /// <summary>MMSI of the first acknowledged station (the sender of the message being acknowledged).</summary>
    public uint Mmsi1 { get; init; }
    /// <summary>Sequence number 0–3 of the first acknowledged message.</summary>
    public byte Sequence1 { get; init; }
    /// <summary>MMSI of the second acknowledged station, or null when absent.</summary>
    public uint? Mmsi2 { get; init; }
    /// <summary>Sequence number of the second acknowledged message, or null when absent.</summary>
    public byte? Sequence2 { get; init; }
    /// <summary>MMSI of the third acknowledged station, or null when absent.</summary>
    public uint? Mmsi3 { get; init; }
    /// <summary>Sequence number of the third acknowledged message, or null when absent.</summary>
    public byte? Sequence3 { get; init; }
    /// <summary>MMSI of the fourth acknowledged station, or null when absent.</summary>
    public uint? Mmsi4 { get; init; }
    /// <summary>Sequence number of the fourth acknowledged message, or null when absent.</summary>
    public byte? Sequence4 { get; init; }

    /// <summary>Reads a type 7 or 13 message with its one to four acknowledgements; the caller has checked the type and a minimum length.</summary>
    public static BinaryAcknowledge Read(BitReader r)
    {
        int count = Math.Clamp((r.BitLength - 40 + 2) / 32, 1, 4); // the last pair may lose its 2-bit sequence number
        return new()
        {
            MessageType = (byte)r.UInt(0, 6), Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Count = count,
            Mmsi1 = r.UInt(40, 30), Sequence1 = (byte)r.UInt(70, 2),
            Mmsi2 = count > 1 ? r.UInt(72, 30) : null, Sequence2 = count > 1 ? (byte?)r.UIntIfPresent(102, 2) : null,
            Mmsi3 = count > 2 ? r.UInt(104, 30) : null, Sequence3 = count > 2 ? (byte?)r.UIntIfPresent(134, 2) : null,
            Mmsi4 = count > 3 ? r.UInt(136, 30) : null, Sequence4 = count > 3 ? (byte?)r.UIntIfPresent(166, 2) : null,
        };
    }

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(MessageType, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2);
        w.Write(Mmsi1, 30); w.Write(Sequence1, 2);
        if (Mmsi2 is uint m2) { w.Write(m2, 30); w.Write(Sequence2 ?? 0, 2); }
        if (Mmsi2 != null && Mmsi3 is uint m3) { w.Write(m3, 30); w.Write(Sequence3 ?? 0, 2); }
        if (Mmsi3 != null && Mmsi4 is uint m4) { w.Write(m4, 30); w.Write(Sequence4 ?? 0, 2); }
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Mmsi1, Mmsi1); s.Integer(AisFields.Mmsiseq1, Sequence1);
        s.Integer(AisFields.Mmsi2, Mmsi2); s.Integer(AisFields.Mmsiseq2, Sequence2);
        s.Integer(AisFields.Mmsi3, Mmsi3); s.Integer(AisFields.Mmsiseq3, Sequence3);
        s.Integer(AisFields.Mmsi4, Mmsi4); s.Integer(AisFields.Mmsiseq4, Sequence4);
    }
}
