using Picket.Testing.Traffic;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

public sealed class IngestTests
{
    [Fact]
    public async Task Ingest_stores_every_decoded_position_and_identity_and_counts_rejected_lines()
    {
        using var dir = new TempDir();
        var feed = IngestFeed.Write(dir.File("feed.nmea"), 30_000);
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var result = await new StoreIngestor(store, new IngestOptions { BatchRows = 4096, CommitRows = 10_000 }).IngestAsync(dir.File("feed.nmea"), ct: TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal(feed.Positions, result.PositionsAdded);
        Assert.Equal(feed.Identities, result.IdentitiesAdded);
        Assert.Equal(feed.Positions, store.ScalarLong("SELECT count(*) FROM positions"));
        Assert.Equal(feed.Identities, store.ScalarLong("SELECT count(*) FROM identity_reports"));
        var log = Assert.Single(IngestLog.All(store.Connection));
        Assert.True(log.Complete);
        Assert.Equal(feed.Lines, log.LinesDone);
        Assert.Equal(feed.Rejected, log.Rejected);
        Assert.Contains("bad_checksum", log.RejectedReasons);
        Assert.Contains("orphan_fragment", log.RejectedReasons);
        // Values survive the trip: a known vessel's position is in the Yellow Sea box the generator uses.
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM positions_deg WHERE lat NOT BETWEEN 33 AND 41 OR lon NOT BETWEEN 119 AND 127"));
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM positions WHERE ts IS NULL"));
        Assert.Equal(SyntheticTraffic.FleetImo(50), store.ScalarLong("SELECT max(imo) FROM identity_reports WHERE mmsi = 412000050"));
    }

    [Fact]
    public async Task Ingesting_the_same_content_twice_adds_zero_rows_even_under_another_name()
    {
        using var dir = new TempDir();
        IngestFeed.Write(dir.File("a.nmea"), 20_000);
        File.Copy(dir.File("a.nmea"), dir.File("copy-of-a.txt"));
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var ingestor = new StoreIngestor(store);
        var ct = TestContext.Current.CancellationToken;

        var first = await ingestor.IngestAsync(dir.File("a.nmea"), ct: ct);
        var before = StoreFingerprint.Of(store);
        var second = await ingestor.IngestAsync(dir.File("a.nmea"), ct: ct);
        var renamed = await ingestor.IngestAsync(dir.File("copy-of-a.txt"), ct: ct);

        Assert.Equal(IngestStatus.Ingested, first.Status);
        Assert.Equal(IngestStatus.AlreadyIngested, second.Status);
        Assert.Equal(IngestStatus.AlreadyIngested, renamed.Status);
        Assert.Equal(0, second.PositionsAdded + second.IdentitiesAdded + renamed.PositionsAdded + renamed.IdentitiesAdded);
        Assert.Equal(before, StoreFingerprint.Of(store));
        Assert.Single(IngestLog.All(store.Connection));
    }

    [Fact]
    public async Task A_cancelled_ingest_keeps_its_committed_rows_and_the_next_run_resumes_to_exactly_one_clean_copy()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        IngestFeed.Write(feed, 60_000);
        var options = new IngestOptions { BatchRows = 2048, CommitRows = 4096 };
        var ct = TestContext.Current.CancellationToken;

        StoreFingerprint clean;
        using (var store = StoreDatabase.Open(dir.File("clean.duckdb")))
        {
            await new StoreIngestor(store, options).IngestAsync(feed, ct: ct);
            clean = StoreFingerprint.Of(store);
        }

        using var resumed = StoreDatabase.Open(dir.File("resumed.duckdb"));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Cancel from the progress callback once some rows are in: deterministic, no timing involved.
        var stopEarly = new SyncProgress(p => { if (p.Positions >= 10_000) cts.Cancel(); });
        var interrupted = await new StoreIngestor(resumed, options).IngestAsync(feed, stopEarly, cts.Token);
        Assert.Equal(IngestStatus.Interrupted, interrupted.Status);
        long partial = resumed.ScalarLong("SELECT count(*) FROM positions");
        Assert.InRange(partial, 10_000, clean.Positions - 1);
        Assert.Equal(partial, IngestLog.All(resumed.Connection).Single().Positions);

        var finished = await new StoreIngestor(resumed, options).IngestAsync(feed, ct: ct);
        Assert.Equal(IngestStatus.Ingested, finished.Status);
        Assert.True(finished.ResumedFromLine > 0);
        Assert.Equal(clean, StoreFingerprint.Of(resumed));
    }

    /// <summary>Progress reported on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<IngestProgress> action) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => action(value);
    }
}
