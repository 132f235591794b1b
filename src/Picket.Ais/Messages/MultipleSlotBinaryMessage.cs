using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Multiple slot binary message with communications state, type 26 (ITU-R M.1371-5 Annex 8 §3.25, Table 85): the
/// header of type 25 (<see cref="SingleSlotBinaryMessage"/>), up to five slots of data, and the sender's radio state in
/// the last 20 bits (a selector bit, then SOTDMA or ITDMA).
/// </summary>
public readonly record struct MultipleSlotBinaryMessage : IAisMessage
{
    /// <summary>The flags and the radio state: 60 bits.</summary>
    public const int MinimumBits = 60;
    private const int RadioBits = 20;

    /// <summary>The addressing and application header, laid out as in type 25.</summary>
    public SingleSlotBinaryMessage Header { get; init; }
    /// <summary>Selector bit and 19 bits of communication state, as sent.</summary>
    public uint RadioStatus { get; init; }

    /// <summary>MMSI of the sending station (from <see cref="Header"/>).</summary>
    public uint Mmsi => Header.Mmsi;

    /// <summary>Reads a type 26 message: the header, the data extent and the trailing radio state.</summary>
    public static MultipleSlotBinaryMessage Read(BitReader r) => new()
    {
        Header = SingleSlotBinaryMessage.ReadHeader(r, Math.Max(40, r.BitLength - RadioBits)),
        RadioStatus = r.UInt(Math.Max(40, r.BitLength - RadioBits), RadioBits),
    };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        Header.WriteHeader(ref w, 26);
        w.Write(RadioStatus, RadioBits);
    }

    /// <summary>Writes the header fields after the MMSI, the data as hexadecimal from <paramref name="r"/>, and the radio state.</summary>
    public void WriteFields(IAisFieldSink s, BitReader r)
    {
        Header.WriteFields(s, r);
        RadioState.WriteFields(s, RadioState.FromSelector(RadioStatus));
    }
}
