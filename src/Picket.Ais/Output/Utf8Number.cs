using System.Globalization;
using System.Runtime.CompilerServices;

namespace Picket.Ais.Output;

/// <summary>
/// Number formatting for the output writers, by hand: every message has a dozen numbers, and the general formatters
/// (culture-aware, shortest round-trip for doubles) were most of the cost of writing JSON and CSV.
/// </summary>
internal static class Utf8Number
{
    private static ReadOnlySpan<byte> Pairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes a signed integer; returns the bytes written (at most 20). <paramref name="d"/> must have 20 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Integer(long value, Span<byte> d)
    {
        if ((ulong)value < 10) { d[0] = (byte)('0' + value); return 1; }
        if (value >= 0) return Unsigned((ulong)value, d);
        d[0] = (byte)'-';
        return 1 + Unsigned(value == long.MinValue ? 9223372036854775808UL : (ulong)-value, d[1..]);
    }

    private static int Unsigned(ulong v, Span<byte> d)
    {
        int n = CountDigits(v);
        int i = n;
        while (v >= 100)
        {
            ulong q = v / 100;
            int r = (int)(v - q * 100) * 2;
            d[--i] = Pairs[r + 1];
            d[--i] = Pairs[r];
            v = q;
        }
        if (v >= 10) { int r = (int)v * 2; d[--i] = Pairs[r + 1]; d[--i] = Pairs[r]; }
        else d[--i] = (byte)('0' + v);
        return n;
    }

    private static int CountDigits(ulong v)
    {
        int n = 1;
        while (v >= 10_000) { v /= 10_000; n += 4; }
        if (v >= 10) n++;
        if (v >= 100) n++;
        if (v >= 1000) n++;
        return n;
    }

    /// <summary>
    /// Writes <paramref name="value"/> rounded to six decimals, without trailing zeros ("38.123457", "-0.5", "12").
    /// Six decimals are finer than any AIS resolution (1/10 000 minute is 0.0000017°). Returns the bytes written
    /// (at most 32).
    /// </summary>
    public static int Decimal6(double value, Span<byte> d)
    {
        double scaled = Math.Round(value * 1e6);
        if (!(Math.Abs(scaled) < 9e15))
        {
            Math.Round(value, 6).TryFormat(d, out int m, default, CultureInfo.InvariantCulture);
            return m;
        }
        long v = (long)scaled;
        int n = 0;
        if (v < 0) { d[n++] = (byte)'-'; v = -v; }
        long whole = v / 1_000_000;
        n += Integer(whole, d[n..]);
        int frac = (int)(v - whole * 1_000_000);
        if (frac == 0) return n;
        d[n++] = (byte)'.';
        int digits = 6;
        while (frac % 10 == 0) { frac /= 10; digits--; }
        for (int i = digits - 1; i >= 0; i--) { d[n + i] = (byte)('0' + frac % 10); frac /= 10; }
        return n + digits;
    }
}
