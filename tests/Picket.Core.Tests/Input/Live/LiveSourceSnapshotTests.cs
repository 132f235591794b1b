using System.Text;
using System.Text.Json;
using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>The counters a watcher prints and serves, as JSON.</summary>
public sealed class LiveSourceSnapshotTests
{
    [Fact]
    public async Task Counters_are_written_as_one_json_object_with_rejections_by_reason_and_lag()
    {
        var start = new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var text = FeedRecording.Text(FeedRecording.Messages(4, start, TimeSpan.FromSeconds(1))) + "junk\n";
        var clock = new FixedClock(start.AddSeconds(65));
        var options = new LiveFeedOptions { OpenStandardInput = () => new MemoryStream(Encoding.ASCII.GetBytes(text)) };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("stdin=-")], options, clock);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        await FeedCollector.TakeAsync(feed, 4, TimeSpan.FromSeconds(20));

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) feed.Snapshot()[0].WriteJson(w);
        using var json = JsonDocument.Parse(buffer.ToArray());
        var root = json.RootElement;
        Assert.Equal("stdin", root.GetProperty("name").GetString());
        Assert.Equal("-", root.GetProperty("url").GetString());
        Assert.Equal(5, root.GetProperty("lines").GetInt64());
        Assert.Equal(4, root.GetProperty("messages").GetInt64());
        Assert.Equal(1, root.GetProperty("rejected_by_reason").GetProperty("not_ais").GetInt64());
        // Received at 10:01:05, sent at 10:00:00-10:00:03: the last lag is 62 s, the largest 65 s.
        Assert.Equal(62_000, root.GetProperty("lag_last_ms").GetInt64());
        Assert.Equal(65_000, root.GetProperty("lag_max_ms").GetInt64());
        Assert.Equal(text.Length, root.GetProperty("bytes").GetInt64());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
