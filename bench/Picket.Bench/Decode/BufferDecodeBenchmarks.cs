using BenchmarkDotNet.Attributes;
using Picket.Ais;
using Picket.Ais.Nmea;

namespace Picket.Bench.Decode;

/// <summary>
/// 1,000 real lines (the shared corpus, mixed types, multi-part and tag blocks) held in memory, decoded with the
/// typed read of every message: once with a plain line loop over <see cref="AisDecoder.Decode"/>, once through
/// <see cref="NmeaStreamReader"/> over a <see cref="MemoryStream"/>; and framing alone (no typed read), which shows
/// that the line loop's allocations come from the text fields (names, call signs) of the typed structs only.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class BufferDecodeBenchmarks
{
    private const int Lines = 1_000;
    private readonly AisDecoder _decoder = new();
    private readonly TypedMessages.Sink _sink = new();
    private byte[] _buffer = [];

    [GlobalSetup]
    public void Load()
    {
        _buffer = SampleCorpus.Buffer(Lines, out string origin);
        Console.WriteLine($"// buffer: {Lines} lines, {_buffer.Length} bytes, from the {origin}");
    }

    [Benchmark(Description = "1,000-line buffer: line loop, Decode + typed read")]
    public long LineLoop()
    {
        long sum = 0;
        ReadOnlySpan<byte> rest = _buffer;
        while (!rest.IsEmpty)
        {
            int nl = rest.IndexOf((byte)'\n');
            var line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? default : rest[(nl + 1)..];
            if (_decoder.Decode(line, out var p) == LineOutcome.Message) sum += TypedMessages.Consume(p.Reader);
        }
        _decoder.Flush();
        return sum;
    }

    [Benchmark(Description = "1,000-line buffer: line loop, Decode only (no typed read)")]
    public long LineLoopFramingOnly()
    {
        long sum = 0;
        ReadOnlySpan<byte> rest = _buffer;
        while (!rest.IsEmpty)
        {
            int nl = rest.IndexOf((byte)'\n');
            var line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? default : rest[(nl + 1)..];
            if (_decoder.Decode(line, out var p) == LineOutcome.Message) sum += p.Mmsi;
        }
        _decoder.Flush();
        return sum;
    }

    [Benchmark(Description = "1,000-line buffer: NmeaStreamReader.Read over a MemoryStream, typed read")]
    public long StreamReader()
    {
        using var stream = new MemoryStream(_buffer, writable: false);
        NmeaStreamReader.Read(stream, _decoder, _sink);
        return _sink.Checksum;
    }
}
