using Picket.Ais.Csv;

namespace Picket.Cli.Commands;

/// <summary>
/// The file edge of <c>screen --csv</c> and <c>match --pairs</c>: opens the input behind a row-length bound and the
/// output (standard output or a new file); the libraries read and write the CSV itself.
/// </summary>
internal static class CsvInput
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading. Rows longer than <see cref="CsvRowLimiter.DefaultMaxRowChars"/> (a
    /// corrupt file, an unterminated quote) are skipped and counted in the limiter, never passed to the parser, which
    /// would throw on a row past 16 Mi characters; <see cref="SkippedRows"/> words the count for stderr.
    /// </summary>
    public static CsvRowLimiter Open(string path) => new(new StreamReader(path));

    /// <summary>The line to print about rows skipped for length, or null when there were none.</summary>
    public static string? SkippedRows(string command, string path, CsvRowLimiter limiter) =>
        limiter.DroppedRows == 0 ? null
            : $"picket {command}: {path}: {limiter.DroppedRows} row(s) longer than {limiter.MaxRowChars} characters skipped (unterminated quote or corrupt file?)";

    /// <summary>The output stream: standard output, or a new file.</summary>
    public static TextWriter OpenOutput(string? path) => path is null ? Console.Out : new StreamWriter(path);
}
