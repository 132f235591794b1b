using System.Buffers.Text;
using Picket.Ais;
using Picket.Ais.Nmea;

namespace Picket.Testing.Live;

/// <summary>
/// A recorded NMEA feed served round and round for as long as a soak runs, each round a new stretch of time with a
/// new fleet: round k moves every IEC 61162-450 tag-block time (<c>c:</c>) on by k × (the recording's span + a
/// minute), so time only moves forward, and gives every vessel a new MMSI within its own MID (the flag stays, so a
/// DPRK-flagged ship is still one), so the vessels of one round fall silent and new ones appear in the next — the
/// watcher's per-vessel state cannot just saturate. Both checksums (tag block and sentence, IEC 61162-1 §7.2.3 XOR)
/// are recomputed; a line that came with a wrong checksum keeps exactly its error.
/// </summary>
public sealed class LoopedRecording
{
    private readonly byte[] _bytes;
    private readonly int[] _starts; // line i is _bytes[_starts[i] .. _starts[i + 1]) including its '\n'

    private LoopedRecording(byte[] bytes, int[] starts, long spanSeconds)
    {
        _bytes = bytes;
        _starts = starts;
        ShiftSeconds = spanSeconds + 60;
    }

    /// <summary>Lines in one round.</summary>
    public int Lines => _starts.Length - 1;

    /// <summary>Seconds every round moves the times on.</summary>
    public long ShiftSeconds { get; }

    /// <summary>How the recording itself decodes, once through (its own corrupt lines, lost fragments…), by reason.</summary>
    public DecodeStatistics Baseline { get; } = new();

