using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Safety-related broadcast message, type 14 (ITU-R M.1371-5 Annex 8 §3.13, Table 65): a 40-bit header and up to 161
/// six-bit characters of text to all stations (an AIS-SART sends "SART ACTIVE" or "SART TEST" this way).
/// </summary>
public readonly record struct BroadcastSafetyMessage : IAisMessage
{
    public const int HeaderBits = 40;
    public const int MaxChars = 161;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public string Text { get; init; }

    public static BroadcastSafetyMessage Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Text = r.Text(HeaderBits, MaxChars),
    };

    public void Write(ref BitWriter w)
    {
        string text = Text ?? string.Empty;
        w.Write(14, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.WriteText(text, Math.Min(text.Length, MaxChars));
    }

    public void WriteFields(IAisFieldSink s) => s.Text(AisFields.Text, Text);
}
