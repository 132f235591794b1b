using nietras.SeparatedValues;
using Picket.Ais.Csv.Dma;
using Picket.Ais.Csv.Noaa;

namespace Picket.Ais.Csv;

/// <summary>
/// Streams records from an AIS CSV export, recognising the layout from its header (NOAA MarineCadastre or Danish
/// Maritime Authority) and the separator from the first line. Plain or gzip. A row that cannot be read is counted by
/// reason in <see cref="CsvReadStatistics"/> and skipped; a file whose header is not a known layout yields nothing and
/// says so in <see cref="CsvReadStatistics.Rejected"/> under <c>unknown_layout</c>.
/// </summary>
public static class AisCsvReader
{
    /// <summary>True when the first line of the stream looks like a header of a layout we read.</summary>
    public static bool LooksLikeCsv(ReadOnlySpan<byte> firstBytes)
    {
        var s = System.Text.Encoding.UTF8.GetString(firstBytes);
        int nl = s.IndexOf('\n');
        string first = nl < 0 ? s : s[..nl];
        return first.Contains("MMSI", StringComparison.OrdinalIgnoreCase) && (first.Contains(',') || first.Contains(';') || first.Contains('\t'));
    }

    public static IEnumerable<CsvAisRecord> Read(Stream stream, CsvReadStatistics statistics)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(stream);
        var layout = NoaaLayout.TryCreate(new CsvColumns(reader.Header)) ?? DmaLayout.TryCreate(new CsvColumns(reader.Header));
        if (layout == null)
        {
            statistics.Reject("unknown_layout");
            yield break;
        }
        foreach (var row in reader)
        {
            statistics.Rows++;
            CsvAisRecord? record;
            string? reason;
            try
            {
                record = layout.Read(row, out reason);
            }
            catch (IndexOutOfRangeException)
            {
                // Fewer columns than the header: a cut line.
                record = null;
                reason = "missing_columns";
            }
            if (record == null) { statistics.Reject(reason ?? "unreadable"); continue; }
            statistics.Records++;
            yield return record;
        }
    }
}
