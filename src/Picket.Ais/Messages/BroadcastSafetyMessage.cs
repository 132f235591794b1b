using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Safety-related broadcast message, type 14 (ITU-R M.1371-5 Annex 8 §3.13, Table 65): a 40-bit header and up to 161
/// six-bit characters of text to all stations (an AIS-SART sends "SART ACTIVE" or "SART TEST" this way).
/// </summary>
public readonly record struct BroadcastSafetyMessage : IAisMessage
{
    /// <summary>Bits before the text: type, repeat, source and two spare bits.</summary>
    public const int HeaderBits = 40;
    /// <summary>Most six-bit characters the text can hold within five slots (ITU-R M.1371-5 Table 65).</summary>
    public const int MaxChars = 161;

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
    /// <summary>The text as sent, six-bit characters with "@" padding and trailing spaces removed.</summary>
    public string Text { get; init; }

    /// <summary>Reads a type 14 message from its bits; the caller has checked the type and a minimum length.</summary>
    public static BroadcastSafetyMessage Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Text = r.Text(HeaderBits, MaxChars),
    };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        string text = Text ?? string.Empty;
        w.Write(14, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.WriteText(text, Math.Min(text.Length, MaxChars));
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s) => s.Text(AisFields.Text, Text);
}
