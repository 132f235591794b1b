using System.Buffers.Text;
using Picket.Ais;
using Picket.Ais.Nmea;

namespace Picket.Core.Input.Live;

/// <summary>
/// Writes a complete message as the live feed passes it on: <c>\c:TIME*hh\!AIVDM,n,m,seq,ch,payload,fill*hh</c>
/// per sentence, with a tag-block group (<c>g:m-n-id</c>, IEC 61162-1 §7.9) on multi-part messages. Whatever the
/// receiver sent — a tag block, a PGHP time line, a USCG trailer, no time at all — the consumer sees one form, the
/// message time the source's decoder settled on (the receive time when the line had none), and the sentences of one
/// message together, so a consumer's single decoder can never join fragments heard by two receivers.
/// </summary>
internal static class CanonicalSentences
{
    /// <summary>Payload characters per sentence: 60 keeps a sentence within IEC 61162-1's 82 characters.</summary>
    private const int CharsPerSentence = 60;

    /// <summary>The most bytes one message takes: 1,152 payload characters (the assembler's limit) in 9 sentences with their headers.</summary>
    public const int MaxBytes = 1152 + 9 * 96;

    /// <summary>Writes <paramref name="message"/> into <paramref name="destination"/> (at least <see cref="MaxBytes"/> long); returns the bytes written.</summary>
    /// <param name="message">The decoded message.</param>
    /// <param name="timeMs">Its message time in UNIX ms.</param>
    /// <param name="group">A number that tells this message's fragments from another's (any counter).</param>
    /// <param name="destination">Where the sentences go.</param>
    public static int Write(in AisPayload message, long timeMs, int group, Span<byte> destination)
    {
        var armored = message.Armored;
        int per = armored.Length <= 9 * CharsPerSentence ? CharsPerSentence : (armored.Length + 8) / 9;
        int total = Math.Max(1, (armored.Length + per - 1) / per);
        int written = 0;
        for (int i = 0; i < total; i++)
        {
            int start = i * per;
            var part = armored.Slice(start, Math.Min(per, armored.Length - start));
            written += WriteSentence(destination[written..], part, i + 1, total, group, timeMs, message.Channel,
                message.OwnShip, i == total - 1 ? message.FillBits : 0);
        }
        return written;
    }

    private static int WriteSentence(Span<byte> d, ReadOnlySpan<byte> part, int number, int total, int group, long timeMs,
        byte channel, bool ownShip, int fill)
    {
        int n = 0;
        d[n++] = (byte)'\\';
        int tagStart = n;
        if (total > 1)
        {
            n += Put(d[n..], "g:"u8);
            d[n++] = (byte)('0' + number);
            d[n++] = (byte)'-';
            d[n++] = (byte)('0' + total);
            d[n++] = (byte)'-';
            n += Number(d[n..], group);
            d[n++] = (byte)',';
        }
        n += Put(d[n..], "c:"u8);
        // IEC 61162-1 writes c: in seconds; a time with milliseconds keeps them in the 13-digit form the decoder also
        // reads, so the consumer gets the very time the source decoded.
        n += Number(d[n..], timeMs % 1000 == 0 ? timeMs / 1000 : timeMs);
        n += Checksum(d, tagStart, n);
        d[n++] = (byte)'\\';

        d[n++] = (byte)'!';
        int bodyStart = n;
        n += Put(d[n..], ownShip ? "AIVDO,"u8 : "AIVDM,"u8);
        d[n++] = (byte)('0' + total);
        d[n++] = (byte)',';
        d[n++] = (byte)('0' + number);
        d[n++] = (byte)',';
        if (total > 1) d[n++] = (byte)('0' + group % 10);
        d[n++] = (byte)',';
        if (channel != 0) d[n++] = channel;
        d[n++] = (byte)',';
        n += Put(d[n..], part);
        d[n++] = (byte)',';
        d[n++] = (byte)('0' + fill);
        n += Checksum(d, bodyStart, n);
        d[n++] = (byte)'\r';
        d[n++] = (byte)'\n';
        return n;
    }

    /// <summary>Appends <c>*hh</c> over <c>d[start..end]</c>; returns 3.</summary>
    private static int Checksum(Span<byte> d, int start, int end)
    {
        int sum = NmeaChecksum.Compute(d[start..end]);
        d[end] = (byte)'*';
        d[end + 1] = Hex(sum >> 4);
        d[end + 2] = Hex(sum & 15);
        return 3;
    }

    private static byte Hex(int v) => (byte)(v < 10 ? '0' + v : 'A' + v - 10);

    private static int Put(Span<byte> d, ReadOnlySpan<byte> s)
    {
        s.CopyTo(d);
        return s.Length;
    }

    private static int Number(Span<byte> d, long value)
    {
        Utf8Formatter.TryFormat(value, d, out int n);
        return n;
    }
}
