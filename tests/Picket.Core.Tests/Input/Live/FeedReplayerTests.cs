using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary><c>picket replay</c>'s library: pacing by message time, every client from the start or from a time, UDP datagrams.</summary>
public sealed class FeedReplayerTests
{
    private static readonly DateTimeOffset Start = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static async Task<(string Path, IReadOnlyList<string> Messages)> RecordingAsync(TempDir dir, int count, TimeSpan step)
    {
        var messages = FeedRecording.Messages(count, Start, step, staticEvery: 4);
        string path = dir["recording.nmea"];
        await File.WriteAllTextAsync(path, FeedRecording.Text(messages).Replace("\r\n", "\n", StringComparison.Ordinal));
        return (path, messages);
    }

    private static async Task<(IPEndPoint Endpoint, CancellationTokenSource Stop, Task Serving)> ServeAsync(FeedReplayer replayer)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var bound = new TaskCompletionSource<EndPoint>();
        var serving = replayer.ServeAsync(new IPEndPoint(IPAddress.Loopback, 0), e => bound.SetResult(e), stop.Token);
        var endpoint = (IPEndPoint)await bound.Task.WaitAsync(Timeout);
        return (endpoint, stop, serving);
    }

    /// <summary>Connects, reads until the replayer has sent <paramref name="lines"/> lines' worth and the text decodes to <paramref name="messages"/> messages.</summary>
    private static async Task<(List<string> Payloads, TimeSpan Elapsed)> ReceiveAsync(IPEndPoint endpoint, int messages)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource(Timeout);
        var text = new StringBuilder();
        var buffer = new byte[4096];
        var clock = Stopwatch.StartNew();
        TimeSpan first = TimeSpan.Zero;
        List<string> payloads = [];
        while (payloads.Count < messages)
        {
            int n = await client.GetStream().ReadAsync(buffer, cts.Token);
            if (n == 0) break;
            if (text.Length == 0) first = clock.Elapsed;
            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
            payloads = [.. FeedRecording.Payloads([text.ToString()])];
        }
        return (payloads, clock.Elapsed - first);
    }

    [Fact]
    public async Task Lines_are_paced_by_their_time_at_the_chosen_speed()
    {
        using var dir = new TempDir("picket-replay");
        // 21 messages a second apart: 20 s of feed time, 1 s at 20×.
        var (path, messages) = await RecordingAsync(dir, 21, TimeSpan.FromSeconds(1));
        var replayer = new FeedReplayer([path], new FeedReplayOptions { Speed = 20 });
        var (endpoint, stop, serving) = await ServeAsync(replayer);
        var (payloads, elapsed) = await ReceiveAsync(endpoint, 21);
        await stop.CancelAsync();
        await serving;

        Assert.Equal(FeedRecording.Payloads(messages), payloads);
        // Not faster than the pacing allows (the lower bound is the real check); the upper bound is loose for a busy machine.
        Assert.InRange(elapsed.TotalSeconds, 0.9, 5);
    }

    [Fact]
    public async Task A_client_beyond_the_connection_cap_is_closed_at_once_and_counted()
    {
        using var dir = new TempDir("picket-replay");
        // One message an hour at 1×: the first client is still being served while the second connects.
        var (path, _) = await RecordingAsync(dir, 3, TimeSpan.FromHours(1));
        var replayer = new FeedReplayer([path], new FeedReplayOptions { Speed = 1, MaxConnections = 1 });
        var (endpoint, stop, serving) = await ServeAsync(replayer);
        using var first = new TcpClient();
        await first.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        var firstLine = new byte[1];
        Assert.Equal(1, await first.GetStream().ReadAsync(firstLine, TestContext.Current.CancellationToken));

        using (var second = new TcpClient())
        {
            await second.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
            using var cts = new CancellationTokenSource(Timeout);
            // Closed by the server without a byte: the read ends (0) or the connection is reset.
            int n;
            try { n = await second.GetStream().ReadAsync(new byte[16], cts.Token); }
            catch (IOException) { n = 0; }
            Assert.Equal(0, n);
        }
        Assert.Equal(1, replayer.Refused);

        await stop.CancelAsync();
        await serving.WaitAsync(Timeout, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task As_fast_as_possible_ignores_the_times()
    {
        using var dir = new TempDir("picket-replay");
        var (path, messages) = await RecordingAsync(dir, 200, TimeSpan.FromMinutes(1)); // 200 minutes of feed
        var replayer = new FeedReplayer([path], new FeedReplayOptions { AsFastAsPossible = true });
        var (endpoint, stop, serving) = await ServeAsync(replayer);
        var (payloads, elapsed) = await ReceiveAsync(endpoint, 200);
        await stop.CancelAsync();
        await serving;
        Assert.Equal(FeedRecording.Payloads(messages), payloads);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"{elapsed}");
    }

    [Fact]
    public async Task Every_client_gets_the_recording_from_its_start_or_from_the_time_asked()
    {
        using var dir = new TempDir("picket-replay");
        var (path, messages) = await RecordingAsync(dir, 40, TimeSpan.FromSeconds(10));
        var replayer = new FeedReplayer([path], new FeedReplayOptions { AsFastAsPossible = true });
        var (endpoint, stop, serving) = await ServeAsync(replayer);
        var first = await ReceiveAsync(endpoint, 40);
        var second = await ReceiveAsync(endpoint, 40);
        Assert.Equal(FeedRecording.Payloads(messages), first.Payloads);
        Assert.Equal(FeedRecording.Payloads(messages), second.Payloads);
        Assert.Equal(2, replayer.Connections);
        await stop.CancelAsync();
        await serving;

        // --from: a watcher resuming at 10:05 gets the messages from 10:05 on, fragments of skipped messages included.
        var from = new FeedReplayer([path], new FeedReplayOptions { AsFastAsPossible = true, From = Start.AddMinutes(5) });
        var (endpoint2, stop2, serving2) = await ServeAsync(from);
        var resumed = await ReceiveAsync(endpoint2, 10);
        await stop2.CancelAsync();
        await serving2;
        Assert.Equal(FeedRecording.Payloads(messages.Skip(30)), resumed.Payloads);
    }

    [Fact]
    public async Task Udp_replay_sends_lines_in_datagrams_a_live_feed_reads()
    {
        using var dir = new TempDir("picket-replay");
        var (path, messages) = await RecordingAsync(dir, 60, TimeSpan.FromSeconds(1));
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("u=udp://127.0.0.1:0")]);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var replayer = new FeedReplayer([path], new FeedReplayOptions { Speed = 600, DatagramBytes = 400 });
        long sent = await replayer.SendAsync((IPEndPoint)feed.LocalEndPoint("u")!, TestContext.Current.CancellationToken);
        Assert.Equal(75, sent); // 60 messages, 15 of them in two sentences
        var got = await FeedCollector.TakeAsync(feed, 60, Timeout);
        Assert.Equal(FeedRecording.Payloads(messages), FeedRecording.Payloads(got.Select(r => r.Sentences)));
    }
}
