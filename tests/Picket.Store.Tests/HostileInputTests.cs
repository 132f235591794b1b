using Picket.Testing.Traffic;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

public sealed class HostileInputTests
{
    [Fact]
    public async Task Garbage_and_a_multi_megabyte_line_are_counted_as_rejected_and_the_good_lines_still_go_in()
    {
        using var dir = new TempDir();
        string file = dir.File("hostile.nmea");
        var good = new StringWriter { NewLine = "\n" };
        var counts = IngestFeed.Write(good, 3_000);
        var rng = new Random(5);
        var garbage = new byte[100_000];
        rng.NextBytes(garbage);
        await using (var f = File.Create(file))
        {
            await f.WriteAsync(garbage, TestContext.Current.CancellationToken);
            await f.WriteAsync("\n"u8.ToArray(), TestContext.Current.CancellationToken);
            await f.WriteAsync(new byte[3_000_000].Select(_ => (byte)'!').ToArray(), TestContext.Current.CancellationToken); // one 3 MB line
            await f.WriteAsync("\n"u8.ToArray(), TestContext.Current.CancellationToken);
            await f.WriteAsync(System.Text.Encoding.ASCII.GetBytes(good.ToString()), TestContext.Current.CancellationToken);
        }
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));

        var result = await new StoreIngestor(store).IngestAsync(file, ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal(counts.Positions, result.PositionsAdded);
        Assert.Equal(counts.Identities, result.IdentitiesAdded);
        Assert.True(result.Log!.Rejected > counts.Rejected, result.Log.RejectedReasons);
        Assert.Contains("line_too_long", result.Log.RejectedReasons);
    }

    [Fact]
    public async Task A_missing_file_fails_with_a_reason_and_leaves_no_log_entry()
    {
        using var dir = new TempDir();
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));

        var missing = await new StoreIngestor(store).IngestAsync(dir.File("absent.nmea"), ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Failed, missing.Status);
        Assert.NotNull(missing.Error);
        Assert.Empty(IngestLog.All(store.Connection));
    }

    [Fact]
    public async Task A_NOAA_CSV_export_goes_in_with_identity_rows_only_on_change_and_bad_rows_counted()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("noaa.csv"), """
            MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass
            445112000,2018-03-02T10:00:00,38.9,123.8,5.1,90.0,88,SAMPLE TANKER,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            445112000,2018-03-02T10:01:00,38.91,123.81,5.2,91.0,89,SAMPLE TANKER,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            445112000,2018-03-02T10:02:00,38.92,123.82,5.3,92.0,90,NEW NAME,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            notanmmsi,2018-03-02T10:03:00,38.93,123.83,5.3,92.0,90,NEW NAME,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            """.Replace("\r", ""), TestContext.Current.CancellationToken);
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var ingestor = new StoreIngestor(store);

        var result = await ingestor.IngestAsync(dir.File("noaa.csv"), ct: TestContext.Current.CancellationToken);
        var again = await ingestor.IngestAsync(dir.File("noaa.csv"), ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal("csv", result.Format);
        Assert.Equal(3, result.PositionsAdded);
        Assert.Equal(2, result.IdentitiesAdded); // SAMPLE TANKER, then NEW NAME
        Assert.Equal(1, result.Log!.Rejected);
        Assert.Equal(IngestStatus.AlreadyIngested, again.Status);
        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM positions_deg WHERE mmsi = 445112000 AND abs(lat - 38.91) < 1e-6 AND abs(lon - 123.81) < 1e-6 AND abs(sog - 5.2) < 1e-6 AND cog = 91 AND heading = 89"));
        Assert.Equal(8691702, store.ScalarLong("SELECT max(imo) FROM identity_reports"));
    }
}
