using Picket.Ais;
using Picket.Ais.Nmea;

namespace Picket.Bench.Decode;

/// <summary>
/// Bench-only prototype, not product code: reads a stream in 1 MB blocks and splits lines with span
/// <c>IndexOf</c>, carrying a partial line to the next block. It measures what <see cref="NmeaStreamReader"/> would
/// gain by splitting the segment's span instead of calling <c>ReadOnlySequence.PositionOf</c>/<c>Slice</c>/<c>GetPosition</c>
/// per line (throughput mode <c>file-span</c>). Lines longer than the block are not handled: the prototype stops.
/// </summary>
internal static class SpanLineReaderPrototype
{
    public static void Read(Stream stream, AisDecoder decoder, IAisMessageSink sink)
    {
        byte[] block = new byte[1 << 20];
        int kept = 0;
        while (true)
        {
            int n = stream.Read(block, kept, block.Length - kept);
            int filled = kept + n;
            ReadOnlySpan<byte> rest = block.AsSpan(0, filled);
            while (true)
            {
                int nl = rest.IndexOf((byte)'\n');
                if (nl < 0) break;
                if (decoder.Decode(rest[..nl], out var p) == LineOutcome.Message) sink.OnMessage(in p);
                rest = rest[(nl + 1)..];
            }
            if (n == 0)
            {
                if (!rest.IsEmpty && decoder.Decode(rest, out var last) == LineOutcome.Message) sink.OnMessage(in last);
                break;
            }
            if (rest.Length == block.Length) throw new InvalidOperationException("prototype: line longer than the block");
            rest.CopyTo(block);
            kept = rest.Length;
        }
        decoder.Flush();
    }
}
