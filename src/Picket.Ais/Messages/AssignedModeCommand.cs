using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Assigned mode command, type 16 (ITU-R M.1371-5 Annex 8 §3.15, Table 67): a base station assigns one or two
/// stations a reporting schedule (slot offset and increment); 96 bits for one, 144 for two.
/// </summary>
public readonly record struct AssignedModeCommand : IAisMessage
{
    /// <summary>Length with one assigned station (96 bits); a second station makes 144 (ITU-R M.1371-5 Table 67).</summary>
    public const int MinimumBits = 96;

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
    /// <summary>MMSI of the first station given an assignment.</summary>
    public uint Mmsi1 { get; init; }
    /// <summary>Slot offset of the first station's assignment (ITU-R M.1371-5 Table 67).</summary>
    public ushort Offset1 { get; init; }
    /// <summary>
    /// Increment of the first station's assignment: slots between its transmissions; 0 means the offset gives a reporting
    /// rate in reports per 10 minutes instead (ITU-R M.1371-5 Table 67).
    /// </summary>
    public ushort Increment1 { get; init; }
    /// <summary>MMSI of the second station given an assignment, or null when absent.</summary>
    public uint? Mmsi2 { get; init; }
    /// <summary>Slot offset of the second station's assignment, or null when absent.</summary>
    public ushort? Offset2 { get; init; }
    /// <summary>Increment of the second station's assignment, or null when absent.</summary>
    public ushort? Increment2 { get; init; }

    /// <summary>Reads a type 16 message with one or two assignments; the caller has checked the type and a minimum length.</summary>
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

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(16, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.Write(Mmsi1, 30); w.Write(Offset1, 12); w.Write(Increment1, 10);
        if (Mmsi2 is uint m2) { w.Write(m2, 30); w.Write(Offset2 ?? 0, 12); w.Write(Increment2 ?? 0, 10); }
        else w.Write(0, 4);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Mmsi1, Mmsi1); s.Integer(AisFields.Offset1, Offset1); s.Integer(AisFields.Increment1, Increment1);
        s.Integer(AisFields.Mmsi2, Mmsi2); s.Integer(AisFields.Offset2, Offset2); s.Integer(AisFields.Increment2, Increment2);
    }
}
