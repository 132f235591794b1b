namespace Picket.Core.Vessels;

/// <summary>
/// An IMO ship identification number: seven digits naming a hull for its whole life, whatever its MMSI, name or
/// flag (IMO Res. A.1078(28)). Contrast <see cref="Mmsi"/>, which names a radio. The last digit is a check digit:
/// digits 1–6 weighted 7,6,5,4,3,2, summed, last digit of the sum (e.g. 8660313: 133 → 3).
/// </summary>
public readonly record struct ImoNumber
{
    /// <summary>The seven-digit number, check digit included (1000000–9999999 with a valid check digit).</summary>
    public int Value { get; }

    private ImoNumber(int value) => Value = value;

    /// <summary>Creates a checked number; throws for a bad check digit (API misuse). Untrusted input uses <see cref="TryCreate"/>.</summary>
    public static ImoNumber Create(int value) =>
        TryCreate(value, out var imo) ? imo : throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a valid IMO number.");

    /// <summary>Creates a number from untrusted input: false (and <paramref name="imo"/> default) when <paramref name="value"/> is not seven digits with a valid check digit.</summary>
    public static bool TryCreate(int value, out ImoNumber imo)
    {
        if (HasValidCheckDigit(value))
        {
            imo = new ImoNumber(value);
            return true;
        }
        imo = default;
        return false;
    }

    /// <summary>Parses "9074729" or "IMO 9074729" (case-insensitive prefix, as in sanctions lists).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ImoNumber imo)
    {
        text = text.Trim();
        if (text.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
            text = text[3..].TrimStart();
        if (text.Length == 7 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
            return TryCreate(v, out imo);
        imo = default;
        return false;
    }

    /// <summary>True when <paramref name="value"/> has seven digits and its check digit is right.</summary>
    public static bool HasValidCheckDigit(int value)
    {
        if (value is < 1_000_000 or > 9_999_999)
            return false;
        var sum = 0;
        var rest = value / 10;
        for (var weight = 2; weight <= 7; weight++)
        {
            sum += rest % 10 * weight;
            rest /= 10;
        }
        return sum % 10 == value % 10;
    }

    /// <summary>The seven digits without the <c>IMO</c> prefix, invariant culture.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
