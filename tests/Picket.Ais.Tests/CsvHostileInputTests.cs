using System.Text;
using Picket.Ais.Csv;

namespace Picket.Ais.Tests;

/// <summary>
/// CSV input that crashed the readers before: a row over 16 MiB, an unterminated quote, a header naming a column twice
/// (found by fuzzing), a header of no known layout. Each now ends as counted, skipped rows or a stated problem.
/// </summary>
public sealed class CsvHostileInputTests
{
    private const string NoaaHeader =
        "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n";

    private static string NoaaRow(int second) => $"367596940,2023-01-01T00:00:{second:00},29.31,-94.79,0.0,171.6,511,KIRBY,IMO9293078,WDH4936,80,0,172.0,28.0,9.5,70,A\n";

    private static (List<CsvAisRecord> Records, CsvReadStatistics Stats) Read(string csv, int? maxRowChars = null)
    {
        var stats = new CsvReadStatistics();
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var records = (maxRowChars is { } max ? AisCsvReader.Read(stream, stats, max) : AisCsvReader.Read(stream, stats)).ToList();
        return (records, stats);
    }

    [Fact]
    public void A_row_over_16_MiB_is_skipped_and_counted_and_the_rows_after_it_are_read()
    {
        var huge = "367596940,2023-01-01T00:00:01,29.31,-94.79,0,0,511," + new string('X', 17 * 1024 * 1024) + "\n";
        var (records, stats) = Read(NoaaHeader + NoaaRow(0) + huge + NoaaRow(2) + NoaaRow(3));
        Assert.Equal([0, 2, 3], records.Select(r => r.Time.Second));
        Assert.Equal(1, stats.Rejected["row_too_long"]);
        Assert.Equal(4, stats.Rows);
    }

    [Fact]
    public void An_unterminated_quote_loses_only_its_own_line()
    {
        // Small file: the quote stays open to the end of the file.
        var broken = "367596940,2023-01-01T00:00:01,29.31,-94.79,0,0,511,\"KIRBY,IMO9293078\n";
        var (records, stats) = Read(NoaaHeader + NoaaRow(0) + broken + NoaaRow(2) + NoaaRow(3));
        Assert.Equal([0, 2, 3], records.Select(r => r.Time.Second));
        Assert.Equal(1, stats.Rejected["row_too_long"]);

        // Large file: the open quote runs past the row bound before the end.
        var many = string.Concat(Enumerable.Range(0, 2000).Select(i => NoaaRow(i % 60)));
        (records, stats) = Read(NoaaHeader + NoaaRow(0) + broken + many, maxRowChars: 4096);
        Assert.Equal(2001, records.Count);
        Assert.Equal(1, stats.Rejected["row_too_long"]);
    }

    [Fact]
    public void A_quoted_field_with_line_breaks_within_the_bound_is_one_row()
    {
        var quoted = "367596940,2023-01-01T00:00:01,29.31,-94.79,0,0,511,\"KIRBY\nSTAR\",IMO9293078,,80,0,172,28,9.5,70,A\n";
        var (records, stats) = Read(NoaaHeader + quoted + NoaaRow(2));
        Assert.Equal("KIRBY\nSTAR", records[0].Name);
        Assert.Equal(2, records.Count);
        Assert.False(stats.Rejected.ContainsKey("row_too_long"));
    }

    [Fact]
    public void The_row_bound_holds_for_crlf_and_cr_only_line_endings()
    {
        var rows = NoaaHeader + NoaaRow(0) + NoaaRow(1);
        Assert.Equal(2, Read(rows.Replace("\n", "\r\n", StringComparison.Ordinal), maxRowChars: 256).Records.Count);
        Assert.Equal(2, Read(rows.Replace("\n", "\r", StringComparison.Ordinal), maxRowChars: 256).Records.Count);
    }

    [Theory]
    [InlineData("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass,,,\n")]
    [InlineData("MMSI,BaseDateTime,LAT,lON,SOG,COG,HeMMSI,BaseDateTime,LAT,lON,SOG,COG,Headina\n")]   // fuzzing: crash-ea4e3235
    public void A_header_naming_a_column_twice_is_read_with_the_first(string header)
    {
        var (records, stats) = Read(header + NoaaRow(5));
        Assert.Single(records);
        Assert.Equal(5, records[0].Time.Second);
        Assert.Null(stats.Problem);
    }

    [Theory]
    [InlineData("\t")]                                 // fuzzing: crash-ac9231da (two blank column names)
    [InlineData("MMSI;;BaseDateTBaseDateT;\n1;2\n")]   // fuzzing: blank names
    [InlineData("")]
    public void Fuzzed_headers_are_an_unknown_layout_not_a_crash(string csv)
    {
        var (records, stats) = Read(csv);
        Assert.Empty(records);
        Assert.Equal(1, stats.Rejected["unknown_layout"]);
        Assert.NotNull(stats.Problem);
    }

    [Fact]
    public void An_unknown_layout_says_which_columns_were_expected_and_which_found()
    {
        var (records, stats) = Read("ship,time,lat,lon\n1,2018-01-01,1,2\n");
        Assert.Empty(records);
        Assert.Equal(1, stats.Rejected["unknown_layout"]);
        Assert.Contains("expected the columns of NOAA MarineCadastre (MMSI, BaseDateTime", stats.Problem, StringComparison.Ordinal);
        Assert.Contains("Danish Maritime Authority (Timestamp, MMSI", stats.Problem, StringComparison.Ordinal);
        Assert.Contains("found 4 column(s): ship, time, lat, lon", stats.Problem, StringComparison.Ordinal);
        Assert.Contains("problem: unknown CSV layout", stats.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_limiter_passes_text_through_unchanged()
    {
        var text = NoaaHeader + "1,\"a\"\"b\",\"c\r\nd\"\r\n" + NoaaRow(1) + "last,row,without,newline";
        using var limiter = new CsvRowLimiter(new StringReader(text), 256);
        Assert.Equal(text, limiter.ReadToEnd());
        Assert.Equal(0, limiter.DroppedRows);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_limiter_passes_random_quoted_multiline_csv_through_unchanged_across_reads(int seed)
    {
        // Rows with quoted commas, doubled quotes and line breaks inside quotes, CRLF and CR endings, over many 16 K reads.
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder();
        string[] cells = ["a", "\"b,c\"", "\"d\"\"e\"", "\"f\ng\"", "\"h\r\ni\"", "", "12345"];
        while (sb.Length < 300_000)
        {
            int n = random.Next(1, 8);
            for (int i = 0; i < n; i++) sb.Append(i == 0 ? "" : ",").Append(cells[random.Next(cells.Length)]);
            sb.Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }

        var text = sb.ToString();
        using var limiter = new CsvRowLimiter(new StringReader(text), 1024);
        var read = new System.Text.StringBuilder();
        var buffer = new char[random.Next(100, 5000)];
        int got;
        while ((got = limiter.Read(buffer, 0, buffer.Length)) > 0) read.Append(buffer, 0, got);
        Assert.Equal(text, read.ToString());
        Assert.Equal(0, limiter.DroppedRows);
    }

    [Fact]
    public void The_limiter_drops_exactly_the_rows_over_the_bound()
    {
        var text = "short\n" + new string('a', 65) + "\n" + new string('b', 64) + "\n\"" + new string('c', 70) + "\"\nend";
        using var limiter = new CsvRowLimiter(new StringReader(text), 65);   // the bound counts the line break
        Assert.Equal("short\n" + new string('b', 64) + "\nend", limiter.ReadToEnd());
        Assert.Equal(2, limiter.DroppedRows);
    }
}
