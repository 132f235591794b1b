using System.Buffers;
using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Ais.Output;

namespace Picket.Fuzz;

/// <summary>
/// The decoder's two layers. <see cref="NmeaLines"/> feeds raw bytes as lines (framing, tag blocks, checksums,
/// reassembly); most random bytes die at the checksum, so <see cref="SixBitPayload"/> wraps the bytes into sentences
/// with a correct checksum and lets every message type's field reader run over arbitrary bits.
/// </summary>
internal static class AisTargets
{
    const int CharsPerSentence = 60;

    public static void NmeaLines(ReadOnlySpan<byte> data)
    {
        var decoder = new AisDecoder();
        NmeaStreamReader.Read(new MemoryStream(data.ToArray()), decoder, new JsonSink());
        decoder.Flush();
        _ = decoder.Statistics.ToString();
    }

    /// <summary>
    /// First byte: fill bits and channel; the rest, six bits each, is the payload, cut into sentences of
    /// <see cref="CharsPerSentence"/> characters (at most nine, the NMEA limit on a message's sentences).
    /// </summary>
    public static void SixBitPayload(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        int fill = data[0] % 6;
        char channel = (data[0] & 0x40) != 0 ? 'B' : 'A';
        var payload = data[1..];
        int parts = Math.Clamp((payload.Length + CharsPerSentence - 1) / CharsPerSentence, 1, 9);
        payload = payload[..Math.Min(payload.Length, parts * CharsPerSentence)];
        var decoder = new AisDecoder();
        var sink = new JsonSink();
        var line = new ArrayBufferWriter<byte>(128);
        for (int part = 1; part <= parts; part++)
        {
            var chunk = payload.Slice((part - 1) * CharsPerSentence, Math.Min(CharsPerSentence, payload.Length - (part - 1) * CharsPerSentence));
            line.Clear();
            Sentence(line, parts, part, channel, chunk, part == parts ? fill : 0);
            if (decoder.Decode(line.WrittenSpan, out var message) == LineOutcome.Message) sink.OnMessage(message);
        }

        decoder.Flush();
    }

    /// <summary>!AIVDM,total,part,seq,channel,payload,fill*hh with the IEC 61162-1 checksum over the body.</summary>
    static void Sentence(ArrayBufferWriter<byte> w, int total, int part, char channel, ReadOnlySpan<byte> chunk, int fill)
    {
        Span<byte> body = stackalloc byte[32 + CharsPerSentence];
        int n = 0;
        foreach (char c in $"AIVDM,{total},{part},{(total > 1 ? "3" : "")},{channel},") body[n++] = (byte)c;
        foreach (byte b in chunk)
        {
            int v = b & 63;
            body[n++] = (byte)(v < 40 ? v + 48 : v + 56);   // ITU-R M.1371-5 Table 44: six-bit ASCII armouring
        }

        body[n++] = (byte)',';
        body[n++] = (byte)('0' + fill);
        byte sum = NmeaChecksum.Compute(body[..n]);
        w.Write("!"u8);
        w.Write(body[..n]);
        w.Write([(byte)'*', NmeaChecksum.HexDigit(sum >> 4), NmeaChecksum.HexDigit(sum)]);
    }

    /// <summary>Writes every message as JSON: that reads every field of every type the decoder knows.</summary>
    sealed class JsonSink : IAisMessageSink
    {
        readonly ArrayBufferWriter<byte> _buffer = new(1024);
        readonly Utf8JsonWriter _json;

        public JsonSink() => _json = new Utf8JsonWriter(_buffer);

        public void OnMessage(in AisPayload message)
        {
            _buffer.Clear();
            _json.Reset(_buffer);
            AisJsonWriter.Write(_json, message);
            _json.Flush();
        }
    }
}
