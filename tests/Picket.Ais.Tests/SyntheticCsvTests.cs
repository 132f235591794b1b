using System.Text;
using Picket.Ais.Csv;
using Picket.Testing.Traffic;

namespace Picket.Ais.Tests;

/// <summary>The shared generator's MarineCadastre CSV (tests/Picket.Testing) reads back through the CSV reader row for
/// row: what tests and benchmarks feed as CSV is what a NOAA file would give.</summary>
public sealed class SyntheticCsvTests
{
    [Fact]
    public void Every_position_row_reads_back_with_its_values_and_the_last_reported_identity()
    {
        var traffic = new SyntheticTraffic(new TrafficOptions { Vessels = 20, Duration = TimeSpan.FromHours(1), ClassBEvery = 5, FullStatics = true });
        var items = traffic.Items();
        var text = new StringWriter { NewLine = "\n" };
        var rows = TrafficCsv.Write(text, items);

        var stats = new CsvReadStatistics();
        var records = AisCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), stats).ToList();
        var fixes = items.Where(i => !i.IsIdentity).Select(i => i.Fix).ToList();
        Assert.Equal(fixes.Count, rows);
        Assert.Equal(rows, records.Count);
        Assert.Equal(0, stats.RejectedRows);
        foreach (var (fix, record) in fixes.Zip(records))
        {
            Assert.Equal(fix.Mmsi.Value, record.Mmsi);
            Assert.Equal(fix.Time.ToUnixTimeSeconds(), record.Time.ToUnixTimeSeconds());
            Assert.Equal(fix.Lat, record.Latitude!.Value, 5);
            Assert.Equal(fix.Lon, record.Longitude!.Value, 5);
            Assert.Equal(fix.Class == Picket.Core.Tracks.TransponderClass.B ? "B" : "A", record.TransceiverClass);
        }
        // The fleet's statics go out at the start, after each vessel's first fix: its later rows carry them.
        var last = records.Last(r => r.Mmsi == traffic.FleetMmsi(0).Value);
        Assert.Equal("SHIP 0", last.Name);
        Assert.Equal(SyntheticTraffic.FleetImo(0), last.Imo);
    }
}
