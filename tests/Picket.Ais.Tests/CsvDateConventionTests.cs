using System.Text;
using Picket.Ais.Csv;

namespace Picket.Ais.Tests;

/// <summary>
/// "1/2/2018" is 1 February in a Danish file and 2 January in a US re-save: the convention is decided per file from the
/// file's own rows, reported with its evidence, and reported as ambiguous (with the assumption made) when no row tells.
/// </summary>
public sealed class CsvDateConventionTests
{
    private const string DmaHeader = "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name\n";
    private const string NoaaHeader = "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName\n";

    private static string Dma(string time) => $"{time},Class A,219000873,56.99,10.30,Moored,,,,,,,X\n";
    private static string Noaa(string time) => $"367596940,{time},29.3,-94.7,0,0,0,X\n";

    private static (List<CsvAisRecord> Records, CsvReadStatistics Stats) Read(string csv)
    {
        var stats = new CsvReadStatistics();
        var records = AisCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), stats).ToList();
        return (records, stats);
    }

    [Fact]
    public void A_day_above_12_shows_a_day_first_file_and_1_2_is_then_1_February()
    {
        var (records, stats) = Read(DmaHeader + Dma("01/02/2018 10:00:00") + Dma("27/02/2018 10:00:00"));
        Assert.Equal(CsvDateOrder.DayFirst, stats.DateOrder);
        Assert.Equal("day/month/year, shown by row 2 '27/02/2018 10:00:00'", stats.DateOrderNote);
        Assert.Equal(new DateTimeOffset(2018, 2, 1, 10, 0, 0, TimeSpan.Zero), records[0].Time);
        Assert.Contains("dates: day/month/year", stats.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_number_above_12_shows_a_month_first_file_and_1_2_is_then_2_January()
    {
        var (records, stats) = Read(NoaaHeader + Noaa("1/2/2018 10:00") + Noaa("1/13/2018 10:00"));
        Assert.Equal(CsvDateOrder.MonthFirst, stats.DateOrder);
        Assert.StartsWith("month/day/year, shown by row 2 '1/13/2018 10:00'", stats.DateOrderNote, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2018, 1, 2, 10, 0, 0, TimeSpan.Zero), records[0].Time);
        Assert.Equal(new DateTimeOffset(2018, 1, 13, 10, 0, 0, TimeSpan.Zero), records[1].Time);
    }

    [Fact]
    public void The_same_day_first_evidence_decides_a_noaa_layout_file_too()
    {
        var (records, stats) = Read(NoaaHeader + Noaa("1/2/2018 10:00") + Noaa("13/1/2018 10:00"));
        Assert.Equal(CsvDateOrder.DayFirst, stats.DateOrder);
        Assert.Equal(new DateTimeOffset(2018, 2, 1, 10, 0, 0, TimeSpan.Zero), records[0].Time);
    }

    [Fact]
    public void No_telling_row_is_reported_as_ambiguous_with_the_layouts_convention()
    {
        var (dma, dmaStats) = Read(DmaHeader + Dma("01/02/2018 10:00:00") + Dma("03/02/2018 10:00:00"));
        Assert.Equal(CsvDateOrder.DayFirst, dmaStats.DateOrder);
        Assert.StartsWith("ambiguous: no date in the first 2 rows has a day above 12; read as day/month/year, the DMA layout's convention",
            dmaStats.DateOrderNote, StringComparison.Ordinal);
        Assert.Equal(2, dma[0].Time.Month);

        var (noaa, noaaStats) = Read(NoaaHeader + Noaa("1/2/2018 10:00"));
        Assert.Equal(CsvDateOrder.MonthFirst, noaaStats.DateOrder);
        Assert.StartsWith("ambiguous", noaaStats.DateOrderNote, StringComparison.Ordinal);
        Assert.Equal(1, noaa[0].Time.Month);
    }

    [Fact]
    public void Rows_proving_both_orders_are_reported_as_ambiguous()
    {
        var (_, stats) = Read(DmaHeader + Dma("13/01/2018 10:00:00") + Dma("01/13/2018 10:00:00"));
        Assert.StartsWith("ambiguous: row 1 '13/01/2018 10:00:00' reads day first but row 2 '01/13/2018 10:00:00' month first",
            stats.DateOrderNote, StringComparison.Ordinal);
        Assert.Equal(1, stats.Rejected["bad_time"]);
        Assert.Contains("1 later row(s) contradict it", stats.DateOrderNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Iso_files_say_so()
    {
        var (records, stats) = Read(NoaaHeader + Noaa("2018-02-01T10:00:00"));
        Assert.Equal(CsvDateOrder.Iso, stats.DateOrder);
        Assert.Equal("ISO 8601", stats.DateOrderNote);
        Assert.Equal(new DateTimeOffset(2018, 2, 1, 10, 0, 0, TimeSpan.Zero), records[0].Time);
    }

    [Theory]
    [InlineData("31/02/2018 10:00:00")]   // no 31 February
    [InlineData("27/02/2018")]            // no time of day
    [InlineData("27/02/18 10:00:00")]     // two-digit year
    [InlineData("27/02/2018 25:00:00")]
    public void Impossible_or_incomplete_dates_are_bad_times(string time)
    {
        var (records, stats) = Read(DmaHeader + Dma("27/02/2018 10:00:00") + Dma(time));
        Assert.Single(records);
        Assert.Equal(1, stats.Rejected["bad_time"]);
    }
}
