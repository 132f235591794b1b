using System.Globalization;
using nietras.SeparatedValues;
using Picket.Screening.Sources;
using Picket.Screening.Matching;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket screen --csv FILE</c>: one query per row (columns <c>name</c> and optionally <c>schema</c>, <c>imo</c>,
/// <c>mmsi</c>, <c>call_sign</c>), streamed; the best match per row, or every match with <c>--all</c>, as CSV (or JSON
/// lines with <c>--json</c>). Rows that cannot be screened are kept in the output with an <c>error</c> and counted.
/// </summary>
internal static class ScreenBatch
{
    static readonly string[] OutputColumns =
        ["row", "name", "schema", "imo", "mmsi", "rank", "score", "list", "id", "entity_schema", "caption", "matched_name", "explanation", "error"];

    public static Task<int> RunAsync(string file, ScreenSettings settings, string? outPath)
    {
        TextWriter? output = null;
        try
        {
            using var reader = CsvInput.Open(file, out var limiter);
            int name = CsvInput.Column(reader.Header, "name"), schema = CsvInput.Column(reader.Header, "schema");
            int imo = CsvInput.Column(reader.Header, "imo"), mmsi = CsvInput.Column(reader.Header, "mmsi");
            int callSign = CsvInput.Column(reader.Header, "call_sign");
            if (name < 0 && imo < 0 && mmsi < 0)
            {
                Console.Error.WriteLine($"picket screen: {file}: the header must name a column 'name' (and may add 'schema', 'imo', 'mmsi'); found: {string.Join(",", reader.Header.ColNames)}");
                return Task.FromResult(ExitCodes.InputError);
            }

            output = CsvInput.OpenOutput(outPath);
            using var csv = settings.Json ? null : CsvInput.Writer(output);
            long rows = 0, matched = 0, bad = 0;
            foreach (var row in reader)
            {
                rows++;
                var schemaText = CsvInput.Cell(row, schema);
                var query = new ScreeningQuery(Blank(CsvInput.Cell(row, name)), ScreenQueries.ParseSchema(schemaText),
                    Blank(CsvInput.Cell(row, imo)), Blank(CsvInput.Cell(row, mmsi)), Blank(CsvInput.Cell(row, callSign)));
                var error = Check(query, schemaText);
                IReadOnlyList<ScreeningResult> results = error is null ? settings.Screener.Screen(query, settings.Threshold, settings.All ? settings.Limit : 1) : [];
                bad += error is null ? 0 : 1;
                matched += results.Count > 0 ? 1 : 0;
                if (csv is null)
                {
                    output.WriteLine(ScreenQueries.ToJson(query, results, rows, error));
                }
                else
                {
                    Write(csv, rows, query, results, error);
                }
            }

            csv?.Flush();
            output.Flush();
            if (CsvInput.SkippedRows("screen", file, limiter) is { } skipped) Console.Error.WriteLine(skipped);
            Console.Error.WriteLine($"rows: {rows}, with a match at or above {settings.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}: {matched}, not screened (bad row): {bad}");
            return Task.FromResult(ExitCodes.Ok);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            Console.Error.WriteLine($"picket screen: cannot read {file}: {ex.Message}");
            return Task.FromResult(ExitCodes.InputError);
        }
        finally
        {
            if (outPath is not null)
            {
                output?.Dispose();
            }
        }
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static string? Check(ScreeningQuery q, string? schemaText)
    {
        if (q.Name is null && q.Imo is null && q.Mmsi is null && q.CallSign is null)
        {
            return "no name or identifier";
        }

        return !string.IsNullOrWhiteSpace(schemaText) && q.Schema is null
            ? $"unknown schema (use {string.Join(", ", ScreenQueries.SchemaNames)})"
            : null;
    }

    static void Write(SepWriter csv, long rowNumber, ScreeningQuery q, IReadOnlyList<ScreeningResult> results, string? error)
    {
        if (results.Count == 0)
        {
            WriteRow(csv, rowNumber, q, 0, null, error);
        }

        for (var i = 0; i < results.Count; i++)
        {
            WriteRow(csv, rowNumber, q, i + 1, results[i], error);
        }
    }

    static void WriteRow(SepWriter csv, long rowNumber, ScreeningQuery q, int rank, ScreeningResult? r, string? error)
    {
        using var row = csv.NewRow();
        string?[] values =
        [
            rowNumber.ToString(CultureInfo.InvariantCulture), q.Name, q.Schema?.ToString(), q.Imo, q.Mmsi,
            r is null ? null : rank.ToString(CultureInfo.InvariantCulture), r is null ? null : ScreenQueries.Score(r.Score),
            r is null ? null : OfficialLists.FolderFor(r.Entity.Source), r?.Entity.Id, r?.Entity.Schema.ToString(), r?.Entity.Caption,
            r?.MatchedName, r is null ? null : string.Join("; ", r.Explanation), error,
        ];
        for (var i = 0; i < OutputColumns.Length; i++)
        {
            row[OutputColumns[i]].Set(SpreadsheetSafe.Cell(values[i]));
        }
    }
}
