using System.Numerics;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Bench.Decode;

/// <summary>
/// Where the time of one type 1 line goes: each step of <c>AisDecoder.Decode</c> alone, plus two bench-only
/// prototypes of a one-pass sentence scan (checksum and field commas together) that could replace the several
/// <c>IndexOf</c> calls of <see cref="VdmSentence.TryParse"/>. Run with <c>--filter '*SentenceParts*'</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SentencePartsBenchmarks
{
    private readonly byte[] _line = SampleLines.Type1;
    private readonly byte[] _tagContent = "s:rSRC042,c:1520000000*3C"u8.ToArray();
    private readonly byte[] _bits = new byte[PayloadArmor.PackedSize(64)];
    private readonly byte[] _payload = "16:=?;0P00`SstvFnFbeGH6L088h"u8.ToArray();
    private readonly byte[] _decoderSizedBits = new byte[PayloadArmor.PackedSize(9 * 128)]; // as AisDecoder allocates it
    private readonly int[] _commas = new int[8];
    private readonly Picket.Ais.AisDecoder _decoder = new();

    [GlobalSetup]
    public void Check()
    {
        if (VdmSentenceTryParse() != 28 || ScalarOnePassScan() != 28 || VectorOnePassScan() != 28 || TagBlockTryParse() == 0)
            throw new InvalidOperationException("sample did not parse");
        PayloadArmor.TryPack(_payload, _bits);
    }

    [Benchmark(Description = "AisDecoder.Decode alone (no typed read)")]
    public int FramingOnly() => (int)_decoder.Decode(_line, out _);

    [Benchmark(Description = "TrimEnd(5 values) + TrimStart(2 values), as Decode does")]
    public int Trim() => ((ReadOnlySpan<byte>)_line).TrimEnd(" \t\r\n\0"u8).TrimStart(" \t"u8).Length;

    [Benchmark(Description = "VdmSentence.TryParse (LastIndexOf, checksum, 5 × IndexOf)")]
    public int VdmSentenceTryParse() => VdmSentence.TryParse(_line, out var v) == RejectReason.None ? v.Payload.Length : -1;

    [Benchmark(Description = "NmeaChecksum.Compute over the sentence body")]
    public int Checksum() => NmeaChecksum.Compute(_line.AsSpan(1, _line.Length - 4));

    [Benchmark(Description = "TagBlock.TryParse (s: and c:)")]
    public long TagBlockTryParse() => TagBlock.TryParse(_tagContent, out var t) ? t.TimeMs : 0;

    [Benchmark(Description = "PayloadArmor.TryPack, 28 characters")]
    public bool Pack() => PayloadArmor.TryPack(_payload, _bits);

    [Benchmark(Description = "PayloadArmor.TryPack, 28 characters, into AisDecoder's 872-byte buffer")]
    public bool PackIntoLargeBuffer() => PayloadArmor.TryPack(_payload, _decoderSizedBits);

    [Benchmark(Description = "PositionReportClassA.Read on packed bits")]
    public long ReadPosition()
    {
        var m = PositionReportClassA.Read(new BitReader(_bits, 168));
        return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw + m.SpeedRaw;
    }

    [Benchmark(Description = "prototype: scalar one-pass scan (checksum + commas)")]
    public int ScalarOnePassScan()
    {
        ReadOnlySpan<byte> s = _line;
        Span<int> commas = _commas;
        byte x = 0;
        int n = 0, star = -1;
        for (int i = 1; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == (byte)'*') { star = i; break; }
            x ^= c;
            if (c == (byte)',' && n < commas.Length) commas[n++] = i;
        }
        if (star < 0 || n != 6 || star + 3 > s.Length || NmeaChecksum.ParseHex2(s[star + 1], s[star + 2]) != x) return -1;
        return commas[5] - commas[4] - 1;
    }

    [Benchmark(Description = "prototype: Vector256 one-pass scan (comma and '*' bit masks)")]
    public int VectorOnePassScan()
    {
        ReadOnlySpan<byte> s = _line;
        Span<int> commas = _commas;
        int n = 0, star = -1;
        // Sentences are at most a few dozen bytes: up to three 32-byte blocks, each giving a bit mask of ',' and '*'.
        for (int block = 0; block < s.Length && star < 0; block += 32)
        {
            uint commaMask, starMask;
            if (block + 32 <= s.Length)
            {
                var v = Vector256.Create(s.Slice(block, 32));
                commaMask = Vector256.Equals(v, Vector256.Create((byte)',')).ExtractMostSignificantBits();
                starMask = Vector256.Equals(v, Vector256.Create((byte)'*')).ExtractMostSignificantBits();
            }
            else
            {
                commaMask = starMask = 0;
                for (int i = block; i < s.Length; i++)
                {
                    if (s[i] == (byte)',') commaMask |= 1u << (i - block);
                    else if (s[i] == (byte)'*') starMask |= 1u << (i - block);
                }
            }
            if (starMask != 0)
            {
                int firstStar = BitOperations.TrailingZeroCount(starMask);
                star = block + firstStar;
                commaMask &= (1u << firstStar) - 1;
            }
            while (commaMask != 0 && n < commas.Length)
            {
                commas[n++] = block + BitOperations.TrailingZeroCount(commaMask);
                commaMask &= commaMask - 1;
            }
        }
        if (star < 0 || n != 6 || star + 3 > s.Length) return -1;
        if (NmeaChecksum.ParseHex2(s[star + 1], s[star + 2]) != NmeaChecksum.Compute(s[1..star])) return -1;
        return commas[5] - commas[4] - 1;
    }
}
