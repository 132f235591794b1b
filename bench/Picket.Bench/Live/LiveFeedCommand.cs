using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Picket.Ais;
using Picket.Bench.Decode;
using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Bench.Live;

/// <summary>
/// <c>live-feed [FILE] [--rounds N]</c>: the live input path beside the batch decode of the same bytes, in one
/// process, alternating, best of N each. The peer is what <c>picket analyze</c> does with a file's bytes before the
/// tracks: <see cref="NmeaStreamReader"/> into an <see cref="AisDecoder"/>, from memory. The live side pushes the
/// same bytes over loopback TCP into a <see cref="LiveFeed"/> (<c>tcp-listen://</c>: split, decode, rewrite, queue,
/// de-duplicate) and decodes its merged stream again with <see cref="NmeaStreamReader"/>, as a watcher would.
/// Prints messages/s for both and live ÷ batch. Input: an NMEA file (e.g. a simulated <c>feed.nmea</c>), else
/// 500,000 synthetic messages.
/// </summary>
internal static class LiveFeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int rounds = 3;
        string? path = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else path = args[i];
        }
        byte[] bytes = path != null
            ? await File.ReadAllBytesAsync(path)
            : FeedRecording.Bytes(FeedRecording.Messages(500_000, new DateTimeOffset(2018, 3, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMilliseconds(200), staticEvery: 10));
        Console.WriteLine($"input: {(path ?? "synthetic")}, {bytes.Length / 1e6:0.0} MB; load average {LoadAverage()}");
        double bestBatch = 0, bestLive = 0;
        long batchMessages = 0, liveMessages = 0;
        for (int r = 0; r < rounds; r++)
        {
            var (bm, bt) = Batch(bytes);
            var (lm, lt, dups) = await LiveAsync(bytes);
            batchMessages = bm;
            liveMessages = lm;
            bestBatch = Math.Max(bestBatch, bm / bt.TotalSeconds);
            bestLive = Math.Max(bestLive, (lm + dups) / lt.TotalSeconds);
            Console.WriteLine($"round {r + 1}: batch {bm:N0} msgs in {bt.TotalSeconds:0.000} s; live {lm:N0} msgs (+{dups:N0} copies dropped) in {lt.TotalSeconds:0.000} s");
        }
        Console.WriteLine($"batch decode: {bestBatch:N0} msg/s; live feed over loopback TCP: {bestLive:N0} msg/s; live / batch = {bestLive / bestBatch:0.00}");
        Console.WriteLine($"messages: batch {batchMessages:N0}, live {liveMessages:N0} after de-duplication; load average {LoadAverage()}");
        return 0;
    }

    private static (long Messages, TimeSpan Wall) Batch(byte[] bytes)
    {
        var decoder = new AisDecoder();
        var sink = new Count();
        var clock = TimedSection.Start();
        NmeaStreamReader.Read(new MemoryStream(bytes, writable: false), decoder, sink);
        return (decoder.Statistics.Messages, clock.Stop().Wall);
    }

    private static async Task<(long Messages, TimeSpan Wall, long Duplicates)> LiveAsync(byte[] bytes)
    {
        await using var feed = new LiveFeed([LiveSourceAddress.Parse("rx=tcp-listen://127.0.0.1:0")]);
        await feed.StartAsync();
        var endpoint = (IPEndPoint)feed.LocalEndPoint("rx")!;
        var decoder = new AisDecoder();
        var sink = new Count();
        var clock = TimedSection.Start();
        var sending = Task.Run(async () =>
        {
            using var client = new TcpClient { NoDelay = true };
            await client.ConnectAsync(endpoint);
            await client.GetStream().WriteAsync(bytes);
        });
        // The stream ends when the feed is disposed; stop once the source decoded everything sent and the consumer caught up.
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(async () =>
        {
            await using var stream = await feed.AsAisSource().OpenAsync(stop.Token);
            await NmeaStreamReader.ReadAsync(stream, decoder, sink, cancellationToken: CancellationToken.None);
        });
        await sending;
        long expected = -1;
        while (true)
        {
            var s = feed.Snapshot()[0];
            if (s.Bytes == bytes.Length && s.Messages == expected && decoder.Statistics.Messages + s.Duplicates >= s.Messages) break;
            if (s.Bytes == bytes.Length) expected = s.Messages;
            await Task.Delay(1);
        }
        var wall = clock.Stop().Wall;
        await stop.CancelAsync();
        await reading;
        return (decoder.Statistics.Messages, wall, feed.Snapshot()[0].Duplicates);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed class Count : IAisMessageSink
    {
        public long Messages;
        public void OnMessage(in AisPayload message) => Messages++;
    }
}
