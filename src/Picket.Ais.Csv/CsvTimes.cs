using System.Globalization;

namespace Picket.Ais.Csv;

/// <summary>
/// Reads the time cells of one file in the convention decided for it. A slashed date such as <c>1/2/2018</c> is
/// 1 February in Denmark and 2 January in the US; the file's own rows decide (a first number above 12 is a day, a
/// second above 12 is a month), and when none does, the layout's documented convention is used and reported as
/// assumed. ISO 8601 dates are read as such whatever the convention.
/// </summary>
internal sealed class CsvTimes(CsvDateOrder order)
{
    public CsvDateOrder Order { get; } = order;

    /// <summary>Slashed dates whose numbers contradict <see cref="Order"/> (a 13th month): counted as bad times.</summary>
    public long Contradicting { get; private set; }

    /// <summary>What a cell says about the convention: day-first, month-first, ISO, or <see cref="CsvDateOrder.Unknown"/>.</summary>
    public static CsvDateOrder Evidence(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (IsIso(s)) return CsvDateOrder.Iso;
        if (!TrySplit(s, out int first, out int second, out _, out _)) return CsvDateOrder.Unknown;
        return first > 12 && second <= 12 ? CsvDateOrder.DayFirst
            : second > 12 && first <= 12 ? CsvDateOrder.MonthFirst
            : CsvDateOrder.Unknown;
    }

    public bool TryParse(ReadOnlySpan<char> s, out DateTime utc)
    {
        s = s.Trim();
        utc = default;
        if (IsIso(s))
        {
            return DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc);
        }

        if (!TrySplit(s, out int first, out int second, out int year, out var rest)) return false;
        var (day, month) = Order == CsvDateOrder.MonthFirst ? (second, first) : (first, second);
        if (month > 12 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), Math.Clamp(month, 1, 12)))
        {
            Contradicting += month > 12 ? 1 : 0;
            return false;
        }

        if (year is < 1 or > 9999 || month < 1 || day < 1 || !TryTimeOfDay(rest, out var time)) return false;
        utc = DateTime.SpecifyKind(new DateTime(year, month, day) + time, DateTimeKind.Utc);
        return true;
    }

    /// <summary><c>yyyy-</c> at the start.</summary>
    private static bool IsIso(ReadOnlySpan<char> s) =>
        s.Length >= 10 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[4] == '-';

    /// <summary><c>a/b/yyyy</c> (or with '.' or '-'), then the rest of the cell.</summary>
    private static bool TrySplit(ReadOnlySpan<char> s, out int first, out int second, out int year, out ReadOnlySpan<char> rest)
    {
        first = second = year = 0;
        rest = default;
        int i = 0;
        if (!Number(s, ref i, 2, out first) || i >= s.Length || s[i] is not ('/' or '.' or '-')) return false;
        char separator = s[i++];
        if (!Number(s, ref i, 2, out second) || i >= s.Length || s[i] != separator) return false;
        i++;
        int start = i;
        if (!Number(s, ref i, 4, out year) || i - start != 4) return false;
        rest = s[i..];
        return true;
    }

    /// <summary><c>[ T]H:mm[:ss[.f…]]</c>: a position report needs its time of day, so a bare date is not read as midnight.</summary>
    private static bool TryTimeOfDay(ReadOnlySpan<char> s, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        if (s.IsEmpty || s[0] is not (' ' or 'T')) return false;
        s = s[1..].Trim();
        return TimeSpan.TryParseExact(s, [@"h\:mm", @"h\:mm\:ss", @"h\:mm\:ss\.FFFFFFF"], CultureInfo.InvariantCulture, out time)
            && time < TimeSpan.FromDays(1);
    }

    private static bool Number(ReadOnlySpan<char> s, ref int i, int maxDigits, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && i - start < maxDigits && char.IsAsciiDigit(s[i])) value = value * 10 + (s[i++] - '0');
        return i > start;
    }
}
