using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Addressed safety-related message, type 12 (ITU-R M.1371-5 Annex 8 §3.11, Table 63): a header of 72 bits and up to
/// 156 six-bit characters of text for one station. Compare <see cref="BroadcastSafetyMessage"/> (type 14, to all).
/// </summary>
public readonly record struct AddressedSafetyMessage : IAisMessage
{
    /// <summary>Bits before the text: type, repeat, source, sequence number, destination, retransmit flag and a spare bit.</summary>
    public const int HeaderBits = 72;
    /// <summary>Most six-bit characters the text can hold within five slots (ITU-R M.1371-5 Table 63).</summary>
    public const int MaxChars = 156;

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
    /// <summary>Sequence number 0–3 of this addressed message, echoed by the acknowledgement (types 7 and 13).</summary>
    public byte SequenceNumber { get; init; }
    /// <summary>MMSI of the addressed station.</summary>
    public uint DestinationMmsi { get; init; }
    /// <summary>Retransmit flag: true when the message is a retransmission (no acknowledgement was received for the first).</summary>
    public bool Retransmitted { get; init; }
    /// <summary>The text as sent, six-bit characters with "@" padding and trailing spaces removed.</summary>
    public string Text { get; init; }

    /// <summary>Reads a type 12 message from its bits; the caller has checked the type and a minimum length.</summary>
    public static AddressedSafetyMessage Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), SequenceNumber = (byte)r.UInt(38, 2),
        DestinationMmsi = r.UInt(40, 30), Retransmitted = r.Bool(70), Text = r.Text(HeaderBits, MaxChars),
    };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        string text = Text ?? string.Empty;
        w.Write(12, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(SequenceNumber, 2); w.Write(DestinationMmsi, 30);
        w.Write(Retransmitted); w.Write(0, 1); w.WriteText(text, Math.Min(text.Length, MaxChars));
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Seqno, SequenceNumber); s.Integer(AisFields.DestMmsi, DestinationMmsi);
        s.Boolean(AisFields.Retransmit, Retransmitted); s.Text(AisFields.Text, Text);
    }
}
