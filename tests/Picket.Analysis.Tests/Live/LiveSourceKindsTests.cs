using System.Net;
using System.Net.Sockets;
using Picket.Analysis.Live;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// Every kind of source <c>picket watch</c> takes, each over real loopback sockets or files, against <c>picket
/// analyze</c> on the same recording: the final events are the batch's (same ids, same lines). Two receivers pushing
/// the same feed give it once (the second copy of each message counted as a duplicate); a UDP listener, a file that
/// grows while it is followed, standard input, a finished file, and a feed that breaks mid-line and is reconnected
/// (its new connection starting the recording over, skipped up to what was taken) all end with the batch answer.
/// </summary>
[Collection(SmallFeed.Collection)]
public sealed class LiveSourceKindsTests(SmallFeed feed)
{
    private static LiveRequest Watch(string dir, params LiveSourceAddress[] sources) => SourceWatch.Request(dir, TimeSpan.FromSeconds(1), sources);

    [Fact]
    public async Task Two_receivers_pushing_the_same_feed_give_the_batch_events_once_with_the_copies_counted()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-watch-listen");
        var bound = new TaskCompletionSource<EndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var request = Watch(dir.Path, LiveSourceAddress.Parse("rx=tcp-listen://127.0.0.1:0")) with { Listening = (_, at) => bound.TrySetResult(at) };
        var watch = new LiveAnalysisJob(request).RunAsync(ct);
        var port = ((IPEndPoint)await bound.Task.WaitAsync(SourceWatch.Limit, ct)).Port;

        // Two receivers push the same recording at once, in step (16 KB each in turn), as two stations hear one sea.
        var recording = await File.ReadAllBytesAsync(feed.Feed, ct);
        using (var a = new TcpClient())
        using (var b = new TcpClient())
        {
            await a.ConnectAsync(IPAddress.Loopback, port, ct);
            await b.ConnectAsync(IPAddress.Loopback, port, ct);
            for (int at = 0; at < recording.Length; at += 16 * 1024)
            {
                var chunk = recording.AsMemory(at, Math.Min(16 * 1024, recording.Length - at));
                await a.GetStream().WriteAsync(chunk, ct);
                await b.GetStream().WriteAsync(chunk, ct);
            }
        }
        var result = await watch.WaitAsync(SourceWatch.Limit, ct);

