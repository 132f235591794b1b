using System.Diagnostics;
using Picket.Analysis.Live;
using Picket.Core.Input.Live;
using Picket.Store;
using Picket.Testing.Feeds;
using Picket.Testing.Traffic;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// A feed that sends a few reports and goes quiet has them in the store within seconds: the watch commits its open
/// store chunk once the feed has been quiet for a moment, not when more input comes (the chunk's own limits — here
/// ten minutes and 500,000 messages — are never reached by ten messages).
/// </summary>
public sealed class LiveStoreIdleCommitTests
{
    [Fact]
    public async Task Ten_messages_then_silence_are_in_the_store_within_seconds_while_the_watch_goes_on()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-live-idle-commit");
        var traffic = new SyntheticTraffic(new TrafficOptions { Vessels = 10, Duration = TimeSpan.FromMinutes(10), EncounterEvery = 0, DriftEvery = 0, StaticEvery = TimeSpan.Zero });
        var feed = dir["feed.nmea"];
        var counts = TrafficNmea.Write(feed, traffic.Stream().Where(i => !i.IsIdentity).Take(10));
        Assert.Equal(10, counts.Positions);
        // The server sends the ten lines, then keeps the connection open and quiet.
        await using var server = new NmeaFeedServer(feed);
        var storePath = Path.Combine(dir["out"], "picket.duckdb");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var watch = new LiveAnalysisJob(new LiveRequest
        {
            Sources = [LiveSourceAddress.Parse(server.Url)], OutputDirectory = dir["out"],
            StoreChunkInterval = TimeSpan.FromMinutes(10), CheckpointInterval = TimeSpan.FromMinutes(10),
        }).RunAsync(stop.Token);

        var size = new FileInfo(feed).Length;
        while (server.BytesSent < size && !watch.IsCompleted) await Task.Delay(20, ct);
        var sent = Stopwatch.StartNew();
        long stored = 0;
        while (sent.Elapsed < TimeSpan.FromSeconds(10) && !watch.IsCompleted)
        {
            stored = Positions(storePath);
            if (stored >= 10) break;
            await Task.Delay(100, ct);
        }
        var waited = sent.Elapsed;
        Assert.False(watch.IsCompleted, "the watch goes on: its feed is quiet, not ended");
        Assert.Equal(10, stored);
        Assert.True(waited < TimeSpan.FromSeconds(5), $"the quiet feed's rows took {waited.TotalSeconds:0.0} s to reach the store");

        await stop.CancelAsync();
        var result = await watch;
        Assert.False(result.Finished);
        Assert.Equal(10, Positions(storePath)); // committed once: the chunk at the stop adds nothing
    }

    /// <summary>Positions in the store, read through another connection to the database the watch writes (0 before its first commit).</summary>
    private static long Positions(string path)
    {
        if (!File.Exists(path)) return 0;
        using var store = StoreDatabase.Open(path);
        return store.ScalarLong("SELECT count(*) FROM positions");
    }
}
