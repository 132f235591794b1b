using nietras.SeparatedValues;

namespace Picket.Cli.Commands;

/// <summary>
/// Header-driven CSV in and out for <c>screen --csv</c> and <c>match --pairs</c>. Columns are found by name (case-
/// insensitive), so analysts can keep their own extra columns. Output quotes fields per RFC 4180 (Sep's Escape), so
/// a name holding commas, quotes or line breaks stays one field.
/// </summary>
internal static class CsvInput
{
    public static SepReader Open(string path) =>
        Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);

    public static SepWriter Writer(TextWriter output) => Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);

    /// <summary>Index of column <paramref name="name"/> in the header, or -1.</summary>
    public static int Column(SepReaderHeader header, string name)
    {
        for (var i = 0; i < header.ColNames.Count; i++)
        {
            if (string.Equals(header.ColNames[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The cell, or null when the row is shorter than the header (a ragged row) or the column is absent.</summary>
    public static string? Cell(SepReader.Row row, int column) =>
        column >= 0 && column < row.ColCount ? row[column].ToString() : null;

    /// <summary>The output stream: standard output, or a new file.</summary>
    public static TextWriter OpenOutput(string? path) => path is null ? Console.Out : new StreamWriter(path);
}
