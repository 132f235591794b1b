using Picket.Testing.Traffic;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>
/// <see cref="LiveIngest"/> fed by someone else's decode pass must leave the store exactly as <c>picket ingest</c>
/// of the same file does, and the same file must then count as already ingested.
/// </summary>
public sealed class LiveIngestTests
{
    [Fact]
    public async Task Live_ingest_of_an_NMEA_feed_stores_exactly_the_rows_of_picket_ingest_and_the_file_is_then_already_ingested()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        var counts = IngestFeed.Write(feed, 30_000);
        // Messages without a reception time (no tag block) still go in, with ts NULL, as picket ingest stores them.
        await using (var w = new StreamWriter(feed, append: true) { NewLine = "\n" })
        {
            var nmea = new NmeaWriter();
            AisEncoder.Write(nmea, w, new PositionReportClassA { MessageType = 1, Mmsi = 412_999_001, RateOfTurnRaw = -128, SpeedRaw = 55, LongitudeRaw = 73_000_000, LatitudeRaw = 22_000_000, CourseRaw = 900, HeadingRaw = 90, SecondRaw = 60 });
            AisEncoder.Write(nmea, w, new StaticAndVoyageData { Mmsi = 412_999_001, ImoRaw = 9_074_729, CallSign = "UNTIMED", Name = "NO TAG BLOCK", ShipType = 80, DraughtRaw = 60, Destination = "", EtaHour = 24, EtaMinute = 60 });
        }
        var ct = TestContext.Current.CancellationToken;

        var expected = await IngestAsync(dir.File("ingest.duckdb"), feed, ct);
        using var store = StoreDatabase.Open(dir.File("live.duckdb"));
        using (var live = new LiveIngest(store, batchRows: 1_000))
        {
            await LiveFeed.NmeaAsync(live, feed, ct);
            live.Complete();
            Assert.Equal(counts.Positions + 1, live.Positions);
            Assert.Equal(counts.Identities + 1, live.Identities);
            var file = Assert.Single(live.Files);
            Assert.False(file.AlreadyInStore);
            Assert.Equal(counts.Positions + 1, file.PositionsAdded);
        }

        Assert.Equal(expected.Fingerprint, StoreFingerprint.Of(store));
        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM positions WHERE ts IS NULL"));
        Assert.Equal(1, store.ScalarLong("SELECT count(*) FROM identity_reports WHERE ts IS NULL AND name = 'NO TAG BLOCK'"));
        Assert.Equal(expected.Vessels, store.ScalarLong("SELECT count(*) FROM vessels"));
        var log = Assert.Single(IngestLog.All(store.Connection));
        Assert.Equal(expected.Log with { Path = log.Path }, log);

