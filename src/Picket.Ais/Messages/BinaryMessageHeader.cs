using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// The header of an addressed (type 6) or broadcast (type 8) binary message (ITU-R M.1371-5 Annex 8 §3.4 and §3.6):
/// who sent it, to whom (type 6), and which application (designated area code and function id) the data belongs to.
/// The application data is decoded by the application's own type (see <see cref="Application.ApplicationMessages"/>).
/// </summary>
public readonly record struct BinaryMessageHeader : IAisMessage
{
    /// <summary>Message type as sent: 6 addressed binary message, 8 broadcast binary message.</summary>
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
    /// <summary>Type 6 only.</summary>
    public byte SequenceNumber { get; init; }
    /// <summary>Type 6 only.</summary>
    public uint DestinationMmsi { get; init; }
    /// <summary>Type 6 only.</summary>
    public bool Retransmitted { get; init; }
    /// <summary>Designated area code (DAC): 1 international, 200 European inland, 366 USA, …</summary>
    public ushort Dac { get; init; }
    /// <summary>Function identifier within the DAC.</summary>
    public byte Fi { get; init; }
    /// <summary>Length of the application data in bits.</summary>
    public int DataBits { get; init; }
    /// <summary>Where the application data starts, in bits from the message start (88 for type 6, 56 for type 8).</summary>
    public int DataOffset => MessageType == 6 ? AddressedHeaderBits : BroadcastHeaderBits;

    /// <summary>Minimum lengths: type 6 header 88 bits, type 8 header 56 bits.</summary>
    public const int AddressedHeaderBits = 88, BroadcastHeaderBits = 56;

    /// <summary>Reads the header of a type 6 or 8 message; the application data stays in the bits from <see cref="DataOffset"/>.</summary>
    public static BinaryMessageHeader Read(BitReader r)
    {
        byte type = (byte)r.UInt(0, 6);
        if (type == 6)
        {
            return new()
            {
                MessageType = 6, Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), SequenceNumber = (byte)r.UInt(38, 2),
                DestinationMmsi = r.UInt(40, 30), Retransmitted = r.Bool(70), Dac = (ushort)r.UInt(72, 10),
                Fi = (byte)r.UInt(82, 6), DataBits = Math.Max(0, r.BitLength - AddressedHeaderBits),
            };
        }
        return new()
        {
            MessageType = type, Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Dac = (ushort)r.UInt(40, 10),
            Fi = (byte)r.UInt(50, 6), DataBits = Math.Max(0, r.BitLength - BroadcastHeaderBits),
        };
    }

    /// <summary>Writes the header followed by <see cref="DataBits"/> zero bits of application data.</summary>
    public void Write(ref BitWriter w)
    {
        w.Write(MessageType, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30);
        if (MessageType == 6) { w.Write(SequenceNumber, 2); w.Write(DestinationMmsi, 30); w.Write(Retransmitted); w.Write(0, 1); w.Write(Dac, 10); w.Write(Fi, 6); }
        else { w.Write(0, 2); w.Write(Dac, 10); w.Write(Fi, 6); }
        for (int i = 0; i < DataBits; i++) w.Write(0, 1);
    }

    /// <summary>Writes the header after the MMSI and then the application's fields, or its data as hexadecimal when unknown.</summary>
    public void WriteFields(IAisFieldSink s, BitReader r)
    {
        if (MessageType == 6)
        {
            s.Integer(AisFields.Seqno, SequenceNumber); s.Integer(AisFields.DestMmsi, DestinationMmsi);
            s.Boolean(AisFields.Retransmit, Retransmitted);
        }
        s.Integer(AisFields.Dac, Dac); s.Integer(AisFields.Fi, Fi); s.Integer(AisFields.DataBits, DataBits);
        if (!Application.ApplicationMessages.TryWriteFields(s, r, Dac, Fi, DataOffset)) s.Bits(AisFields.Data, r, DataOffset, DataBits);
    }
}
