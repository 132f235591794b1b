using System.Globalization;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Bench.Decode;

/// <summary>
/// Single-threaded timed decode of one file, for the side-by-side with libais and gpsdecode (bench/decode/run.sh).
/// Prints one machine-readable <c>RESULT</c> line on stdout and the decoder's statistics on stderr.
/// Modes, from widest to narrowest scope:
/// <list type="bullet">
/// <item><c>file</c>: end to end. Open the file, read it through <see cref="NmeaStreamReader"/> (pipelines, line split),
/// frame (tag block, checksum, multi-part), decode every message into its typed struct.</item>
/// <item><c>file-span</c>: the same with a bench-only prototype line splitter (see <see cref="SpanLineReaderPrototype"/>).</item>
/// <item><c>memory</c>: the same, from a byte array already in memory (no I/O), lines split with a plain loop.</item>
/// <item><c>payloads</c>: decode only, the analogue of libais's <c>ais.decode(payload, fill)</c>: payloads are
/// assembled beforehand (untimed); the timed loop unarmours, checks the length and reads the typed struct.</item>
/// </list>
/// </summary>
internal static class ThroughputCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 2 || args[0] is not ("file" or "file-span" or "memory" or "payloads") || !System.IO.File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: Picket.Bench throughput file|file-span|memory|payloads FILE");
            return 2;
        }
        string path = args[1];
        return args[0] switch
        {
            "file" => EndToEnd(path),
            "file-span" => EndToEndSpanPrototype(path),
            "memory" => Memory(path),
            _ => Payloads(path),
        };
    }

    private static int EndToEnd(string path)
    {
        var decoder = new AisDecoder();
        var sink = new TypedMessages.Sink();
        var clock = TimedSection.Start();
        using (var stream = NmeaStreamReader.OpenFile(path))
            NmeaStreamReader.Read(stream, decoder, sink);
        var elapsed = clock.Stop();
        return Report("file", elapsed, decoder.Statistics, sink.Messages, sink.Checksum);
    }

    /// <summary>As <c>file</c>, with the bench-only <see cref="SpanLineReaderPrototype"/> in place of NmeaStreamReader.</summary>
    private static int EndToEndSpanPrototype(string path)
    {
        var decoder = new AisDecoder();
        var sink = new TypedMessages.Sink();
        var clock = TimedSection.Start();
        using (var stream = NmeaStreamReader.OpenFile(path))
            SpanLineReaderPrototype.Read(stream, decoder, sink);
        var elapsed = clock.Stop();
        return Report("file-span", elapsed, decoder.Statistics, sink.Messages, sink.Checksum);
    }

    private static int Memory(string path)
    {
        byte[] data = System.IO.File.ReadAllBytes(path); // untimed: this mode leaves out I/O
        var decoder = new AisDecoder();
        long messages = 0, checksum = 0;
        var clock = TimedSection.Start();
        ReadOnlySpan<byte> rest = data;
        while (!rest.IsEmpty)
        {
            int nl = rest.IndexOf((byte)'\n');
            var line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? default : rest[(nl + 1)..];
            if (decoder.Decode(line, out var p) == LineOutcome.Message)
            {
                checksum += TypedMessages.Consume(p.Reader);
                messages++;
            }
        }
        decoder.Flush();
        var elapsed = clock.Stop();
        return Report("memory", elapsed, decoder.Statistics, messages, checksum);
    }

    private static int Payloads(string path)
    {
        // Untimed: assemble every message's armoured payload with Picket's own framing, like the libais driver
        // assembles its payloads in Python before timing ais.decode.
        var decoder = new AisDecoder();
        var armored = new List<byte>(64 << 20);
        var ends = new List<int>();
        var fills = new List<byte>();
        using (var stream = NmeaStreamReader.OpenFile(path))
            NmeaStreamReader.Read(stream, decoder, new PayloadCollector(armored, ends, fills));
        byte[] all = armored.ToArray();
        int[] end = ends.ToArray();
        byte[] fill = fills.ToArray();

        byte[] bits = new byte[PayloadArmor.PackedSize(9 * 128)];
        long messages = 0, rejected = 0, checksum = 0;
        var clock = TimedSection.Start();
        int start = 0;
        for (int i = 0; i < end.Length; i++)
        {
            var payload = all.AsSpan(start, end[i] - start);
            start = end[i];
            // The same steps as AisDecoder.Complete: unarmour, length check per type, then the typed read.
            if (!PayloadArmor.TryPack(payload, bits)) { rejected++; continue; }
            var reader = new BitReader(bits, payload.Length * 6 - fill[i]);
            if (MessageLengths.Check((int)reader.UInt(0, 6), reader) != RejectReason.None) { rejected++; continue; }
            checksum += TypedMessages.Consume(reader);
            messages++;
        }
        var elapsed = clock.Stop();
        Console.Error.WriteLine($"payloads assembled: {end.Length}");
        return Report("payloads", elapsed, decoder.Statistics, messages, checksum, rejected);
    }

    private sealed class PayloadCollector(List<byte> armored, List<int> ends, List<byte> fills) : IAisMessageSink
    {
        public void OnMessage(in AisPayload message)
        {
            foreach (byte b in message.Armored) armored.Add(b);
            ends.Add(armored.Count);
            fills.Add((byte)message.FillBits);
        }
    }

    private static int Report(string mode, TimedSection.Result elapsed, DecodeStatistics stats, long messages, long checksum, long? rejected = null)
    {
        Console.Error.Write(stats.ToString());
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"RESULT tool=picket mode={mode} seconds={elapsed.Wall.TotalSeconds:F3} cpu_seconds={elapsed.Cpu.TotalSeconds:F3} lines={stats.Lines} messages={messages} rejected={rejected ?? stats.RejectedLines} checksum={checksum}"));
        return 0;
    }
}
