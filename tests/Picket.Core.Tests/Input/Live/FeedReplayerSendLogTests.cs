using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Picket.Core.Input.Live;
using Picket.Testing.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>
/// The replayer's send log (<c>picket replay --send-log</c>): after each write to a client, how many lines it has been
/// sent and when; what a latency measurement needs to know when a given sentence left the feed.
/// </summary>
public sealed class FeedReplayerSendLogTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_write_is_logged_with_the_lines_sent_so_far_and_paced_lines_leave_when_due()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-replay-log");
        // 21 messages a second apart (20 s of feed) at 20×: the last line leaves about 1 s after the first.
        var messages = FeedRecording.Messages(21, new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1));
        string path = dir["recording.nmea"];
        await File.WriteAllTextAsync(path, FeedRecording.Text(messages), ct);
        int lines = File.ReadAllLines(path).Count(l => l.Length > 0);
        var log = new ConcurrentQueue<(long Client, long Lines, DateTimeOffset At)>();
        var replayer = new FeedReplayer([path], new FeedReplayOptions { Speed = 20, Sent = (c, n, at) => log.Enqueue((c, n, at)) });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var bound = new TaskCompletionSource<EndPoint>();
        var serving = replayer.ServeAsync(new IPEndPoint(IPAddress.Loopback, 0), e => bound.SetResult(e), stop.Token);
        using (var client = new TcpClient())
        {
            await client.ConnectAsync((IPEndPoint)await bound.Task.WaitAsync(Timeout, ct), ct);
            using var cts = new CancellationTokenSource(Timeout);
            var buffer = new byte[4096];
            long received = 0;
            while (replayer.LinesSent < lines || received < new FileInfo(path).Length)
            {
                int n = await client.GetStream().ReadAsync(buffer, cts.Token);
                if (n == 0) break;
                received += n;
            }
        }
        await stop.CancelAsync();
        await serving.WaitAsync(Timeout, ct);

        var entries = log.ToList();
        Assert.All(entries, e => Assert.Equal(1, e.Client));
        Assert.Equal(lines, entries[^1].Lines);
        // One entry per write, in order: the count grows and so does the time.
        Assert.All(entries.Zip(entries.Skip(1)), p => Assert.True(p.Second.Lines > p.First.Lines && p.Second.At >= p.First.At));
        // Paced: the lines left over about a second in several writes, not all at once.
        Assert.True(entries.Count >= 10, $"{entries.Count} writes");
        Assert.InRange((entries[^1].At - entries[0].At).TotalSeconds, 0.9, 10);
    }
}