        Assert.True(result.Finished);
        FinalEvents.AssertSame(await feed.Events, FinalEvents.Read(dir["events.jsonl"]));
        var rx = result.Status.Sources.Single();
        var counters = rx.Counters!;
        Assert.Equal(2, counters.Connections);
        // Every message decoded is either taken or counted as a copy; at least every message of the second receiver is a copy.
        Assert.Equal(counters.Messages, rx.Messages + counters.Duplicates);
        Assert.True(counters.Duplicates >= counters.Messages / 2, $"{counters.Duplicates:N0} duplicates of {counters.Messages:N0} messages");
    }

    [Fact]
    public async Task A_udp_listener_paced_by_a_receiver_gives_the_batch_events()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-watch-udp");
        var bound = new TaskCompletionSource<EndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var request = Watch(dir.Path, LiveSourceAddress.Parse("ais=udp://127.0.0.1:0")) with { Listening = (_, at) => bound.TrySetResult(at) };
        var watch = new LiveAnalysisJob(request).RunAsync(ct);
        var at = (IPEndPoint)await bound.Task.WaitAsync(SourceWatch.Limit, ct);

        // The first 30,000 lines (about 3 h of the recording) in about 3 s: a receiver's pace, not a flood UDP would lose.
        var replayer = new FeedReplayer([feed.Head], new FeedReplayOptions { Speed = 3_600, MaxPause = TimeSpan.FromMilliseconds(200) });
        long sent = await replayer.SendAsync(at, ct);
        var result = await watch.WaitAsync(SourceWatch.Limit, ct);

        Assert.True(result.Finished);
        var counters = result.Status.Sources.Single().Counters!;
        Assert.Equal(0, counters.QueueDrops);
        Assert.Equal(sent, counters.Lines);
        FinalEvents.AssertSame(await feed.HeadEvents, FinalEvents.Read(dir["events.jsonl"]));
    }

    [Fact]
    public async Task A_file_followed_while_it_grows_gives_the_batch_events()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-watch-tail");
        // The writer stops mid-line: the follower must wait for the rest of the line, not take half of it.
        var (path, recording) = await SourceWatch.GrowingFileAsync(feed, dir, length: r => r / 3 + 17);
        int written = recording.Length / 3 + 17;
        var watch = new LiveAnalysisJob(Watch(dir["out"], LiveSourceAddress.Parse("log=file:" + path))).RunAsync(ct);
        await using (var log = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            while (written < recording.Length)
            {
                await Task.Delay(300, ct);
                int n = Math.Min(recording.Length / 5 + 31, recording.Length - written);
                await log.WriteAsync(recording.AsMemory(written, n), ct);
                await log.FlushAsync(ct);
                written += n;
            }
        }
        var result = await watch.WaitAsync(SourceWatch.Limit, ct);

        Assert.True(result.Finished);
        var counters = result.Status.Sources.Single().Counters!;
        Assert.Equal((1, 0L), (counters.Connections, counters.Truncations));
        FinalEvents.AssertSame(await feed.Events, FinalEvents.Read(dir["out/events.jsonl"]));
    }

    [Fact]
    public async Task Standard_input_is_read_to_its_end_and_the_watch_finishes_with_the_batch_events()
    {
        using var dir = new TempDir("picket-watch-stdin");
        var request = Watch(dir.Path, LiveSourceAddress.Parse("-")) with
        {
            StopWhenIdle = null, // standard input ending ends the watch
            FeedOptions = FeedReader.DefaultOptions with { OpenStandardInput = () => File.OpenRead(feed.Feed) },
        };
        var (result, events) = await SourceWatch.RunAsync(request);

        Assert.True(result.Status.Sources.Single().Done);
        FinalEvents.AssertSame(await feed.Events, events);
    }

    [Fact]
    public async Task A_finished_file_given_as_a_plain_path_is_read_once_and_ends_the_watch()
    {
        using var dir = new TempDir("picket-watch-file");
        Assert.True(LiveSourceAddress.TryParseArgument(feed.Feed, out var file, out _));
        var (result, events) = await SourceWatch.RunAsync(Watch(dir.Path, file) with { StopWhenIdle = null });

        Assert.True(result.Status.Sources.Single().Done);
        FinalEvents.AssertSame(await feed.Events, events);
    }

    [Fact]
    public async Task A_feed_that_breaks_mid_line_is_reconnected_and_its_replay_skipped_to_the_batch_events()
    {
        using var dir = new TempDir("picket-watch-reconnect");
        long size = new FileInfo(feed.Feed).Length;
        // Late enough that the start of the replay is older than the de-duplication remembers: the position rule skips it.
        await using var server = new DroppingFeedServer(feed.Feed, dropAfter: size * 9 / 10 + 7);
        var (result, events) = await SourceWatch.RunAsync(Watch(dir.Path, LiveSourceAddress.Parse("feed=" + server.Url)));

        var source = result.Status.Sources.Single();
        var what = $"{SourceWatch.Describe(source)}; the server accepted {server.Connections} connections and sent {server.BytesSent:N0} bytes";
        Assert.True(server.Connections >= 2, what);
        Assert.True(source.Counters!.Reconnects >= 1, what);
        // Every byte sent was read before the watch ended: a watch that stops (idle) with input still on its way loses the end.
        Assert.True(source.Counters.Bytes == server.BytesSent, $"the watch ended before reading everything; {what}");
        // The new connection starts the recording over: what the first one delivered is skipped by its position (or,
        // while the de-duplication still remembers it, dropped as a copy), never analysed twice.
        Assert.True(source.Skipped > source.Messages / 10, $"{source.Skipped:N0} skipped of {source.Messages:N0}; {what}");
        SourceWatch.AssertSameNaming(await feed.Events, events, what);
    }
}
