using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Single slot binary message, type 25 (ITU-R M.1371-5 Annex 8 §3.24, Table 84): at most 168 bits, addressed or
/// broadcast, with an optional application id (DAC and FI) before the data. The destination MMSI follows the flags
/// directly, as gpsd, libais and pyais read it.
/// </summary>
public readonly record struct SingleSlotBinaryMessage : IAisMessage
{
    /// <summary>The flags end 40 bits in; anything shorter is not a type 25 message.</summary>
    public const int MinimumBits = 40;

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
    /// <summary>Destination indicator: true when the message is addressed to one station, false when broadcast.</summary>
    public bool Addressed { get; init; }
    /// <summary>True when a 16-bit application id (DAC 10 bits, FI 6 bits) precedes the data.</summary>
    public bool Structured { get; init; }
    /// <summary>MMSI of the addressed station; null when broadcast or when the payload was cut before it.</summary>
    public uint? DestinationMmsi { get; init; }
    /// <summary>Designated area code of the application when <see cref="Structured"/> (ITU-R M.1371-5 Annex 5); otherwise null.</summary>
    public ushort? Dac { get; init; }
    /// <summary>Function identifier of the application when <see cref="Structured"/>; otherwise null.</summary>
    public byte? Fi { get; init; }
    /// <summary>Where the data begins, in bits from the message start.</summary>
    public int DataOffset { get; init; }
    /// <summary>Length of the binary data in bits.</summary>
    public int DataBits { get; init; }

    /// <summary>Reads a type 25 message header; the data is left in the bits (<see cref="DataOffset"/>, <see cref="DataBits"/>).</summary>
    public static SingleSlotBinaryMessage Read(BitReader r) => ReadHeader(r, r.BitLength);

    /// <summary>Reads the header shared with type 26, whose data ends <paramref name="dataEnd"/> bits in.</summary>
    internal static SingleSlotBinaryMessage ReadHeader(BitReader r, int dataEnd)
    {
        bool addressed = r.Bool(38), structured = r.Bool(39);
        int offset = 40;
        uint? destination = null;
        if (addressed) { destination = r.UIntIfPresent(offset, 30); offset += 30; }
        ushort? dac = null; byte? fi = null;
        if (structured && r.Has(offset, 16)) { dac = (ushort)r.UInt(offset, 10); fi = (byte)r.UInt(offset + 10, 6); }
        if (structured) offset += 16;
        return new()
        {
            Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Addressed = addressed, Structured = structured,
            DestinationMmsi = destination, Dac = dac, Fi = fi, DataOffset = offset, DataBits = Math.Max(0, dataEnd - offset),
        };
    }

    /// <summary>Writes the header and <see cref="DataBits"/> zero bits of data.</summary>
    public void Write(ref BitWriter w) => WriteHeader(ref w, 25);

    internal void WriteHeader(ref BitWriter w, int type)
    {
        w.Write((uint)type, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(Addressed); w.Write(Structured);
        if (Addressed) w.Write(DestinationMmsi ?? 0, 30);
        if (Structured) { w.Write(Dac ?? 0, 10); w.Write(Fi ?? 0, 6); }
        for (int i = 0; i < DataBits; i++) w.Write(0, 1);
    }

    /// <summary>Writes the header fields after the MMSI and then the data as hexadecimal, read from <paramref name="r"/>.</summary>
    public void WriteFields(IAisFieldSink s, BitReader r)
    {
        s.Boolean(AisFields.Addressed, Addressed); s.Boolean(AisFields.Structured, Structured);
        s.Integer(AisFields.DestMmsi, DestinationMmsi); s.Integer(AisFields.Dac, Dac); s.Integer(AisFields.Fi, Fi);
        s.Integer(AisFields.DataBits, DataBits); s.Bits(AisFields.Data, r, DataOffset, DataBits);
    }
}