    /// <summary>Reads an NMEA file (up to 2 GB) and decodes it once for <see cref="Baseline"/>.</summary>
    public static LoopedRecording Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var starts = new List<int>(bytes.Length / 64) { 0 };
        long first = long.MaxValue, last = long.MinValue;
        for (int i = 0; i < bytes.Length;)
        {
            int n = bytes.AsSpan(i).IndexOf((byte)'\n');
            int end = n < 0 ? bytes.Length : i + n + 1;
            if (TagTime(bytes.AsSpan(i, end - i), out _, out _, out long t))
            {
                first = Math.Min(first, t);
                last = Math.Max(last, t);
            }
            starts.Add(end);
            i = end;
        }
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n') throw new InvalidDataException($"{path}: the last line has no end");
        var recording = new LoopedRecording(bytes, [.. starts], first <= last ? last - first : 0);
        var decoder = new AisDecoder();
        for (int i = 0; i < recording.Lines; i++) decoder.Decode(recording.Line(i), out _);
        recording.Baseline.Add(decoder.Statistics);
        return recording;
    }

    /// <summary>Line i as recorded, with its line end.</summary>
    public ReadOnlySpan<byte> Line(int i) => _bytes.AsSpan(_starts[i], _starts[i + 1] - _starts[i]);

    /// <summary>True when line i is the last (or only) sentence of its message.</summary>
    public bool EndsMessage(int i)
    {
        var line = Line(i);
        int bang = line.IndexOf((byte)'!');
        if (bang < 0 || line.Length < bang + 11) return true;
        var s = line[bang..];
        // !AIVDM,N,k,… with one-digit N and k, as every real sentence has (ITU-R M.1371-5 caps a message at 5 slots).
        return s[7] == s[9];
    }

    /// <summary>Writes line i as round <paramref name="round"/> sends it into <paramref name="into"/>; returns the bytes written (at most the line's length + 16).</summary>
    public int Write(int i, int round, Span<byte> into)
    {
        var line = Line(i);
        if (round == 0 || !TagTime(line, out int digits, out int digitCount, out long seconds))
        {
            line.CopyTo(into);
            return line.Length;
        }
        int tagEnd = line[1..].IndexOf((byte)'\\') + 1; // the closing backslash
        int star = line[..tagEnd].LastIndexOf((byte)'*');
        // Tag block: the part before c:'s digits, the new time, the rest up to '*', then the checksum kept as wrong as it was.
        int w = 0;
        line[..digits].CopyTo(into);
        w += digits;
        Utf8Formatter.TryFormat(seconds + (long)round * ShiftSeconds, into[w..], out int written);
        w += written;
        int afterDigits = digits + digitCount;
        if (star < 0 || star < afterDigits)
        {
            // No checksum to keep right: copy the rest as it is.
            line[afterDigits..].CopyTo(into[w..]);
            return w + line.Length - afterDigits;
        }
        line[afterDigits..star].CopyTo(into[w..]);
        w += star - afterDigits;
        byte oldTag = Xor(line[1..star]);
        byte newTag = Xor(into[1..w]);
        into[w++] = (byte)'*';
        if (!TryHex(line[(star + 1)..], out byte givenTag)) givenTag = oldTag;
        Hex((byte)(givenTag ^ oldTag ^ newTag), into[w..]);
        w += 2;
        line[tagEnd..].CopyTo(into[w..]); // the closing backslash, then the sentence
        int sentenceAt = w + 1;
        int total = w + line.Length - tagEnd;
        RenumberVessel(into[sentenceAt..total], round);
        return total;
    }

    /// <summary>Gives the first sentence of a message a new MMSI (same MID) for the round; fixes its checksum.</summary>
    private static void RenumberVessel(Span<byte> sentence, int round)
    {
        if (sentence.Length < 20 || sentence[0] != (byte)'!' || sentence[9] != (byte)'1') return;
        int field = 0, payload = -1;
        for (int k = 0; k < sentence.Length && field < 5; k++)
            if (sentence[k] == (byte)',' && ++field == 5) payload = k + 1;
        int star = sentence.LastIndexOf((byte)'*');
        if (payload < 0 || star < payload + 7 || !TryHex(sentence[(star + 1)..], out byte given)) return;
        var p = sentence[payload..];
        Span<int> v = stackalloc int[7];
        for (int k = 0; k < 7; k++)
            if ((v[k] = Sixbit(p[k])) < 0) return;
        // MMSI: bits 8–37 of every message (ITU-R M.1371-5 Annex 8 §3): the low 4 bits of character 1, characters 2–5, the top 2 bits of character 6.
        long mmsi = ((long)(v[1] & 0xF) << 26) | ((long)v[2] << 20) | ((long)v[3] << 14) | ((long)v[4] << 8) | ((long)v[5] << 2) | ((long)v[6] >> 4);
        if (mmsi < 200_000_000 || mmsi > 799_999_999) return; // ships only; base stations, SAR and AtoNs keep theirs
        long renumbered = mmsi / 1_000_000 * 1_000_000 + (mmsi % 1_000_000 + (long)round * 104_729) % 1_000_000;
        byte old = Xor(sentence[1..star]);
        v[1] = (v[1] & 0x30) | (int)((renumbered >> 26) & 0xF);
        v[2] = (int)((renumbered >> 20) & 0x3F);
        v[3] = (int)((renumbered >> 14) & 0x3F);
        v[4] = (int)((renumbered >> 8) & 0x3F);
        v[5] = (int)((renumbered >> 2) & 0x3F);
        v[6] = (v[6] & 0x0F) | (int)((renumbered & 0x3) << 4);
        for (int k = 1; k < 7; k++) p[k] = Armor(v[k]);
        Hex((byte)(given ^ old ^ Xor(sentence[1..star])), sentence[(star + 1)..]);
    }

    /// <summary>Finds the tag block's <c>c:</c> time (UNIX seconds): where its digits start, how many, and the value.</summary>
    private static bool TagTime(ReadOnlySpan<byte> line, out int digits, out int count, out long seconds)
    {
        digits = count = 0;
        seconds = 0;
        if (line.Length < 4 || line[0] != (byte)'\\') return false;
        int end = line[1..].IndexOf((byte)'\\') + 1;
        if (end <= 0) return false;
        var tag = line[..end];
        int c = tag.IndexOf("c:"u8);
        if (c < 1 || (tag[c - 1] != (byte)'\\' && tag[c - 1] != (byte)',')) return false;
        digits = c + 2;
        while (digits + count < tag.Length && (uint)(tag[digits + count] - '0') <= 9) count++;
        // Ten digits are seconds; thirteen would be milliseconds, which this does not shift.
        return count == 10 && Utf8Parser.TryParse(tag.Slice(digits, count), out seconds, out _);
    }

    private static byte Xor(ReadOnlySpan<byte> s)
    {
        byte x = 0;
        foreach (byte b in s) x ^= b;
        return x;
    }

    private static bool TryHex(ReadOnlySpan<byte> s, out byte value)
    {
        value = 0;
        if (s.Length < 2 || HexDigit(s[0]) is not (>= 0 and var hi) || HexDigit(s[1]) is not (>= 0 and var lo)) return false;
        value = (byte)(hi << 4 | lo);
        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    private static void Hex(byte value, Span<byte> into)
    {
        into[0] = (byte)"0123456789ABCDEF"[value >> 4];
        into[1] = (byte)"0123456789ABCDEF"[value & 0xF];
    }

    // Payload armouring, ITU-R M.1371-5 Annex 8 §3.1: '0'..'W' and '`'..'w' carry 0..63.
    private static int Sixbit(byte c) => c is >= (byte)'0' and <= (byte)'W' ? c - '0' : c is >= (byte)'`' and <= (byte)'w' ? c - '0' - 8 : -1;

    private static byte Armor(int v) => (byte)(v < 40 ? v + '0' : v + '0' + 8);
}
