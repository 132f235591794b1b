using Picket.Testing.Traffic;
using System.IO.Compression;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>
/// The store's idempotence beyond identical files: a log that grew, or the full download of a file first read
/// truncated, adds only what is new. The known answer: the store equals one that ingested the final file alone.
/// </summary>
public sealed class GrownAndTruncatedInputTests
{
    private static (string First, string Whole) GrownLog(TempDir dir)
    {
        IngestFeed.Write(dir.File("first.nmea"), 20_000, seed: 1);
        IngestFeed.Write(dir.File("more.nmea"), 15_000, seed: 2);
        File.WriteAllBytes(dir.File("whole.nmea"), [.. File.ReadAllBytes(dir.File("first.nmea")), .. File.ReadAllBytes(dir.File("more.nmea"))]);
        return (dir.File("first.nmea"), dir.File("whole.nmea"));
    }

    private static async Task<StoreFingerprint> Alone(TempDir dir, string file)
    {
        using var store = StoreDatabase.Open(dir.File($"alone-{Guid.NewGuid():N}.duckdb"));
        var r = await new StoreIngestor(store).IngestAsync(file, ct: TestContext.Current.CancellationToken);
        Assert.Equal(IngestStatus.Ingested, r.Status);
        return StoreFingerprint.Of(store);
    }

    [Fact]
    public async Task A_log_ingested_again_after_it_grew_adds_only_the_new_lines()
    {
        using var dir = new TempDir();
        var (first, whole) = GrownLog(dir);
        var ct = TestContext.Current.CancellationToken;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var ingestor = new StoreIngestor(store);
        var a = await ingestor.IngestAsync(first, ct: ct);
        var b = await ingestor.IngestAsync(whole, ct: ct);
        Assert.Equal(IngestStatus.Ingested, b.Status);
        Assert.True(b.ResumedFromLine > 0, "resumed after the stored prefix");
        Assert.Equal(await Alone(dir, whole), StoreFingerprint.Of(store)); // no position stored twice
        Assert.True(b.PositionsAdded < a.PositionsAdded, $"{b.PositionsAdded} new vs {a.PositionsAdded} first");
    }

    [Fact]
    public async Task A_truncated_gzip_is_an_error_logged_incomplete_and_the_full_download_adds_only_the_rest()
    {
        using var dir = new TempDir();
        var (_, whole) = GrownLog(dir);
        string gz = dir.File("whole.nmea.gz"), cut = dir.File("cut.nmea.gz");
        using (var z = new GZipStream(File.Create(gz), CompressionLevel.Fastest)) z.Write(File.ReadAllBytes(whole));
        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);
        var ct = TestContext.Current.CancellationToken;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        // Small batches, so the rows decoded before the break are committed (the producer keeps no partial batch).
        var ingestor = new StoreIngestor(store, new IngestOptions { BatchRows = 1024, CommitRows = 2048 });

        var partial = await ingestor.IngestAsync(cut, ct: ct);
        Assert.Equal(IngestStatus.Failed, partial.Status); // never read as complete
        Assert.Contains("truncated", partial.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(partial.Log!.Complete);
        Assert.True(partial.PositionsAdded > 0);

        var full = await ingestor.IngestAsync(gz, ct: ct);
        Assert.Equal(IngestStatus.Ingested, full.Status);
        Assert.Equal(partial.Log.LinesDone, full.ResumedFromLine);
        Assert.Equal(await Alone(dir, whole), StoreFingerprint.Of(store));
    }

    [Fact]
    public async Task A_different_file_with_the_same_head_is_ingested_whole()
    {
        using var dir = new TempDir();
        var (first, _) = GrownLog(dir);
        // Same first 4 KiB, different afterwards: the prefix hash must refuse it.
        var text = File.ReadAllBytes(first);
        var other = text.ToArray();
        int at = Array.LastIndexOf(other, (byte)'\n', other.Length - 2) + 1;
        other[at + 10] ^= 1; // one bit in the last line
        File.WriteAllBytes(dir.File("other.nmea"), [.. other, .. File.ReadAllBytes(dir.File("more.nmea"))]);
        var ct = TestContext.Current.CancellationToken;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        await new StoreIngestor(store).IngestAsync(first, ct: ct);
        var r = await new StoreIngestor(store).IngestAsync(dir.File("other.nmea"), ct: ct);
        Assert.Equal(0, r.ResumedFromLine);
    }
}
