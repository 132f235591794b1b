using System.IO.Compression;
using System.Text;
using Picket.Ais.Csv;

namespace Picket.Ais.Tests;

/// <summary>The CSV exports analysts get: NOAA MarineCadastre and Danish Maritime Authority, header-driven, with broken rows counted.</summary>
public sealed class CsvReaderTests
{
    // Rows written for this test in each layout's published column order, with the values' real formats.
    private const string Noaa =
        "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n" +
        "367596940,2023-01-01T00:00:04,29.31381,-94.79236,0.0,171.6,511,\"KIRBY, 29\",IMO9293078,WDH4936,80,0,172.0,28.0,9.5,70,A\n" +
        "338013000,2023-01-01T00:00:05,91.0,181.0,102.3,360.0,511,,,,,,,,,,B\n" +
        "notanmmsi,2023-01-01T00:00:06,29.3,-94.7,0,0,0,X,,,,,,,,,A\n" +
        "367596940,yesterday,29.3,-94.7,0,0,0,X,,,,,,,,,A\n" +
        "367596941,2023-01-01T00:00:07\n";

    private const string Dma =
        "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D\n" +
        "27/02/2023 00:00:00,Class A,219000873,56.990910,10.304543,Under way using engine,0.0,0.0,45.7,511,Unknown,OXPA2,WIND STAR,Tanker,,10,44,GPS,4.1,AALBORG,27/02/2023 06:00:00,AIS,34,10,5,5\n" +
        "27/02/2023 00:00:01,Class B,219024336,Unknown,Unknown,Unknown,,,,,Unknown,Unknown,Unknown,Undefined,,,,Undefined,,Unknown,,AIS,,,,\n" +
        "27-02-2023,Class A,219000873,56.99,10.30,Moored,,,,,,,,,,,,,,,,AIS,,,,\n";

    [Fact]
    public void Reads_noaa_marinecadastre_rows()
    {
        var stats = new CsvReadStatistics();
        var rows = AisCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Noaa)), stats).ToList();
        Assert.Equal(2, rows.Count);
        var r = rows[0];
        Assert.Equal(367596940u, r.Mmsi);
        Assert.Equal(new DateTimeOffset(2023, 1, 1, 0, 0, 4, TimeSpan.Zero), r.Time);
        Assert.Equal(29.31381, r.Latitude); Assert.Equal(-94.79236, r.Longitude);
        Assert.Equal("KIRBY, 29", r.Name); Assert.Equal(9293078, r.Imo); Assert.Equal(80, r.ShipType); Assert.Equal(9.5, r.Draught);
        Assert.Null(r.Heading);
        var na = rows[1];
        Assert.Null(na.Latitude); Assert.Null(na.Longitude); Assert.Null(na.Speed); Assert.Null(na.Course); Assert.Null(na.Name);
        Assert.Equal("B", na.TransceiverClass);
        Assert.Equal(5, stats.Rows);
        Assert.Equal(1, stats.Rejected["bad_mmsi"]); Assert.Equal(1, stats.Rejected["bad_time"]); Assert.Equal(1, stats.Rejected["missing_columns"]);
    }

    [Fact]
    public void Reads_danish_maritime_authority_rows()
    {
        var stats = new CsvReadStatistics();
        var rows = AisCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Dma)), stats).ToList();
        Assert.Equal(2, rows.Count);
        var r = rows[0];
        Assert.Equal(219000873u, r.Mmsi);
        Assert.Equal(new DateTimeOffset(2023, 2, 27, 0, 0, 0, TimeSpan.Zero), r.Time);
        Assert.Equal(0, r.Status); Assert.Null(r.Imo); Assert.Equal("WIND STAR", r.Name); Assert.Equal("Tanker", r.ShipTypeText);
        Assert.Equal(4.1, r.Draught); Assert.Equal("A", r.TransceiverClass); Assert.Equal("AALBORG", r.Destination);
        Assert.Null(rows[1].Latitude); Assert.Null(rows[1].Name); Assert.Null(rows[1].Status);
        Assert.Equal(1, stats.Rejected["bad_time"]);
    }

    [Fact]
    public void Gzip_and_unknown_layouts()
    {
        string path = Path.Combine(Path.GetTempPath(), $"picket-{Guid.NewGuid():N}.csv.gz");
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest)) gz.Write(Encoding.UTF8.GetBytes(Noaa));
            var stats = new CsvReadStatistics();
            using (var s = NmeaStreamReader.OpenFile(path)) Assert.Equal(2, AisCsvReader.Read(s, stats).Count());
            var unknown = new CsvReadStatistics();
            Assert.Empty(AisCsvReader.Read(new MemoryStream("a,b,c\n1,2,3\n"u8.ToArray()), unknown));
            Assert.Equal(1, unknown.Rejected["unknown_layout"]);
            Assert.True(AisCsvReader.LooksLikeCsv(Encoding.UTF8.GetBytes(Dma)));
            Assert.False(AisCsvReader.LooksLikeCsv("!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C"u8));
        }
        finally { File.Delete(path); }
    }
}
