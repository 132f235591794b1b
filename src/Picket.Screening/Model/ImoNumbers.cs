namespace Picket.Screening.Model;

/// <summary>
/// Validation of the two 7-digit IMO number schemes. Lists quote both: hull numbers for vessels and
/// company numbers for shipping firms (UN KPe.022 "IMO Number: 5342883"), so a parser must not assume
/// every IMO number is a ship.
/// </summary>
public static class ImoNumbers
{
    /// <summary>
    /// Ship number check (IMO Res. A.1117(30)): digits 1–6 weighted 7,6,5,4,3,2; the sum mod 10 is digit 7.
    /// e.g. CHONG CHON GANG 7937317.
    /// </summary>
    public static bool IsValidShip(ReadOnlySpan<char> digits)
    {
        if (!IsSevenDigits(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (digits[i] - '0') * (7 - i);
        }

        return sum % 10 == digits[6] - '0';
    }

    /// <summary>
    /// Company/registered-owner number check (IMO Res. MSC.160(78) scheme, as implemented by
    /// opensanctions/rigour ids/imo.py): digits 1–6 weighted 8,6,4,2,9,7; (11 − sum mod 11) mod 10 is digit 7.
    /// e.g. Chongchongang Shipping 5342883.
    /// </summary>
    public static bool IsValidCompany(ReadOnlySpan<char> digits)
    {
        if (!IsSevenDigits(digits))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [8, 6, 4, 2, 9, 7];
        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return (11 - sum % 11) % 10 == digits[6] - '0';
    }

    /// <summary>
    /// Extracts the 7 digits from "IMO 9187629", "IMO9187629", "9187629". Returns false when the text
    /// does not hold exactly seven digits after an optional "IMO" prefix. Does not check the check digit.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<char> text, out string digits)
    {
        digits = "";
        var t = text.Trim();
        if (t.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
        {
            t = t[3..].TrimStart(" :.-".AsSpan());
        }

        if (!IsSevenDigits(t))
        {
            return false;
        }

        digits = t.ToString();
        return true;
    }

    static bool IsSevenDigits(ReadOnlySpan<char> s)
    {
        if (s.Length != 7)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
