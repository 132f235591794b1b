using System.Net;
using System.Net.Sockets;
using System.Text;
using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>Each kind of source on real loopback sockets and real files: what goes in comes out once, whatever the wire did.</summary>
public sealed class LiveFeedSourceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Start = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static LiveFeedOptions Fast => new()
    {
        Backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200)),
        TailPollInterval = TimeSpan.FromMilliseconds(20),
    };

    [Fact]
    public async Task A_tcp_client_reconnects_after_the_server_drops_and_loses_nothing_sent_after()
    {
        var messages = FeedRecording.Messages(20, Start, TimeSpan.FromSeconds(1), staticEvery: 4);
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        int port = ((IPEndPoint)server.LocalEndpoint).Port;
        await using var feed = new LiveFeed([LiveSourceAddress.Parse($"feed=tcp://127.0.0.1:{port}")], Fast);
        await feed.StartAsync(TestContext.Current.CancellationToken);

        var serving = Task.Run(async () =>
        {
            // First connection: half the recording, then the server drops it; second: the rest.
            using (var first = await server.AcceptTcpClientAsync(TestContext.Current.CancellationToken))
            {
                await first.GetStream().WriteAsync(FeedRecording.Bytes(messages.Take(10)), TestContext.Current.CancellationToken);
            }
            using var second = await server.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
            await second.GetStream().WriteAsync(FeedRecording.Bytes(messages.Skip(10)), TestContext.Current.CancellationToken);
            await Task.Delay(System.Threading.Timeout.Infinite, TestContext.Current.CancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }, TestContext.Current.CancellationToken);

        var got = await FeedCollector.TakeAsync(feed, 20, Timeout);
        Assert.Equal(FeedRecording.Payloads(messages), FeedRecording.Payloads(got.Select(r => r.Sentences)));
        var counters = feed.Snapshot()[0];
        Assert.True(counters.Reconnects >= 1, counters.ToString());
        Assert.Equal(2, counters.Connections);
        Assert.Equal(20, counters.Messages);
        Assert.All(got, r => Assert.Equal("feed", r.Source));
    }

    [Fact]
    public async Task A_tcp_client_keeps_retrying_a_feed_that_is_not_there_yet()
    {
        // A port that was free a moment ago: connections are refused until a server takes it.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var feed = new LiveFeed([LiveSourceAddress.Parse($"tcp://127.0.0.1:{port}")], Fast);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        await FeedCollector.UntilAsync(() => feed.Snapshot()[0].Reconnects >= 3, Timeout, "three refused attempts");
        Assert.NotNull(feed.Snapshot()[0].LastError);

        using var server = new TcpListener(IPAddress.Loopback, port);
        server.Start();
        var messages = FeedRecording.Messages(3, Start, TimeSpan.FromSeconds(1));
        _ = Task.Run(async () =>
        {
            using var c = await server.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
            await c.GetStream().WriteAsync(FeedRecording.Bytes(messages), TestContext.Current.CancellationToken);
            await Task.Delay(System.Threading.Timeout.Infinite, TestContext.Current.CancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }, TestContext.Current.CancellationToken);
        var got = await FeedCollector.TakeAsync(feed, 3, Timeout);
        Assert.Equal(FeedRecording.Payloads(messages), FeedRecording.Payloads(got.Select(r => r.Sentences)));
    }

    [Fact]
    public async Task Standard_input_is_read_to_its_end_with_garbage_and_half_lines_counted_by_reason()
    {
        var messages = FeedRecording.Messages(6, Start, TimeSpan.FromSeconds(1), staticEvery: 3);
        var text = new StringBuilder();
        text.Append(messages[0]).Append("hello, this is not AIS\r\n");
        text.Append(messages[1]).Append("!AIVDM,1,1,,B,13U4vF0P001d<UnEPPPP0000000,0*00\n"); // bad checksum
        text.Append(messages[2]).Append(messages[3]);
        text.Append(new string('x', 5000)).Append('\n'); // far longer than any sentence
        text.Append(messages[4]).Append("!AIVDM,1,1,,A,15M6"); // a half line, cut by the end of input
        var options = Fast with { OpenStandardInput = () => new MemoryStream(Encoding.ASCII.GetBytes(text.ToString())) };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("-")], options);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var got = await FeedCollector.TakeAsync(feed, 5, Timeout);
        await feed.Completion.WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.Equal(FeedRecording.Payloads(messages.Take(5)), FeedRecording.Payloads(got.Select(r => r.Sentences)));
        var c = feed.Snapshot()[0];
        Assert.Equal(5, c.Messages);
        Assert.Equal(1, c.RejectedFor("not_ais"));
        Assert.Equal(1, c.RejectedFor("bad_checksum"));
        Assert.Equal(1, c.RejectedFor("line_too_long"));
        Assert.Equal(1, c.RejectedFor("truncated"));
        Assert.Equal(4, c.RejectedLines);
    }

    [Fact]
    public async Task A_tailed_file_is_followed_as_it_grows_and_read_again_after_truncation()
    {
        using var dir = new TempDir("picket-tail");
        string path = dir["feed.nmea"];
        var messages = FeedRecording.Messages(12, Start, TimeSpan.FromSeconds(1), staticEvery: 5);
        await File.WriteAllTextAsync(path, FeedRecording.Text(messages.Take(4)), TestContext.Current.CancellationToken);
        await using var feed = new LiveFeed([LiveSourceAddress.Parse($"log=file:{path}")], Fast);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var reader = feed.ReadAllAsync(TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        var got = await FeedCollector.TakeAsync(feed, 4, Timeout, reader);

        // Growth, with a line written in two pieces: the half is held until its end arrives.
        string next = FeedRecording.Text(messages.Skip(4).Take(4));
        await AppendAsync(path, next[..10]);
        await AppendAsync(path, next[10..]);
        got.AddRange(await FeedCollector.TakeAsync(feed, 4, Timeout, reader));

        // Truncation (a logger starting a new file in place): read from the start again.
        await File.WriteAllTextAsync(path, FeedRecording.Text(messages.Skip(8)), TestContext.Current.CancellationToken);
        got.AddRange(await FeedCollector.TakeAsync(feed, 4, Timeout, reader));
        await reader.DisposeAsync();

        Assert.Equal(FeedRecording.Payloads(messages), FeedRecording.Payloads(got.Select(r => r.Sentences)));
        var c = feed.Snapshot()[0];
        Assert.Equal(1, c.Truncations);
        Assert.Equal(0, c.RejectedLines);
    }

    [Fact]
    public async Task A_rotated_file_is_read_to_its_end_then_the_new_file_from_its_start()
    {
        using var dir = new TempDir("picket-tail");
        string path = dir["feed.nmea"];
        var messages = FeedRecording.Messages(9, Start, TimeSpan.FromSeconds(1), staticEvery: 4);
        await File.WriteAllTextAsync(path, FeedRecording.Text(messages.Take(3)), TestContext.Current.CancellationToken);
        await using var feed = new LiveFeed([LiveSourceAddress.Parse($"file:{path}")], Fast);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var reader = feed.ReadAllAsync(TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        var got = await FeedCollector.TakeAsync(feed, 3, Timeout, reader);

        // logrotate's way: the old file moved aside (and still written to for a moment), a new one created in its place,
        // already longer than what was read of the old one.
        string old = dir["feed.nmea.1"];
        File.Move(path, old);
        await AppendAsync(old, FeedRecording.Text(messages.Skip(3).Take(2)));
        await File.WriteAllTextAsync(path, FeedRecording.Text(messages.Skip(5)), TestContext.Current.CancellationToken);
        got.AddRange(await FeedCollector.TakeAsync(feed, 6, Timeout, reader));
        await reader.DisposeAsync();

        Assert.Equal(FeedRecording.Payloads(messages).Order(), FeedRecording.Payloads(got.Select(r => r.Sentences)).Order());
        Assert.Equal(1, feed.Snapshot()[0].Truncations);
    }

    private static async Task AppendAsync(string path, string text)
    {
        await using var f = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        await f.WriteAsync(Encoding.ASCII.GetBytes(text));
    }
}
