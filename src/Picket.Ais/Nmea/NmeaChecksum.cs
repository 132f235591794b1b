using System.Runtime.InteropServices;

namespace Picket.Ais.Nmea;

/// <summary>The NMEA 0183 checksum: XOR of every byte between the start delimiter and '*' (IEC 61162-1 §7.2.4), written as two hex digits.</summary>
public static class NmeaChecksum
{
    /// <summary>XOR of all bytes, eight at a time.</summary>
    public static byte Compute(ReadOnlySpan<byte> body)
    {
        ulong acc = 0;
        int i = 0;
        for (; i + 8 <= body.Length; i += 8) acc ^= MemoryMarshal.Read<ulong>(body[i..]);
        acc ^= acc >> 32; acc ^= acc >> 16; acc ^= acc >> 8;
        byte x = (byte)acc;
        for (; i < body.Length; i++) x ^= body[i];
        return x;
    }

    /// <summary>Parses two hex digits, either case; -1 when they are not hex.</summary>
    public static int ParseHex2(byte hi, byte lo)
    {
        int h = HexValue(hi), l = HexValue(lo);
        return (h | l) < 0 ? -1 : (h << 4) | l;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };

    /// <summary>Upper-case hex digit for a nibble.</summary>
    public static byte HexDigit(int nibble) => (byte)"0123456789ABCDEF"[nibble & 15];
}
