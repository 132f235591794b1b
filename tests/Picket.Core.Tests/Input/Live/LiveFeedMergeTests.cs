using System.Net;
using System.Net.Sockets;
using System.Text;
using Picket.Ais;
using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>Several receivers into one stream: copies dropped, fragments never joined across receivers, memory bounded.</summary>
public sealed class LiveFeedMergeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Start = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_receivers_of_one_feed_are_deduplicated_to_one_message_stream()
    {
        var messages = FeedRecording.Messages(40, Start, TimeSpan.FromSeconds(2), staticEvery: 5);
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("rx=tcp-listen://127.0.0.1:0")]);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = (IPEndPoint)feed.LocalEndPoint("rx")!;

        // Two receivers heard the same transmissions; their tag blocks name different receivers, and the second
        // writes each message in two pieces so that its fragments interleave in time with the first's.
        using var a = new TcpClient();
        using var b = new TcpClient();
        await a.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        await b.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        var fromB = FeedRecording.Messages(40, Start, TimeSpan.FromSeconds(2), staticEvery: 5, receiver: "rx2");
        for (int i = 0; i < messages.Count; i++)
        {
            await a.GetStream().WriteAsync(Encoding.ASCII.GetBytes(messages[i]), TestContext.Current.CancellationToken);
            var bytes = Encoding.ASCII.GetBytes(fromB[i]);
            await b.GetStream().WriteAsync(bytes.AsMemory(0, bytes.Length / 2), TestContext.Current.CancellationToken);
            await b.GetStream().WriteAsync(bytes.AsMemory(bytes.Length / 2), TestContext.Current.CancellationToken);
        }
        await FeedCollector.UntilAsync(() => feed.Snapshot()[0].Messages == 80, Timeout, "both receivers' 40 messages");
        var got = await FeedCollector.TakeUntilAsync(feed, list => list.Count + feed.Snapshot()[0].Duplicates >= 80, Timeout);

        Assert.Equal(FeedRecording.Payloads(messages).Order(), FeedRecording.Payloads(got.Select(r => r.Sentences)).Order());
        var c = feed.Snapshot()[0];
        Assert.Equal(2, c.Connections);
        Assert.Equal(40, c.Duplicates);
        Assert.Equal(0, c.RejectedLines);
    }

    [Fact]
    public async Task A_message_repeated_minutes_later_is_not_a_copy()
    {
        // The same static report, six minutes apart (ITU-R M.1371-5: type 5 every 6 min), is two reports.
        var first = FeedRecording.Messages(5, Start, TimeSpan.FromSeconds(1), staticEvery: 5);
        var later = FeedRecording.Messages(5, Start.AddMinutes(6), TimeSpan.FromSeconds(1), staticEvery: 5);
        Assert.Equal(FeedRecording.Payloads([first[4]]), FeedRecording.Payloads([later[4]]));
        var text = FeedRecording.Text([first[4], later[4], later[4]]);
        var options = new LiveFeedOptions { OpenStandardInput = () => new MemoryStream(Encoding.ASCII.GetBytes(text)) };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("-")], options);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var got = await FeedCollector.TakeAsync(feed, 2, Timeout);
        await feed.Completion.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        Assert.Equal(2, got.Count);
        Assert.Equal(1, feed.Snapshot()[0].Duplicates);
    }

    [Fact]
    public async Task Fragments_from_two_receivers_are_never_joined()
    {
        // Receiver 1 sends only the first sentence of a type 5, receiver 2 only the second: neither is a message.
        var lines = FeedRecording.Messages(5, Start, TimeSpan.FromSeconds(1), staticEvery: 5, receiver: null)[4]
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("rx=tcp-listen://127.0.0.1:0")]);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = (IPEndPoint)feed.LocalEndPoint("rx")!;
        using (var a = new TcpClient())
        using (var b = new TcpClient())
        {
            await a.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
            await b.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
            await a.GetStream().WriteAsync(Encoding.ASCII.GetBytes(lines[0] + "\r\n"), TestContext.Current.CancellationToken);
            await FeedCollector.UntilAsync(() => feed.Snapshot()[0].Lines == 1, Timeout, "the first fragment");
            await b.GetStream().WriteAsync(Encoding.ASCII.GetBytes(lines[1] + "\r\n"), TestContext.Current.CancellationToken);
            await FeedCollector.UntilAsync(() => feed.Snapshot()[0].Lines == 2, Timeout, "the second fragment");
        }
        await FeedCollector.UntilAsync(() => feed.Snapshot()[0].OpenConnections == 0, Timeout, "both receivers gone");
        var c = feed.Snapshot()[0];
        Assert.Equal(0, c.Messages);
        Assert.Equal(1, c.RejectedFor("orphan_fragment"));
        Assert.Equal(1, c.RejectedFor("stale_fragment"));
    }

    [Fact]
    public async Task Udp_datagrams_with_several_lines_each_are_split_and_the_last_line_needs_no_terminator()
    {
        var messages = FeedRecording.Messages(30, Start, TimeSpan.FromSeconds(1), staticEvery: 6);
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("u=udp://127.0.0.1:0")]);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = (IPEndPoint)feed.LocalEndPoint("u")!;
        using var sender = new UdpClient(AddressFamily.InterNetwork);
        for (int i = 0; i < messages.Count; i += 3)
        {
            // Three messages a datagram, the last without its line end, as some receivers send them.
            string datagram = FeedRecording.Text(messages.Skip(i).Take(3)).TrimEnd('\r', '\n');
            await sender.SendAsync(Encoding.ASCII.GetBytes(datagram), endpoint, TestContext.Current.CancellationToken);
        }
        var got = await FeedCollector.TakeAsync(feed, 30, Timeout);
        Assert.Equal(FeedRecording.Payloads(messages), FeedRecording.Payloads(got.Select(r => r.Sentences)));
        Assert.Equal(0, feed.Snapshot()[0].RejectedLines);
    }

    [Fact]
    public async Task A_flood_into_a_stalled_consumer_holds_no_more_than_the_configured_bound()
    {
        // The consumer reads nothing while a receiver pushes 20 MB: the feed's queue fills to its bound and the
        // receiver is held back by TCP; nothing is buffered beyond the bound.
        var options = new LiveFeedOptions { QueueCapacity = 4, MaxBatchBytes = 8 * 1024 };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("rx=tcp-listen://127.0.0.1:0")], options);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = (IPEndPoint)feed.LocalEndPoint("rx")!;
        var block = FeedRecording.Bytes(FeedRecording.Messages(2000, Start, TimeSpan.FromSeconds(1)));
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
        using var flood = new CancellationTokenSource();
        long sent = 0;
        var writer = Task.Run(async () =>
        {
            try
            {
                while (sent < 20_000_000)
                {
                    await client.GetStream().WriteAsync(block, flood.Token);
                    Interlocked.Add(ref sent, block.Length);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, TestContext.Current.CancellationToken);
        await FeedCollector.UntilAsync(() => feed.QueuedBytes >= 4 * 8 * 1024, Timeout, "the queue to fill");
        // Let the flood push against the full queue for a while; the sender must block, the queue stay at its bound.
        long before = Interlocked.Read(ref sent);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.True(Interlocked.Read(ref sent) - before < 20_000_000, "the sender was never held back");
        // The bound: the queue's batches plus the one batch the receiver's connection waits to put in.
        Assert.True(feed.PeakQueuedBytes <= options.MaxBytesHeld(connections: 1),
            $"peak {feed.PeakQueuedBytes} > bound {options.MaxBytesHeld(1)}");
        Assert.True(feed.PeakQueuedBytes <= (options.QueueCapacity + 1) * options.MaxBatchBytes, $"peak {feed.PeakQueuedBytes}");
        await flood.CancelAsync();
    }

    [Fact]
    public async Task A_udp_flood_into_a_stalled_consumer_drops_whole_batches_and_counts_them()
    {
        // UDP cannot be slowed: with nobody reading, the feed keeps its bound and counts what it could not queue.
        var options = new LiveFeedOptions { QueueCapacity = 2, MaxBatchBytes = 4 * 1024 };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("u=udp://127.0.0.1:0")], options);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = (IPEndPoint)feed.LocalEndPoint("u")!;
        var messages = FeedRecording.Messages(3000, Start, TimeSpan.FromSeconds(1));
        using var sender = new UdpClient(AddressFamily.InterNetwork);
        for (int i = 0; i < messages.Count; i += 10)
        {
            await sender.SendAsync(FeedRecording.Bytes(messages.Skip(i).Take(10)), endpoint, TestContext.Current.CancellationToken);
            if (i % 500 == 0) await Task.Delay(5, TestContext.Current.CancellationToken); // let the listener drain the socket now and then
        }
        await FeedCollector.UntilAsync(() => feed.Snapshot()[0].QueueDrops > 0, Timeout, "a batch dropped", () => feed.Snapshot()[0].ToString());
        var c = feed.Snapshot()[0];
        Assert.Equal(LiveSourceKind.Udp, c.Kind);
        Assert.True(feed.PeakQueuedBytes <= options.QueueCapacity * options.MaxBatchBytes, $"peak {feed.PeakQueuedBytes}");
    }

    [Fact]
    public async Task The_merged_stream_reads_as_nmea_with_each_message_time_kept()
    {
        var messages = FeedRecording.Messages(25, Start, TimeSpan.FromSeconds(3), staticEvery: 5);
        var options = new LiveFeedOptions { OpenStandardInput = () => new MemoryStream(FeedRecording.Bytes(messages)) };
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("-")], options);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var source = feed.AsAisSource();
        await using var stream = await source.OpenAsync(TestContext.Current.CancellationToken);
        var sink = new Times();
        var decoder = new AisDecoder();
        await NmeaStreamReader.ReadAsync(stream, decoder, sink, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(25, decoder.Statistics.Messages);
        Assert.Equal(0, decoder.Statistics.RejectedLines);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => (Start + TimeSpan.FromSeconds(3 * i)).ToUnixTimeMilliseconds()), sink.TimesMs);
    }

    private sealed class Times : IAisMessageSink
    {
        public List<long> TimesMs { get; } = [];
        public void OnMessage(in AisPayload message) => TimesMs.Add(message.TimeMs);
    }
}
