using System.Globalization;

namespace Picket.Screening.Batch;

/// <summary>
/// Neutralises CSV cells that a spreadsheet would run as a formula (OWASP, "CSV Injection"): a cell beginning with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, which spreadsheets
/// show as text.
/// </summary>
/// <remarks>
/// Names come from sanctions lists and from AIS, which anyone can transmit; <c>=HYPERLINK(…)</c> in a vessel name must
/// not become a live link in an analyst's workbook. A plain number (<c>-12.5</c>) is left alone: it is not a formula,
/// and prefixing it would turn data into text. It lives here, the lowest library that writes CSV of untrusted names
/// through a general CSV writer (Picket.Ais's decoded-message CSV applies the same rule on its own byte path).
/// </remarks>
public static class SpreadsheetSafe
{
    /// <summary>The cell as a spreadsheet will show it as text: <paramref name="value"/>, apostrophe-prefixed when it would start a formula; "" for null.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return value;
        if (value[0] is '-' or '+' && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return value;
        return "'" + value;
    }
}
