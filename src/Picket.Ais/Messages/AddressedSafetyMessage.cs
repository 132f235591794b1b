using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Addressed safety-related message, type 12 (ITU-R M.1371-5 Annex 8 §3.11, Table 63): a header of 72 bits and up to
/// 156 six-bit characters of text for one station. Compare <see cref="BroadcastSafetyMessage"/> (type 14, to all).
/// </summary>
public readonly record struct AddressedSafetyMessage : IAisMessage
{
    public const int HeaderBits = 72;
    public const int MaxChars = 156;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public byte SequenceNumber { get; init; }
    public uint DestinationMmsi { get; init; }
    public bool Retransmitted { get; init; }
    public string Text { get; init; }

    public static AddressedSafetyMessage Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), SequenceNumber = (byte)r.UInt(38, 2),
        DestinationMmsi = r.UInt(40, 30), Retransmitted = r.Bool(70), Text = r.Text(HeaderBits, MaxChars),
    };

    public void Write(ref BitWriter w)
    {
        string text = Text ?? string.Empty;
        w.Write(12, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(SequenceNumber, 2); w.Write(DestinationMmsi, 30);
        w.Write(Retransmitted); w.Write(0, 1); w.WriteText(text, Math.Min(text.Length, MaxChars));
    }

    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Seqno, SequenceNumber); s.Integer(AisFields.DestMmsi, DestinationMmsi);
        s.Boolean(AisFields.Retransmit, Retransmitted); s.Text(AisFields.Text, Text);
    }
}
