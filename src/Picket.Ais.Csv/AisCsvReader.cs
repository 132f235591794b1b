using nietras.SeparatedValues;
using Picket.Ais.Csv.Dma;
using Picket.Ais.Csv.Noaa;

namespace Picket.Ais.Csv;

/// <summary>
/// Streams records from an AIS CSV export, recognising the layout from its header (NOAA MarineCadastre or Danish
/// Maritime Authority) and the separator from the first line. Plain or gzip. A row that cannot be read is counted by
/// reason in <see cref="CsvReadStatistics"/> and skipped; a row longer than the bound (an unterminated quote, a
/// corrupt file) is skipped under <c>row_too_long</c>; a file whose header is not a known layout yields nothing, is
/// counted under <c>unknown_layout</c> and says in <see cref="CsvReadStatistics.Problem"/> which columns were
/// expected and which were found. The file's date convention (ISO, day/month, month/day) is decided from its first
/// rows and reported in <see cref="CsvReadStatistics.DateOrderNote"/>, with the evidence or the word "ambiguous".
/// </summary>
public static class AisCsvReader
{
    /// <summary>True when the first line of the stream looks like a header of a layout we read.</summary>
    public static bool LooksLikeCsv(ReadOnlySpan<byte> firstBytes)
    {
        string s = System.Text.Encoding.UTF8.GetString(firstBytes);
        int nl = s.IndexOf('\n');
        string first = nl < 0 ? s : s[..nl];
        return first.Contains("MMSI", StringComparison.OrdinalIgnoreCase) && (first.Contains(',') || first.Contains(';') || first.Contains('\t'));
    }

    /// <summary>
    /// Streams the records of <paramref name="stream"/>, counting into <paramref name="statistics"/>; rows longer than
    /// <see cref="CsvRowLimiter.DefaultMaxRowChars"/> are skipped.
    /// </summary>
    public static IEnumerable<CsvAisRecord> Read(Stream stream, CsvReadStatistics statistics) =>
        Read(stream, statistics, CsvRowLimiter.DefaultMaxRowChars);

    /// <summary>Streams the records of <paramref name="stream"/>, counting into <paramref name="statistics"/>.</summary>
    /// <param name="stream">The export, read once from its current position; not disposed.</param>
    /// <param name="statistics">Receives the counts of rows, records and rejections, the date convention and any problem.</param>
    /// <param name="maxRowChars">Longest row accepted, in characters; longer rows are skipped and counted.</param>
    public static IEnumerable<CsvAisRecord> Read(Stream stream, CsvReadStatistics statistics, int maxRowChars)
    {
        // The start of the file decides its date convention before any row is read in earnest.
        byte[] prefix = System.Buffers.ArrayPool<byte>.Shared.Rent(CsvDateOrderDetector.PrefixBytes);
        using var returnPrefix = new ReturnToPool(prefix);
        int prefixLength = PrefixedStream.ReadPrefix(stream, prefix.AsSpan(0, CsvDateOrderDetector.PrefixBytes));
        var (order, note) = CsvDateOrderDetector.Detect(prefix, prefixLength);
        var times = new CsvTimes(order);
        using var limiter = new CsvRowLimiter(new StreamReader(new PrefixedStream(prefix, prefixLength, stream)), maxRowChars);
        // The header is read as a plain row: Sep refuses a header with a repeated name, which real exports have
        // (several blank trailing columns), and a refused header would end the file with an exception.
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).From(limiter);
        using var rows = reader.GetEnumerator();
        long dropped = 0;
        ICsvLayout? layout = null;
        while (true)
        {
            CsvAisRecord? record = null;
            string? reason = null;
            if (!MoveNext(rows, statistics)) break;
            if (limiter.DroppedRows != dropped)
            {
                statistics.Rows += limiter.DroppedRows - dropped;
                statistics.Reject("row_too_long", limiter.DroppedRows - dropped);
                dropped = limiter.DroppedRows;
            }

            var row = rows.Current;
            if (layout is null)
            {
                var columns = Header(row);
                layout = NoaaLayout.TryCreate(columns, times) ?? DmaLayout.TryCreate(columns, times);
                if (layout is null)
                {
                    statistics.Reject("unknown_layout");
                    statistics.Problem = UnknownLayout(columns);
                    yield break;
                }

                statistics.DateOrder = order;
                statistics.DateOrderNote = note;

                continue;
            }

            statistics.Rows++;
            try
            {
                record = layout.Read(row, out reason);
            }
            catch (IndexOutOfRangeException)
            {
                // Fewer columns than the header: a cut line.
                reason = "missing_columns";
            }

            if (record == null) { statistics.Reject(reason ?? "unreadable"); continue; }
            statistics.Records++;
            yield return record;
        }

        if (limiter.DroppedRows != dropped)
        {
            statistics.Rows += limiter.DroppedRows - dropped;
            statistics.Reject("row_too_long", limiter.DroppedRows - dropped);
        }

        if (times.Contradicting > 0)
        {
            statistics.DateOrderNote += $"; {times.Contradicting} later row(s) contradict it (counted as bad_time)";
        }

        if (layout is null && statistics.Problem is null)
        {
            statistics.Reject("unknown_layout");
            statistics.Problem = "the file is empty: no header row";
        }
    }

    /// <summary>Advances over the rows; a structure Sep cannot read ends the file, counted, instead of throwing.</summary>
    private static bool MoveNext(SepReader rows, CsvReadStatistics statistics)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or ArgumentException)
        {
            statistics.Reject("unreadable_file");
            statistics.Problem = "the rest of the file could not be read as CSV: " + ex.Message;
            return false;
        }
    }

    /// <summary>Gives the pooled prefix buffer back when the enumeration ends, however it ends.</summary>
    private sealed class ReturnToPool(byte[] buffer) : IDisposable
    {
        public void Dispose() => System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }

    private static CsvColumns Header(SepReader.Row row)
    {
        string[] names = new string[row.ColCount];
        for (int i = 0; i < names.Length; i++) names[i] = row[i].ToString();
        return new CsvColumns(names);
    }

    private static string UnknownLayout(CsvColumns found)
    {
        var shown = found.Names.Take(30).Select(n => n.Length > 40 ? n[..40] + "…" : n);
        return $"unknown CSV layout: expected the columns of {NoaaLayout.Description} or of {DmaLayout.Description}; " +
               $"found {found.Names.Count} column(s): {string.Join(", ", shown)}{(found.Names.Count > 30 ? ", …" : "")}";
    }
}
