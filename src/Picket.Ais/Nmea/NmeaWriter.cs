using System.Globalization;
using System.Text;
using Picket.Ais.Payload;

namespace Picket.Ais.Nmea;

/// <summary>
/// Writes AIS messages as <c>!AIVDM</c> sentences, optionally behind an IEC 61162-1 tag block with time and source,
/// splitting long payloads into fragments as transmitters do. Used by the simulator and by round-trip tests.
/// </summary>
public sealed class NmeaWriter
{
    /// <summary>Payload characters per sentence; 60 keeps a sentence within NMEA's 82 characters.</summary>
    public int MaxPayloadChars { get; init; } = 60;

    /// <summary>Two-character talker id.</summary>
    public string Talker { get; init; } = "AI";

    private int _sequence;

    /// <summary>Writes one message (given as packed bits) as one or more lines, each ending in CRLF.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="bits">Packed message bits, most significant first.</param>
    /// <param name="bitLength">Number of bits to send.</param>
    /// <param name="channel">'A' or 'B'.</param>
    /// <param name="timeMs">UNIX ms for the tag block's <c>c:</c> (written in seconds), or null for no time.</param>
    /// <param name="source">Receiver id for <c>s:</c>, or null.</param>
    public void Write(TextWriter output, ReadOnlySpan<byte> bits, int bitLength, char channel = 'A', long? timeMs = null, string? source = null)
    {
        Span<byte> armored = stackalloc byte[(bitLength + 5) / 6];
        int chars = PayloadArmor.Armor(bits, bitLength, armored, out int fill);
        int total = Math.Max(1, (chars + MaxPayloadChars - 1) / MaxPayloadChars);
        if (total > 9) throw new ArgumentException("Message too long for nine sentences.", nameof(bitLength));
        string seq = total > 1 ? (_sequence++ % 10).ToString(CultureInfo.InvariantCulture) : "";
        int groupId = _sequence;
        var sb = new StringBuilder(128);
        for (int i = 0; i < total; i++)
        {
            sb.Clear();
            if (timeMs != null || source != null)
            {
                var tag = new StringBuilder();
                if (total > 1 && i > 0)
                    tag.Append("g:").Append(i + 1).Append('-').Append(total).Append('-').Append(groupId);
                else
                {
                    if (total > 1) tag.Append("g:1-").Append(total).Append('-').Append(groupId).Append(',');
                    if (source != null) tag.Append("s:").Append(source).Append(',');
                    if (timeMs != null) tag.Append("c:").Append((timeMs.Value / 1000).ToString(CultureInfo.InvariantCulture)).Append(',');
                    tag.Length--;
                }
                sb.Append('\\').Append(tag).Append('*').Append(Hex(Checksum(tag.ToString()))).Append('\\');
            }
            int start = i * MaxPayloadChars;
            int len = Math.Min(MaxPayloadChars, chars - start);
            var body = new StringBuilder();
            body.Append(Talker).Append("VDM,").Append(total).Append(',').Append(i + 1).Append(',').Append(seq).Append(',').Append(channel).Append(',');
            for (int k = 0; k < len; k++) body.Append((char)armored[start + k]);
            body.Append(',').Append(i == total - 1 ? fill : 0);
            sb.Append('!').Append(body).Append('*').Append(Hex(Checksum(body.ToString())));
            output.Write(sb.ToString());
            output.Write("\r\n");
        }
    }

    private static byte Checksum(string s)
    {
        byte x = 0;
        foreach (char c in s) x ^= (byte)c;
        return x;
    }

    private static string Hex(byte b) => b.ToString("X2", CultureInfo.InvariantCulture);
}
