using System.Globalization;

namespace Picket.Ais.Csv;

/// <summary>Lenient field parsing shared by the layouts: empty, "Unknown" and "NaN" are "not available".</summary>
internal static class CsvValues
{
    public static bool IsMissing(ReadOnlySpan<char> s) =>
        s.IsWhiteSpace() || s.Equals("Unknown", StringComparison.OrdinalIgnoreCase) || s.Equals("NaN", StringComparison.OrdinalIgnoreCase)
        || s.Equals("Undefined", StringComparison.OrdinalIgnoreCase);

    public static double? Double(ReadOnlySpan<char> s) =>
        !IsMissing(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : null;

    public static int? Int(ReadOnlySpan<char> s)
    {
        if (IsMissing(s)) return null;
        if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)) return v;
        // Some exports write integers as floats ("511.0").
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue ? (int)d : null;
    }

    /// <summary>IMO as a number, with or without the "IMO" prefix; 0 is not available.</summary>
    public static int? Imo(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.StartsWith("IMO", StringComparison.OrdinalIgnoreCase)) s = s[3..].Trim();
        int? v = Int(s);
        return v is > 0 ? v : null;
    }

    public static string? Text(ReadOnlySpan<char> s) => IsMissing(s) ? null : s.Trim().ToString();

    /// <summary>An MMSI: nine digits at most.</summary>
    public static bool TryMmsi(ReadOnlySpan<char> s, out uint mmsi) =>
        uint.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out mmsi) && mmsi <= 999_999_999;

    /// <summary>Speed over ground in knots; 102.3 (AIS "not available") and negative values become null.</summary>
    public static double? Speed(ReadOnlySpan<char> s) => Double(s) is double v && v is >= 0 and < 102.3 ? v : null;

    /// <summary>Course over ground in degrees; 360 (AIS "not available") and beyond become null.</summary>
    public static double? Course(ReadOnlySpan<char> s) => Double(s) is double v && v is >= 0 and < 360 ? v : null;

    /// <summary>True heading in degrees; 511 (AIS "not available") becomes null.</summary>
    public static int? Heading(ReadOnlySpan<char> s) => Int(s) is int v && v is >= 0 and < 360 ? v : null;

    /// <summary>Latitude/longitude in range, else null (exports carry 91/181 and garbage too).</summary>
    public static double? Latitude(ReadOnlySpan<char> s) => Double(s) is double v && v is >= -90 and <= 90 ? v : null;
    public static double? Longitude(ReadOnlySpan<char> s) => Double(s) is double v && v is >= -180 and <= 180 ? v : null;
}
