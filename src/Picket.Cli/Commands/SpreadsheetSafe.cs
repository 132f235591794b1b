using System.Globalization;

namespace Picket.Cli.Commands;

/// <summary>
/// Neutralises CSV cells that a spreadsheet would run as a formula (OWASP, "CSV Injection"): a cell beginning with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, which spreadsheets
/// show as text. Names come from sanctions lists and from AIS, which anyone can transmit; <c>=HYPERLINK(…)</c> in a
/// vessel name must not become a live link in an analyst's workbook. A plain number (<c>-12.5</c>) is left alone:
/// it is not a formula, and prefixing it would turn data into text.
/// </summary>
internal static class SpreadsheetSafe
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return value;
        if (value[0] is '-' or '+' && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return value;
        return "'" + value;
    }
}
