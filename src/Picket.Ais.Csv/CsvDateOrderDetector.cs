using System.Globalization;
using nietras.SeparatedValues;
using Picket.Ais.Csv.Dma;
using Picket.Ais.Csv.Noaa;

namespace Picket.Ais.Csv;

/// <summary>
/// Decides a file's date convention from the time cells of its first rows (the first <see cref="PrefixBytes"/> bytes):
/// a first number above 12 proves day/month, a second above 12 month/day. When no row proves either, or rows prove both,
/// the layout's documented convention is used and the note says it was assumed, so the report shows the guess.
/// </summary>
internal static class CsvDateOrderDetector
{
    /// <summary>About 7,000 rows of either layout.</summary>
    public const int PrefixBytes = 1 << 20;

    /// <summary>The convention shown by the first <paramref name="length"/> bytes of <paramref name="prefix"/>, and its note.</summary>
    public static (CsvDateOrder Order, string Note) Detect(byte[] prefix, int length)
    {
        CsvDateOrder dayFirst = CsvDateOrder.Unknown, monthFirst = CsvDateOrder.Unknown;
        string? dayProof = null, monthProof = null;
        bool iso = false, slashed = false, isDma = false;
        long rows = 0;
        try
        {
            using var limiter = new CsvRowLimiter(new StreamReader(new MemoryStream(prefix, 0, length, writable: false)));
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).From(limiter);
            int time = -1;
            foreach (var row in reader)
            {
                if (time < 0)
                {
                    string[] names = new string[row.ColCount];
                    for (int i = 0; i < names.Length; i++) names[i] = row[i].ToString();
                    var columns = new CsvColumns(names);
                    isDma = !NoaaLayout.Matches(columns) && DmaLayout.Matches(columns);
                    time = isDma ? DmaLayout.TimeColumn(columns) : NoaaLayout.TimeColumn(columns);
                    if (time < 0) break;
                    continue;
                }

                rows++;
                if (time >= row.ColCount) continue;
                var cell = row[time].Span;
                switch (CsvTimes.Evidence(cell))
                {
                    case CsvDateOrder.Iso: iso = true; break;
                    case CsvDateOrder.DayFirst when dayFirst == CsvDateOrder.Unknown:
                        dayFirst = CsvDateOrder.DayFirst; dayProof = $"row {rows} '{Shown(cell)}'"; break;
                    case CsvDateOrder.MonthFirst when monthFirst == CsvDateOrder.Unknown:
                        monthFirst = CsvDateOrder.MonthFirst; monthProof = $"row {rows} '{Shown(cell)}'"; break;
                    default: slashed |= cell.Contains('/') || cell.Contains('.'); break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or ArgumentException)
        {
            // The main read reports unreadable structure; here it only means no evidence.
        }

        var assumed = isDma ? DmaLayout.DateOrder : NoaaLayout.DateOrder;
        string layout = isDma ? "the DMA layout's" : "assumed for the NOAA layout (a US spreadsheet's re-save)";
        if (dayFirst != CsvDateOrder.Unknown && monthFirst != CsvDateOrder.Unknown)
            return (assumed, $"ambiguous: {dayProof} reads day first but {monthProof} month first; read as {Name(assumed)}, {layout} convention");
        if (dayFirst != CsvDateOrder.Unknown) return (CsvDateOrder.DayFirst, $"day/month/year, shown by {dayProof}");
        if (monthFirst != CsvDateOrder.Unknown) return (CsvDateOrder.MonthFirst, $"month/day/year, shown by {monthProof}");
        if (slashed || !iso)
            return (assumed, string.Create(CultureInfo.InvariantCulture,
                $"ambiguous: no date in the first {rows} rows has a day above 12; read as {Name(assumed)}, {layout} convention"));
        return (CsvDateOrder.Iso, "ISO 8601");
    }

    private static string Name(CsvDateOrder order) => order == CsvDateOrder.DayFirst ? "day/month/year" : "month/day/year";

    private static string Shown(ReadOnlySpan<char> cell) => (cell.Length > 30 ? cell[..30] : cell).ToString();
}
