using Picket.Testing.Traffic;
using Picket.Store.Ingest;
using Picket.Store.Parquet;
using Picket.Store.Queries;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

public sealed class ParquetTests
{
    [Fact]
    public async Task Export_then_ingest_into_a_fresh_store_round_trips_every_row()
    {
        using var dir = new TempDir();
        IngestFeed.Write(dir.File("feed.nmea"), 20_000);
        StoreFingerprint original;
        using (var store = StoreDatabase.Open(dir.File("a.duckdb")))
        {
            await new StoreIngestor(store).IngestAsync(dir.File("feed.nmea"), ct: TestContext.Current.CancellationToken);
            store.RefreshVessels();
            original = StoreFingerprint.Of(store);
            var files = ParquetExporter.Export(store, dir.File("out"), TimeWindow.All, null);
            Assert.Equal(original.Positions, files.Single(f => f.Table == "positions").Rows);
            Assert.Equal(original.Identities, files.Single(f => f.Table == "identity_reports").Rows);
            Assert.All(files, f => Assert.True(File.Exists(f.Path)));
            Assert.Empty(Directory.GetFiles(dir.File("out"), "*.tmp"));
        }

        using var copy = StoreDatabase.Open(dir.File("b.duckdb"));
        var ingestor = new StoreIngestor(copy);
        var positions = await ingestor.IngestAsync(dir.File("out/positions.parquet"), ct: TestContext.Current.CancellationToken);
        var identities = await ingestor.IngestAsync(dir.File("out/identity_reports.parquet"), ct: TestContext.Current.CancellationToken);
        var again = await ingestor.IngestAsync(dir.File("out/positions.parquet"), ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Ingested, positions.Status);
        Assert.Equal(IngestStatus.Ingested, identities.Status);
        Assert.Equal(IngestStatus.AlreadyIngested, again.Status);
        Assert.Equal(original, StoreFingerprint.Of(copy));
    }

    [Fact]
    public async Task Export_cuts_to_the_window_and_box()
    {
        using var dir = new TempDir();
        IngestFeed.Write(dir.File("feed.nmea"), 20_000);
        using var store = StoreDatabase.Open(dir.File("a.duckdb"));
        await new StoreIngestor(store).IngestAsync(dir.File("feed.nmea"), ct: TestContext.Current.CancellationToken);
        var from = new DateTime(2018, 3, 2, 14, 14, 0, DateTimeKind.Utc);
        var to = from.AddMinutes(10);
        var box = new BoundingBox(121, 35, 124, 38);
        long expected = store.ScalarLong($"SELECT count(*) FROM positions_deg WHERE ts >= TIMESTAMP '2018-03-02 14:14:00' AND ts < TIMESTAMP '2018-03-02 14:24:00' AND lat BETWEEN 35 AND 38 AND lon BETWEEN 121 AND 124");
        Assert.InRange(expected, 1, 19_999);

        var files = ParquetExporter.Export(store, dir.File("cut"), new TimeWindow(from, to), box);

        Assert.Equal(expected, files.Single(f => f.Table == "positions").Rows);
        Assert.Equal(0, store.ScalarLong($"SELECT count(*) FROM '{dir.File("cut/positions.parquet")}' WHERE ts < TIMESTAMP '2018-03-02 14:14:00' OR lat > 38 OR lon < 121"));
    }

    [Fact]
    public async Task A_foreign_Parquet_file_with_our_column_names_is_ingested_and_bad_rows_are_counted()
    {
        using var dir = new TempDir();
        using var store = StoreDatabase.Open(dir.File("a.duckdb"));
        string foreign = dir.File("foreign.parquet");
        // Written by DuckDB itself, as pandas or another tool would: only the required columns, one row without an MMSI.
        store.Execute($"""
            COPY (SELECT * FROM (VALUES (445112000, TIMESTAMP '2018-03-02 10:00:00', 38.9, 123.8),
                                        (NULL, TIMESTAMP '2018-03-02 10:01:00', 38.9, 123.8),
                                        (445112000, TIMESTAMP '2018-03-02 10:02:00', 38.91, 123.81)) t(mmsi, ts, lat, lon))
            TO '{foreign}' (FORMAT PARQUET)
            """);
        var result = await new StoreIngestor(store).IngestAsync(foreign, ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal(2, result.PositionsAdded);
        Assert.Equal(1, result.Log!.Rejected);
        Assert.Equal(2, store.ScalarLong("SELECT count(*) FROM positions WHERE mmsi = 445112000 AND sog IS NULL AND msg_type = 0"));
    }

    [Fact]
    public async Task A_Parquet_file_with_unrelated_columns_fails_with_a_reason_and_adds_nothing()
    {
        using var dir = new TempDir();
        using var store = StoreDatabase.Open(dir.File("a.duckdb"));
        string other = dir.File("other.parquet");
        store.Execute($"COPY (SELECT 1 AS a, 'x' AS b) TO '{other}' (FORMAT PARQUET)");
        var result = await new StoreIngestor(store).IngestAsync(other, ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Contains("columns", result.Error);
        Assert.Empty(IngestLog.All(store.Connection));
    }
}
