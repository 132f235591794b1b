using System.Text;
using System.Text.Json;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;
using Picket.Testing.Traffic;

namespace Picket.Store.Tests;

/// <summary>
/// <see cref="IngestBatch"/> and <see cref="IngestResultJson"/> in process (what <c>picket ingest FILE...</c> does): a
/// known synthetic feed, a missing file between two copies of it, the vessel summary refreshed once at the end.
/// </summary>
public sealed class IngestBatchTests
{
    [Fact]
    public async Task Several_files_are_ingested_in_order_a_missing_one_is_recorded_and_the_same_content_adds_nothing()
    {
        using var dir = new TempDir();
        var feed = IngestFeed.Write(dir.File("feed.nmea"), 5_000);
        File.Copy(dir.File("feed.nmea"), dir.File("copy.nmea"));
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var told = new List<string>();
        var progressAsked = new List<string>();

        var result = await IngestBatch.RunAsync(store, [dir.File("feed.nmea"), dir.File("missing.nmea"), dir.File("copy.nmea")], null,
            path => { progressAsked.Add(Path.GetFileName(path)); return null; }, r => told.Add(Path.GetFileName(r.Path)), TestContext.Current.CancellationToken);

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Failed, IngestStatus.AlreadyIngested], result.Files.Select(f => f.Status));
        Assert.True(result.AnyFailed);
        Assert.False(result.Interrupted);
        Assert.Equal(["feed.nmea", "missing.nmea", "copy.nmea"], told);
        Assert.Equal(told, progressAsked);
        Assert.Equal(feed.Positions, store.ScalarLong("SELECT count(*) FROM positions"));
        Assert.True(store.ScalarLong("SELECT count(*) FROM vessels") > 0, "the vessel summary is refreshed after the batch");

        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) IngestResultJson.Write(w, result.Files);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        var files = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(["ingested", "failed", "alreadyingested"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal(feed.Positions, files[0].GetProperty("positions_added").GetInt64());
        Assert.Equal(feed.Lines, files[0].GetProperty("lines").GetInt64());
        Assert.Equal(JsonValueKind.Object, files[0].GetProperty("rejected_reasons").ValueKind);
        Assert.True(files[1].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task A_cancelled_batch_reads_no_file_and_still_leaves_a_usable_store()
    {
        using var dir = new TempDir();
        IngestFeed.Write(dir.File("feed.nmea"), 1_000);
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var result = await IngestBatch.RunAsync(store, [dir.File("feed.nmea")], cancellationToken: cts.Token);
        Assert.Empty(result.Files);
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM positions"));
    }
}
