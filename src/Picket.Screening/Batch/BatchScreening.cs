using System.Globalization;
using nietras.SeparatedValues;
using Picket.Screening.Matching;
using Picket.Screening.Sources;

namespace Picket.Screening.Batch;

/// <summary>How a batch of queries is screened and written.</summary>
/// <param name="Threshold">Lowest score reported.</param>
/// <param name="Limit">At most this many results per row when <paramref name="AllMatches"/> is set.</param>
/// <param name="AllMatches">Every result at or above the threshold per row instead of the best one.</param>
/// <param name="JsonLines">One JSON object per row (<see cref="ScreeningResultJson"/>) instead of CSV.</param>
public sealed record BatchScreeningOptions(double Threshold = 0.70, int Limit = 10, bool AllMatches = false, bool JsonLines = false);

/// <summary>What a batch run did: rows read, rows with a match, rows that could not be screened; or why the file was refused.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Matched">Rows with at least one result at or above the threshold.</param>
/// <param name="BadRows">Rows kept in the output with an <c>error</c> (no name or identifier, unknown schema).</param>
/// <param name="Problem">Why nothing was screened (a header without the needed columns, unreadable CSV), or null.</param>
public sealed record BatchScreeningSummary(long Rows, long Matched, long BadRows, string? Problem)
{
    /// <summary>True when the file was read to its end.</summary>
    public bool Completed => Problem is null;
}

/// <summary>
/// Screens a CSV of queries, one per row (columns <c>name</c> and optionally <c>schema</c>, <c>imo</c>, <c>mmsi</c>,
/// <c>call_sign</c>, found by header), streamed: the best match per row, or every match with
/// <see cref="BatchScreeningOptions.AllMatches"/>, as CSV (cells made spreadsheet-safe) or JSON lines. A row that
/// cannot be screened is kept in the output with an <c>error</c> and counted, never thrown.
/// </summary>
public static class BatchScreening
{
    static readonly string[] OutputColumns =
        ["row", "name", "schema", "imo", "mmsi", "rank", "score", "list", "id", "entity_schema", "caption", "matched_name", "explanation", "error"];

    /// <summary>
    /// Reads queries from <paramref name="queries"/>, screens each with <paramref name="screener"/> and writes the
    /// results to <paramref name="output"/> (flushed, not closed). Untrusted input: wrap a file's reader in a row-length
    /// bound (such as Picket.Ais.Csv's <c>CsvRowLimiter</c>) so that an unterminated quote cannot grow a row without end.
    /// </summary>
    public static BatchScreeningSummary Run(Screener screener, TextReader queries, TextWriter output, BatchScreeningOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        long rows = 0, matched = 0, bad = 0;
        try
        {
            using var reader = HeaderCsv.Reader(queries);
            int name = HeaderCsv.Column(reader.Header, "name"), schema = HeaderCsv.Column(reader.Header, "schema");
            int imo = HeaderCsv.Column(reader.Header, "imo"), mmsi = HeaderCsv.Column(reader.Header, "mmsi");
            int callSign = HeaderCsv.Column(reader.Header, "call_sign");
            if (name < 0 && imo < 0 && mmsi < 0 && callSign < 0)
            {
                return new(0, 0, 0, $"the header must name a column 'name' (and may add 'schema', 'imo', 'mmsi', 'call_sign'); found: {string.Join(",", reader.Header.ColNames)}");
            }

            using var csv = options.JsonLines ? null : HeaderCsv.Writer(output);
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows++;
                var schemaText = HeaderCsv.Cell(row, schema);
                var query = new ScreeningQuery(HeaderCsv.NullIfBlank(HeaderCsv.Cell(row, name)), SchemaNames.Parse(schemaText),
                    HeaderCsv.NullIfBlank(HeaderCsv.Cell(row, imo)), HeaderCsv.NullIfBlank(HeaderCsv.Cell(row, mmsi)), HeaderCsv.NullIfBlank(HeaderCsv.Cell(row, callSign)));
                var error = Check(query, schemaText);
                IReadOnlyList<ScreeningResult> results = error is null ? screener.Screen(query, options.Threshold, options.AllMatches ? options.Limit : 1) : [];
                bad += error is null ? 0 : 1;
                matched += results.Count > 0 ? 1 : 0;
                if (csv is null)
                {
                    output.WriteLine(ScreeningResultJson.ToLine(query, results, rows, error));
                }
                else
                {
                    Write(csv, rows, query, results, error);
                }
            }

            csv?.Flush();
            output.Flush();
            return new(rows, matched, bad, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or FormatException)
        {
            // Sep refuses a row it cannot hold (an unterminated quote past its row limit): the file is broken, not us.
            output.Flush();
            return new(rows, matched, bad, "cannot read the queries: " + ex.Message);
        }
    }

    static string? Check(ScreeningQuery q, string? schemaText)
    {
        if (q.Name is null && q.Imo is null && q.Mmsi is null && q.CallSign is null)
        {
            return "no name or identifier";
        }

        return !string.IsNullOrWhiteSpace(schemaText) && q.Schema is null
            ? $"unknown schema (use {string.Join(", ", SchemaNames.All)})"
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
            r is null ? null : rank.ToString(CultureInfo.InvariantCulture), r is null ? null : ScreeningResultJson.Score(r.Score),
            r is null ? null : OfficialLists.FolderFor(r.Entity.Source), r?.Entity.Id, r?.Entity.Schema.ToString(), r?.Entity.Caption,
            r?.MatchedName, r is null ? null : string.Join("; ", r.Explanation), error,
        ];
        for (var i = 0; i < OutputColumns.Length; i++)
        {
            row[OutputColumns[i]].Set(SpreadsheetSafe.Cell(values[i]));
        }
    }
}
