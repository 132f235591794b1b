using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Picket.Ais.Payload;

/// <summary>Reads big-endian bit fields from a packed AIS payload (ITU-R M.1371: most significant bit first).</summary>
/// <remarks>
/// The payload bytes must be followed by at least 8 bytes of zero padding, so any field of up to 57 bits can be read
/// with one unaligned 64-bit load. <see cref="AisPayload"/> guarantees this. Fields past <see cref="BitLength"/> read as zero,
/// which is how over-short messages from real transmitters are tolerated.
/// </remarks>
public readonly ref struct BitReader
{
    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>Number of payload bits, excluding fill bits.</summary>
    public int BitLength { get; }

    internal BitReader(ReadOnlySpan<byte> paddedBytes, int bitLength)
    {
        _bytes = paddedBytes;
        BitLength = bitLength;
    }

    /// <summary>An unsigned field of 1–57 bits at a 0-based bit offset.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint UInt(int offset, int length) => (uint)ULong(offset, length);

    /// <summary>An unsigned field of 1–57 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ULong(int offset, int length)
    {
        int byteIndex = offset >> 3;
        if ((uint)(byteIndex + 8) > (uint)_bytes.Length) return SlowULong(offset, length);
        ulong word = BinaryPrimitives.ReadUInt64BigEndian(_bytes.Slice(byteIndex, 8));
        return (word << (offset & 7)) >> (64 - length);
    }

    private ulong SlowULong(int offset, int length)
    {
        ulong value = 0;
        for (int i = 0; i < length; i++)
        {
            int bit = offset + i;
            int b = bit >> 3;
            int v = b < _bytes.Length ? (_bytes[b] >> (7 - (bit & 7))) & 1 : 0;
            value = (value << 1) | (uint)v;
        }
        return value;
    }

    /// <summary>A two's-complement signed field of 2–57 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Int(int offset, int length)
    {
        ulong raw = ULong(offset, length);
        return (int)((long)(raw << (64 - length)) >> (64 - length));
    }

    /// <summary>A single-bit flag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Bool(int offset) => ULong(offset, 1) != 0;

    /// <summary>
    /// Decodes a six-bit text field of up to <paramref name="maxChars"/> characters, stopping at the payload end,
    /// and trims trailing '@' padding and spaces (ITU-R M.1371-5 §3.3.7). Returns the empty string when nothing is left.
    /// </summary>
    public string Text(int offset, int maxChars)
    {
        Span<char> buffer = stackalloc char[64];
        int n = TextTo(offset, maxChars, buffer);
        return n == 0 ? string.Empty : new string(buffer[..n]);
    }

    /// <summary>Decodes a trimmed six-bit text field into <paramref name="destination"/> without allocating; returns its length.</summary>
    public int TextTo(int offset, int maxChars, Span<char> destination)
    {
        int available = Math.Max(0, (BitLength - offset) / 6);
        int count = Math.Min(Math.Min(maxChars, available), destination.Length);
        int last = 0;
        for (int i = 0; i < count; i++)
        {
            char c = SixBit.ToText((int)ULong(offset + 6 * i, 6));
            destination[i] = c;
            if (c != '@' && c != ' ') last = i + 1;
        }
        // Everything after the first '@' is padding by the standard, though some transmitters put garbage there;
        // gpsd stops at the first '@', and so do we, but only when it is followed by padding alone.
        int at = destination[..last].IndexOf('@');
        if (at >= 0 && destination[at..last].IndexOfAnyExcept('@', ' ') < 0) last = at;
        while (last > 0 && destination[last - 1] == ' ') last--;
        return last;
    }
}
