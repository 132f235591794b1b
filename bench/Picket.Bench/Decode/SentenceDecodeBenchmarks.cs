using BenchmarkDotNet.Attributes;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Bench.Decode;

/// <summary>
/// One message at a time through <see cref="AisDecoder.Decode"/> and its typed read. The memory diagnoser's
/// Allocated column is the proof that a position report costs no allocation on the hot path.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SentenceDecodeBenchmarks
{
    private readonly AisDecoder _decoder = new();

    [GlobalSetup]
    public void CheckSamples()
    {
        // A benchmark of a line that does not decode would measure the rejection path; refuse to run instead.
        if (Type1Position() == 0 || TagBlockedType1Position() == 0 || TwoPartType5() == 0 || TwoPartType5TextToSpan() == 0)
            throw new InvalidOperationException("a sample line did not decode to a message: " + _decoder.LastRejectReason);
    }

    [Benchmark(Description = "type 1 line: Decode + PositionReportClassA.Read")]
    public long Type1Position()
    {
        if (_decoder.Decode(SampleLines.Type1, out var p) != LineOutcome.Message) return 0;
        var m = PositionReportClassA.Read(p.Reader);
        return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw + m.SpeedRaw;
    }

    [Benchmark(Description = "tag-blocked type 1 line: Decode + PositionReportClassA.Read")]
    public long TagBlockedType1Position()
    {
        if (_decoder.Decode(SampleLines.TagBlockedType1, out var p) != LineOutcome.Message) return 0;
        var m = PositionReportClassA.Read(p.Reader);
        return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw + p.TimeMs;
    }

    [Benchmark(Description = "two-part type 5: 2 × Decode + StaticAndVoyageData.Read (3 strings)")]
    public long TwoPartType5()
    {
        if (_decoder.Decode(SampleLines.Type5Part1, out _) != LineOutcome.Pending) return 0;
        if (_decoder.Decode(SampleLines.Type5Part2, out var p) != LineOutcome.Message) return 0;
        var m = StaticAndVoyageData.Read(p.Reader);
        return m.Mmsi + m.ImoRaw + m.Name.Length + m.CallSign.Length + m.Destination.Length;
    }

    [Benchmark(Description = "two-part type 5: 2 × Decode + fields and name via BitReader.TextTo (no strings)")]
    public long TwoPartType5TextToSpan()
    {
        if (_decoder.Decode(SampleLines.Type5Part1, out _) != LineOutcome.Pending) return 0;
        if (_decoder.Decode(SampleLines.Type5Part2, out var p) != LineOutcome.Message) return 0;
        var r = p.Reader;
        Span<char> name = stackalloc char[20];
        // Offsets from ITU-R M.1371-5 Table 52: IMO 40/30, name 112/120 (20 six-bit characters).
        return p.Mmsi + r.UInt(40, 30) + r.TextTo(112, 20, name);
    }
}
