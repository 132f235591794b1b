namespace Picket.Ais.Payload;

/// <summary>Converts between the armoured ASCII payload of an NMEA sentence and packed bits (IEC 61162-1 §8.2.4).</summary>
public static class PayloadArmor
{
    /// <summary>Bytes of zero padding the packer leaves after the payload, so <see cref="BitReader"/> can read 64 bits anywhere.</summary>
    public const int Padding = 8;

    /// <summary>The packed size needed for <paramref name="armoredChars"/> characters, padding included.</summary>
    public static int PackedSize(int armoredChars) => ((armoredChars * 6 + 7) >> 3) + Padding;

    /// <summary>
    /// Packs armoured characters into big-endian bits. Returns false when a character is outside the armouring alphabet.
    /// <paramref name="destination"/> must hold <see cref="PackedSize"/> bytes; the padding is zeroed; bytes beyond it are left as they were.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryPack(ReadOnlySpan<byte> armored, Span<byte> destination)
    {
        int i = 0, o = 0;
        // Four characters carry 24 bits: three whole bytes, no shifting across iterations.
        for (; i + 4 <= armored.Length; i += 4, o += 3)
        {
            uint a = SixBit.Dearmor(armored[i]), b = SixBit.Dearmor(armored[i + 1]);
            uint c = SixBit.Dearmor(armored[i + 2]), d = SixBit.Dearmor(armored[i + 3]);
            if ((a | b | c | d) > 63) return false;
            uint w = (a << 18) | (b << 12) | (c << 6) | d;
            destination[o] = (byte)(w >> 16);
            destination[o + 1] = (byte)(w >> 8);
            destination[o + 2] = (byte)w;
        }
        int rest = armored.Length - i;
        uint tail = 0;
        for (int k = 0; k < rest; k++)
        {
            uint v = SixBit.Dearmor(armored[i + k]);
            if (v > 63) return false;
            tail = (tail << 6) | v;
        }
        // Zero the tail and the padding only: a field read may run up to 64 bits past the payload, never further, so a
        // large reused buffer need not be cleared whole for every message.
        destination[o..Math.Min(destination.Length, PackedSize(armored.Length))].Clear();
        if (rest > 0)
        {
            tail <<= (4 - rest) * 6;
            destination[o] = (byte)(tail >> 16);
            if (rest > 1) destination[o + 1] = (byte)(tail >> 8);
            if (rest > 2) destination[o + 2] = (byte)tail;
        }
        return true;
    }

    /// <summary>The index of the first character outside the armouring alphabet, or -1.</summary>
    internal static int IndexOfInvalid(ReadOnlySpan<byte> armored)
    {
        for (int i = 0; i < armored.Length; i++)
            if (SixBit.Dearmor(armored[i]) > 63) return i;
        return -1;
    }

    /// <summary>Armours <paramref name="bitLength"/> bits; returns the number of characters written and the fill bits needed.</summary>
    public static int Armor(ReadOnlySpan<byte> bits, int bitLength, Span<byte> destination, out int fillBits)
    {
        int chars = (bitLength + 5) / 6;
        fillBits = chars * 6 - bitLength;
        for (int i = 0; i < chars; i++)
        {
            int value = 0;
            for (int k = 0; k < 6; k++)
            {
                int bit = i * 6 + k;
                int v = bit < bitLength ? (bits[bit >> 3] >> (7 - (bit & 7))) & 1 : 0;
                value = (value << 1) | v;
            }
            destination[i] = SixBit.Armor(value);
        }
        return chars;
    }
}
