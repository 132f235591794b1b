using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Picket.Ais.Payload;

/// <summary>Reads big-endian bit fields from a packed AIS payload (ITU-R M.1371: most significant bit first).</summary>
/// <remarks>
/// The payload bytes must be followed by at least 8 bytes of zero padding, so any field of up to 57 bits can be read
/// with one unaligned 64-bit load. <see cref="AisPayload"/> guarantees this. Fields past <see cref="BitLength"/> read as zero,
/// which is how over-short messages from real transmitters are tolerated.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "UInt, ULong and Int say the width and signedness of the field read, as BinaryPrimitives.ReadUInt32 does; every message reader calls them and they are published API.")]
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

    /// <summary>
    /// True when the field lies wholly inside the payload. Transmitters cut messages a few bits short; a field they did
    /// not send is absent (null), not zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int offset, int length) => offset + length <= BitLength;

    /// <summary>An unsigned field, or null when the payload ends before the field does.</summary>
    public uint? UIntIfPresent(int offset, int length) => Has(offset, length) ? UInt(offset, length) : null;

    /// <summary>A flag, or null when the payload ends before it.</summary>
    public bool? BoolIfPresent(int offset) => Has(offset, 1) ? Bool(offset) : null;

    /// <summary>A single-bit flag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Bool(int offset) => ULong(offset, 1) != 0;

    /// <summary>
    /// Decodes a six-bit text field of up to <paramref name="maxChars"/> characters, stopping at the payload end,
    /// and trims trailing '@' padding and spaces (ITU-R M.1371-5 §3.3.7). Returns the empty string when nothing is left.
    /// </summary>
    public string Text(int offset, int maxChars)
    {
        // Names are at most 20 characters; safety texts (types 12 and 14) up to 161.
        var buffer = maxChars <= 64 ? stackalloc char[64] : stackalloc char[Math.Min(maxChars, 256)];
        int n = TextTo(offset, maxChars, buffer);
        return n == 0 ? string.Empty : TextCache.Get(buffer[..n]);
    }

    /// <summary>
    /// Decodes a six-bit text field up to its first '@' (padding) without trimming spaces, for fields that another field
    /// continues (the type 21 name and its extension). Returns the number of characters written.
    /// </summary>
    public int RawTextTo(int offset, int maxChars, Span<char> destination)
    {
        int available = Math.Max(0, (BitLength - offset) / 6);
        int count = Math.Min(Math.Min(maxChars, available), destination.Length);
        for (int i = 0; i < count; i++)
        {
            char c = SixBit.ToText((int)ULong(offset + 6 * i, 6));
            if (c == '@') return i;
            destination[i] = c;
        }
        return count;
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
            if (c is not '@' and not ' ') last = i + 1;
        }
        // '@' (six-bit 0) is padding by the standard (ITU-R M.1371-5 Table 47): the text ends at the first one, and
        // whatever a transmitter left after it is not part of the name (gpsd and pyais read it so too).
        int at = destination[..last].IndexOf('@');
        if (at >= 0) last = at;
        while (last > 0 && destination[last - 1] == ' ') last--;
        return last;
    }
}
