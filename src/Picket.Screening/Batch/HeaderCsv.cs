using nietras.SeparatedValues;

namespace Picket.Screening.Batch;

/// <summary>
/// Header-driven CSV in and out for batch screening and pair scoring. Columns are found by name (case-insensitive), so
/// analysts can keep their own extra columns; output quotes fields per RFC 4180, so a name holding commas, quotes or
/// line breaks stays one field.
/// </summary>
internal static class HeaderCsv
{
    public static SepReader Reader(TextReader input) =>
        Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(input);

    public static SepWriter Writer(TextWriter output) => Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);

    /// <summary>Index of column <paramref name="name"/> in the header, or -1.</summary>
    public static int Column(SepReaderHeader header, string name)
    {
        for (var i = 0; i < header.ColNames.Count; i++)
        {
            if (string.Equals(header.ColNames[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The cell, or null when the row is shorter than the header (a ragged row) or the column is absent.</summary>
    public static string? Cell(SepReader.Row row, int column) =>
        column >= 0 && column < row.ColCount ? row[column].ToString() : null;

    /// <summary>The text, trimmed; null when blank.</summary>
    public static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
