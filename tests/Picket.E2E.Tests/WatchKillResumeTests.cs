using System.Diagnostics;
using Picket.Store;
using Picket.Testing;
using Picket.Testing.Feeds;

namespace Picket.E2E.Tests;

/// <summary>
/// The built <c>picket watch</c>, killed with SIGKILL part-way through a recording served over loopback TCP and
/// started again on the same directory (the feed serves the new connection from the start, as a replayer does): the
/// final events equal <c>picket analyze</c> of the same file, none missing or written twice, and the store holds as
/// many positions and identity reports as the batch run's.
/// </summary>
public sealed class WatchKillResumeTests(YellowSeaScenario scenario)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_watch_killed_mid_feed_and_restarted_ends_with_the_batch_answer()
    {
        var batchDir = await scenario.BatchAsync(store: true);
        var feed = scenario.Feed;
        var liveDir = scenario.NewDirectory("kill-resume");
        long size = new FileInfo(feed).Length;
        string[] watch(string url, bool stopWhenIdle) =>
            ["watch", url, "--out", liveDir, "--checkpoint-every", "0.5", "--status-every", "1", .. (stopWhenIdle ? new[] { "--stop-when-idle", "2" } : [])];
        // The feed holds at 40 % until the watch has checkpointed, then goes on at about a twentieth of the recording a
        // second: the kill falls in the middle of the feed, with work done since the last checkpoint.
        await using (var slow = new NmeaFeedServer(feed, bytesPerSecond: size / 20.0, holdAtBytes: size * 4 / 10))
        await using (var first = PicketProcess.Start(watch(slow.Url, stopWhenIdle: false)))
        {
            var checkpoint = Path.Combine(liveDir, "watch.checkpoint");
            var waited = Stopwatch.StartNew();
            await first.WaitUntilAsync(() => File.Exists(checkpoint), Limit, "before it checkpointed");
            slow.Release();
            await first.WaitUntilAsync(() => slow.BytesSent >= size * 6 / 10, Limit - waited.Elapsed, "before it was killed");
            await first.KillAsync(); // SIGKILL: no last checkpoint, no flush
            Assert.True(slow.BytesSent < size, $"the feed was sent whole ({slow.BytesSent:N0} of {size:N0} bytes, {waited.Elapsed}) before the kill");
        }
        await using var server = new NmeaFeedServer(feed);
        var resumed = await PicketCli.RunAsync(watch(server.Url, stopWhenIdle: true), Limit);
        Assert.True(resumed.Exit == 0, resumed.Stderr + resumed.Stdout);
        Assert.Contains("(resumed)", resumed.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped", resumed.Stderr, StringComparison.Ordinal);

        var expected = FinalEvents.Read(Path.Combine(batchDir, "events.jsonl"));
        var live = FinalEvents.ReadWatched(Path.Combine(liveDir, "events.jsonl"));
        FinalEvents.AssertSame(expected, live);
        foreach (var table in new[] { "positions", "identity_reports" })
            Assert.Equal(Count(Path.Combine(batchDir, "picket.duckdb"), table), Count(Path.Combine(liveDir, "picket.duckdb"), table));
        Assert.Equal(live.Count, Count(Path.Combine(liveDir, "picket.duckdb"), "events"));
    }

    private static long Count(string path, string table)
    {
        using var store = StoreDatabase.Open(path);
        return store.ScalarLong($"SELECT count(*) FROM {table}");
    }
}
