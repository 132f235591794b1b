using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>A feed that drops, cuts lines, sends garbage, floods fragments and stalls: every message arrives once, every fault is counted by reason.</summary>
public sealed class MisbehavingFeedTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_message_arrives_once_and_every_planted_fault_is_counted_by_reason()
    {
        var messages = FeedRecording.Messages(300, new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1), staticEvery: 7);
        var plan = new Misbehaviour
        {
            DisconnectEvery = 60, GarbageEvery = 13, OverlongEvery = 45, FloodEvery = 100, FloodSize = 150,
            StallAfter = 150, StallFor = TimeSpan.FromSeconds(1.5),
        };
        await using var bad = new MisbehavingFeed(messages, plan);
        var options = new LiveFeedOptions
        {
            Backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100)),
            IdleTimeout = TimeSpan.FromMilliseconds(500), // the stall outlasts it: the client gives up and reconnects
        };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("bad=" + bad.Url)], options);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var got = await FeedCollector.TakeAsync(feed, 300, Timeout);

        Assert.Equal(FeedRecording.Payloads(messages), FeedRecording.Payloads(got.Select(r => r.Sentences)));
        await bad.DisposeAsync(); // closes the last connection: its pending flood fragments are counted as stale
        await FeedCollector.UntilAsync(() => feed.Snapshot()[0].OpenConnections == 0, Timeout, "the last connection to close");

        var c = feed.Snapshot()[0];
        var p = bad.Planted;
        Assert.Equal(300, c.Messages);
        Assert.Equal(0, c.Duplicates);
        Assert.Equal(p.Garbage, c.RejectedFor("not_ais"));
        Assert.Equal(p.Overlong, c.RejectedFor("line_too_long"));
        Assert.Equal(p.FloodFragments, c.RejectedFor("stale_fragment"));
        // A half line ends as whatever its cut leaves: a sentence without its checksum, a broken tag block, too few fields.
        Assert.Equal(p.HalfLines, c.RejectedLines - p.Garbage - p.Overlong - p.FloodFragments);
        Assert.True(p.HalfLines >= 3, $"{p.HalfLines} half lines");
        Assert.Equal(1, p.Stalls);
        // Reconnects: one per planted disconnect and one after the stall (then more: the finished feed is silent, so the
        // client keeps giving up on it and the ended server refuses).
        Assert.True(c.Reconnects >= p.Disconnects + 1, $"{c.Reconnects} reconnects for {p.Disconnects} disconnects and a stall");
    }
}