        var again = await new StoreIngestor(store).IngestAsync(feed, ct: ct);
        Assert.Equal(IngestStatus.AlreadyIngested, again.Status);
        Assert.Equal(0, again.PositionsAdded + again.IdentitiesAdded);
        Assert.Equal(expected.Fingerprint, StoreFingerprint.Of(store));
    }

    [Theory]
    [InlineData("gpsd", "ais-nmea.log")]
    [InlineData("pyais", "nmea_data_sample.txt")]
    public async Task Live_ingest_of_a_real_AIS_log_stores_exactly_the_rows_of_picket_ingest(string folder, string file)
    {
        string log = SharedData.Require("ais", folder, file);
        using var dir = new TempDir();
        var ct = TestContext.Current.CancellationToken;
        var expected = await IngestAsync(dir.File("ingest.duckdb"), log, ct);
        Assert.True(expected.Fingerprint.Positions + expected.Fingerprint.Identities > 0, "the sample decoded to nothing");

        using var store = StoreDatabase.Open(dir.File("live.duckdb"));
        using (var live = new LiveIngest(store, batchRows: 64))
        {
            await LiveFeed.NmeaAsync(live, log, ct);
            live.Complete();
        }

        Assert.Equal(expected.Fingerprint, StoreFingerprint.Of(store));
        var entry = Assert.Single(IngestLog.All(store.Connection));
        Assert.Equal(expected.Log with { Path = entry.Path }, entry);
        Assert.Equal(IngestStatus.AlreadyIngested, (await new StoreIngestor(store).IngestAsync(log, ct: ct)).Status);
    }

    [Fact]
    public async Task Live_ingest_of_a_CSV_export_stores_exactly_the_rows_of_picket_ingest()
    {
        using var dir = new TempDir();
        string csv = dir.File("noaa.csv");
        await File.WriteAllTextAsync(csv, """
            MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass
            445112000,2018-03-02T10:00:00,38.9,123.8,5.1,90.0,88,SAMPLE TANKER,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            445112000,2018-03-02T10:01:00,38.91,123.81,5.2,91.0,89,SAMPLE TANKER,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            445112000,2018-03-02T10:02:00,38.92,123.82,5.3,92.0,90,NEW NAME,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            notanmmsi,2018-03-02T10:03:00,38.93,123.83,5.3,92.0,90,NEW NAME,IMO8691702,HMYN9,80,0,80,12,5.2,80,A
            """.Replace("\r", ""), TestContext.Current.CancellationToken);
        var ct = TestContext.Current.CancellationToken;
        var expected = await IngestAsync(dir.File("ingest.duckdb"), csv, ct);

        using var store = StoreDatabase.Open(dir.File("live.duckdb"));
        using (var live = new LiveIngest(store))
        {
            LiveFeed.Csv(live, csv);
            live.Complete();
        }

        Assert.Equal(expected.Fingerprint, StoreFingerprint.Of(store));
        var log = Assert.Single(IngestLog.All(store.Connection));
        Assert.Equal(expected.Log with { Path = log.Path }, log);
        Assert.Equal(IngestStatus.AlreadyIngested, (await new StoreIngestor(store).IngestAsync(csv, ct: ct)).Status);
    }

    [Fact]
    public async Task A_file_already_in_the_store_is_rolled_back_instead_of_added_twice()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        IngestFeed.Write(feed, 5_000);
        var ct = TestContext.Current.CancellationToken;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        await new StoreIngestor(store).IngestAsync(feed, ct: ct);
        var before = StoreFingerprint.Of(store);

        using (var live = new LiveIngest(store, batchRows: 512))
        {
            await LiveFeed.NmeaAsync(live, feed, ct);
            await LiveFeed.NmeaAsync(live, feed, ct); // the same file twice in one run, too
            live.Complete();
            Assert.All(live.Files, f => Assert.True(f.AlreadyInStore));
            Assert.Equal(2, live.Files.Count);
        }

        Assert.Equal(before, StoreFingerprint.Of(store));
        Assert.Single(IngestLog.All(store.Connection));
    }

    [Fact]
    public async Task Disposing_without_Complete_rolls_back_the_open_file_and_keeps_the_ended_ones()
    {
        using var dir = new TempDir();
        IngestFeed.Write(dir.File("a.nmea"), 3_000, seed: 1);
        IngestFeed.Write(dir.File("b.nmea"), 3_000, seed: 2);
        var ct = TestContext.Current.CancellationToken;
        var onlyA = (await IngestAsync(dir.File("a.duckdb"), dir.File("a.nmea"), ct)).Fingerprint;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));

        using (var live = new LiveIngest(store, batchRows: 256))
        {
            await LiveFeed.NmeaAsync(live, dir.File("a.nmea"), ct);
            // b is read but never ended: an interrupted analysis.
            await using var b = File.OpenRead(dir.File("b.nmea"));
            await NmeaStreamReader.ReadAsync(b, new AisDecoder(), live, cancellationToken: ct);
        }

        Assert.Equal(onlyA, StoreFingerprint.Of(store));
        Assert.Single(IngestLog.All(store.Connection));
        // The connection is usable again, with the settings it had.
        Assert.Equal(Environment.ProcessorCount, store.ScalarLong("SELECT current_setting('threads')"));
    }

    [Fact]
    public async Task A_store_failure_surfaces_from_Complete_without_blocking_the_reader()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        IngestFeed.Write(feed, 20_000);
        var ct = TestContext.Current.CancellationToken;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        store.Execute("DROP VIEW positions_deg");
        store.Execute("DROP TABLE positions"); // the writer's first append fails

        var run = Task.Run(async () =>
        {
            using var live = new LiveIngest(store, batchRows: 256);
            // Far more batches than the queue holds: a writer that stopped draining would block this read for ever.
            await LiveFeed.NmeaAsync(live, feed, ct);
            return Record.Exception(live.Complete);
        }, ct);
        var error = await run.WaitAsync(TimeSpan.FromSeconds(60), ct);

        var e = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("writing the store", e.Message);
        Assert.Contains("positions", e.Message);
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM identity_reports"));
        Assert.Empty(IngestLog.All(store.Connection));
    }

    [Fact]
    public async Task A_closed_connection_surfaces_from_Complete_as_an_exception()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        IngestFeed.Write(feed, 2_000);
        var ct = TestContext.Current.CancellationToken;
        var store = StoreDatabase.Open(dir.File("s.duckdb"));
        store.Dispose();

        using var live = new LiveIngest(store, batchRows: 256);
        await LiveFeed.NmeaAsync(live, feed, ct).WaitAsync(TimeSpan.FromSeconds(60), ct);
        var e = Assert.Throws<InvalidOperationException>(live.Complete);
        Assert.NotNull(e.InnerException);
    }

    private sealed record Expected(StoreFingerprint Fingerprint, IngestLogEntry Log, long Vessels);

    /// <summary>The reference: <c>picket ingest</c> of the same file into a store of its own.</summary>
    private static async Task<Expected> IngestAsync(string db, string path, CancellationToken ct)
    {
        using var store = StoreDatabase.Open(db);
        var result = await new StoreIngestor(store).IngestAsync(path, ct: ct);
        Assert.Equal(IngestStatus.Ingested, result.Status);
        store.RefreshVessels();
        return new Expected(StoreFingerprint.Of(store), IngestLog.All(store.Connection).Single(),
            store.ScalarLong("SELECT count(*) FROM vessels"));
    }
}
