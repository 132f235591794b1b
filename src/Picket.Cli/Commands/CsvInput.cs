using nietras.SeparatedValues;
using Picket.Ais.Csv;

namespace Picket.Cli.Commands;

/// <summary>
/// Header-driven CSV in and out for <c>screen --csv</c> and <c>match --pairs</c>. Columns are found by name (case-
/// insensitive), so analysts can keep their own extra columns. Output quotes fields per RFC 4180 (Sep's Escape), so
/// a name holding commas, quotes or line breaks stays one field.
/// </summary>
internal static class CsvInput
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading by header. Rows longer than <see cref="CsvRowLimiter.DefaultMaxRowChars"/>
    /// (a corrupt file, an unterminated quote) are skipped and counted in <paramref name="limiter"/>, never passed to the
    /// parser, which would throw on a row past 16 Mi characters; <see cref="SkippedRows"/> words the count for stderr.
    /// </summary>
    public static SepReader Open(string path, out CsvRowLimiter limiter)
    {
        limiter = new CsvRowLimiter(new StreamReader(path));
        return Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(limiter);
    }

    /// <summary>The line to print about rows skipped for length, or null when there were none.</summary>
    public static string? SkippedRows(string command, string path, CsvRowLimiter limiter) =>
        limiter.DroppedRows == 0 ? null
            : $"picket {command}: {path}: {limiter.DroppedRows} row(s) longer than {limiter.MaxRowChars} characters skipped (unterminated quote or corrupt file?)";

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
