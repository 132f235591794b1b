using Picket.Analysis.Live;
using Picket.Analysis.Tests.Job;
using Picket.Core.Input.Live;
using Picket.Store;
using Picket.Testing.Feeds;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// The live job against the batch job on the same simulated recording, served over loopback TCP as a feed provider
/// serves it: the same events (ids, evidence), the same store positions; and a watch stopped part-way and started
/// again on the same directory goes on from its checkpoint to the same answer, nothing written twice.
/// </summary>
public sealed class LiveAnalysisJobTests(SimulatedScenario scenario) : IClassFixture<SimulatedScenario>
{
    private static async Task<Dictionary<string, string>> BatchAsync(string feed, TempDir dir, bool store)
    {
        var request = new AnalysisRequest
        {
            Inputs = [feed], OutputDirectory = dir.Path,
            Outputs = AnalysisOutputs.Events | (store ? AnalysisOutputs.Store : 0),
        };
        await new AnalysisJob(request).RunAsync(TestContext.Current.CancellationToken);
        return FinalEvents.Read(dir["events.jsonl"]);
    }

    private static LiveRequest Watch(string url, string dir, bool store) => new()
    {
        Sources = [LiveSourceAddress.Parse(url)], OutputDirectory = dir, Store = store,
        StopWhenIdle = TimeSpan.FromSeconds(1.5), CheckpointInterval = TimeSpan.FromMilliseconds(300), StoreChunkInterval = TimeSpan.FromMilliseconds(200),
        StoreChunkMessages = 20_000,
    };

    [Fact]
    public async Task A_recording_watched_over_TCP_gives_the_batch_events_and_store_positions()
    {
        using var batchDir = new TempDir("picket-live-batch");
        var batch = await BatchAsync(scenario.Feed, batchDir, store: true);
        using var liveDir = new TempDir("picket-live");
        await using var server = new NmeaFeedServer(scenario.Feed);
        var result = await new LiveAnalysisJob(Watch(server.Url, liveDir.Path, store: true)).RunAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Finished);
        var live = FinalEvents.Read(liveDir["events.jsonl"]);
        Assert.True(batch.Count > 50, $"the scenario gives {batch.Count} events");
        FinalEvents.AssertSame(batch, live);
        Assert.All(FinalEvents.Repeated(liveDir["events.jsonl"]), id => Assert.Contains("\"type\":\"gap\"", live[id], StringComparison.Ordinal));
        Assert.Equal(Count(batchDir["picket.duckdb"], "positions"), Count(liveDir["picket.duckdb"], "positions"));
        Assert.Equal(Count(batchDir["picket.duckdb"], "identity_reports"), Count(liveDir["picket.duckdb"], "identity_reports"));
        Assert.Equal(live.Count, Count(liveDir["picket.duckdb"], "events"));
        Assert.True(result.Status.Sources[0].Messages > 0);
    }

    [Fact]
    public async Task A_watch_stopped_part_way_resumes_from_its_checkpoint_to_the_uninterrupted_answer()
    {
        using var batchDir = new TempDir("picket-live-batch");
        var batch = await BatchAsync(scenario.Feed, batchDir, store: true);
        using var liveDir = new TempDir("picket-live");
        long size = new FileInfo(scenario.Feed).Length;
        // Served slowly enough to be stopped part-way: the whole recording in about six seconds.
        await using (var slow = new NmeaFeedServer(scenario.Feed, bytesPerSecond: size / 6.0))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var first = new LiveAnalysisJob(Watch(slow.Url, liveDir.Path, store: true)).RunAsync(stop.Token);
            while (slow.BytesSent < size / 2) await Task.Delay(50, TestContext.Current.CancellationToken);
            await stop.CancelAsync();
            var stopped = await first;
            Assert.False(stopped.Finished);
            Assert.True(stopped.Status.Messages > 0);
        }
        Assert.True(File.Exists(liveDir[LiveCheckpoint.FileName]));
        // The feed's new connection starts from the beginning of the recording, as a replayer serves it.
        await using var server = new NmeaFeedServer(scenario.Feed);
        var resumed = await new LiveAnalysisJob(Watch(server.Url, liveDir.Path, store: true)).RunAsync(TestContext.Current.CancellationToken);

        Assert.True(resumed.Resumed);
        Assert.True(resumed.Finished);
        Assert.True(resumed.Status.Sources[0].Skipped > 0);
        var live = FinalEvents.Read(liveDir["events.jsonl"]);
        FinalEvents.AssertSame(batch, live);
        Assert.All(FinalEvents.Repeated(liveDir["events.jsonl"]), id => Assert.Contains("\"type\":\"gap\"", live[id], StringComparison.Ordinal));
        Assert.Equal(Count(batchDir["picket.duckdb"], "positions"), Count(liveDir["picket.duckdb"], "positions"));
        Assert.Equal(Count(batchDir["picket.duckdb"], "identity_reports"), Count(liveDir["picket.duckdb"], "identity_reports"));
    }

    private static long Count(string path, string table)
    {
        using var store = StoreDatabase.Open(path);
        return store.ScalarLong($"SELECT count(*) FROM {table}");
    }
}
