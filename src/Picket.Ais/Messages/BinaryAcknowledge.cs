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

    public byte MessageType { get; init; }
    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    /// <summary>Acknowledgements present (1–4).</summary>
    public int Count { get; init; }
    public uint Mmsi1 { get; init; }
    public byte Sequence1 { get; init; }
    public uint? Mmsi2 { get; init; }
    public byte? Sequence2 { get; init; }
    public uint? Mmsi3 { get; init; }
    public byte? Sequence3 { get; init; }
    public uint? Mmsi4 { get; init; }
    public byte? Sequence4 { get; init; }

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

    public void Write(ref BitWriter w)
    {
        w.Write(MessageType, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2);
        w.Write(Mmsi1, 30); w.Write(Sequence1, 2);
        if (Mmsi2 is uint m2) { w.Write(m2, 30); w.Write(Sequence2 ?? 0, 2); }
        if (Mmsi2 != null && Mmsi3 is uint m3) { w.Write(m3, 30); w.Write(Sequence3 ?? 0, 2); }
        if (Mmsi3 != null && Mmsi4 is uint m4) { w.Write(m4, 30); w.Write(Sequence4 ?? 0, 2); }
    }

    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Mmsi1, Mmsi1); s.Integer(AisFields.Mmsiseq1, Sequence1);
        s.Integer(AisFields.Mmsi2, Mmsi2); s.Integer(AisFields.Mmsiseq2, Sequence2);
        s.Integer(AisFields.Mmsi3, Mmsi3); s.Integer(AisFields.Mmsiseq3, Sequence3);
        s.Integer(AisFields.Mmsi4, Mmsi4); s.Integer(AisFields.Mmsiseq4, Sequence4);
    }
}
