using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Assigned mode command, type 16 (ITU-R M.1371-5 Annex 8 §3.15, Table 67): a base station assigns one or two
/// stations a reporting schedule (slot offset and increment); 96 bits for one, 144 for two.
/// </summary>
public readonly record struct AssignedModeCommand : IAisMessage
{
    public const int MinimumBits = 96;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public uint Mmsi1 { get; init; }
    public ushort Offset1 { get; init; }
    public ushort Increment1 { get; init; }
    public uint? Mmsi2 { get; init; }
    public ushort? Offset2 { get; init; }
    public ushort? Increment2 { get; init; }

    public static AssignedModeCommand Read(BitReader r)
    {
        bool two = r.Has(92, 52);
        return new()
        {
            Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Mmsi1 = r.UInt(40, 30), Offset1 = (ushort)r.UInt(70, 12),
            Increment1 = (ushort)r.UInt(82, 10), Mmsi2 = two ? r.UInt(92, 30) : null,
            Offset2 = two ? (ushort)r.UInt(122, 12) : null, Increment2 = two ? (ushort)r.UInt(134, 10) : null,
        };
    }

    public void Write(ref BitWriter w)
    {
        w.Write(16, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.Write(Mmsi1, 30); w.Write(Offset1, 12); w.Write(Increment1, 10);
        if (Mmsi2 is uint m2) { w.Write(m2, 30); w.Write(Offset2 ?? 0, 12); w.Write(Increment2 ?? 0, 10); }
        else w.Write(0, 4);
    }

    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Mmsi1, Mmsi1); s.Integer(AisFields.Offset1, Offset1); s.Integer(AisFields.Increment1, Increment1);
        s.Integer(AisFields.Mmsi2, Mmsi2); s.Integer(AisFields.Offset2, Offset2); s.Integer(AisFields.Increment2, Increment2);
    }
}
