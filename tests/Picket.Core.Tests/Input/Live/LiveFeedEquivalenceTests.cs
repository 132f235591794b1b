using System.Net;
using System.Net.Sockets;
using System.Text;
using Picket.Ais;
using Picket.Core.Input;
using Picket.Core.Input.Live;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Testing.Traffic;

namespace Picket.Core.Tests.Input.Live;

/// <summary>
/// The live input path gives the track stage what the batch path gives it: the same traffic heard by two receivers and
/// pushed over two TCP connections at once yields, after the live feed and the consumer's decode, exactly the fixes and
/// identity reports that decoding one receiver's file yields (the track stage's own filter of exact copies applied to
/// both, as in <c>picket analyze</c>).
/// </summary>
public sealed class LiveFeedEquivalenceTests
{
    [Fact]
    public async Task Two_receivers_through_the_live_feed_give_the_fixes_and_identities_of_the_batch_decode()
    {
        var items = new SyntheticTraffic(new TrafficOptions { Vessels = 40, Duration = TimeSpan.FromHours(3) }).Items();
        string a = TrafficNmea.ToText(items, "rx-a");
        string b = TrafficNmea.ToText(items, "rx-b");

        var batch = new Collect();
        var batchFeed = new AisFeed(new DuplicateFilter(batch));
        NmeaStreamReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(a)), new AisDecoder(), batchFeed);
        Assert.True(batch.Fixes.Count > 1000, $"{batch.Fixes.Count} fixes");

        await using var feed = new LiveFeed([LiveSourceAddress.Parse("rx=tcp-listen://127.0.0.1:0")]);
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var endpoint = (IPEndPoint)feed.LocalEndPoint("rx")!;
        var live = new Collect();
        var liveFeed = new AisFeed(new DuplicateFilter(live));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var reading = Task.Run(async () =>
        {
            await using var stream = await feed.AsAisSource().OpenAsync(stop.Token);
            await NmeaStreamReader.ReadAsync(stream, new AisDecoder(), liveFeed, cancellationToken: CancellationToken.None);
        }, TestContext.Current.CancellationToken);
        await Task.WhenAll(PushAsync(endpoint, a), PushAsync(endpoint, b));
        long total = batch.Fixes.Count + batch.Identities.Count;
        await FeedCollector.UntilAsync(() => Volatile.Read(ref live.Count) >= total && feed.Snapshot()[0].OpenConnections == 0,
            TimeSpan.FromSeconds(60), $"every fix and identity through the live feed ({total})",
            () => $"{Volatile.Read(ref live.Count)} arrived, {liveFeed.Positions} positions, {liveFeed.Identities} identities; {feed.Snapshot()[0]}; open {feed.Snapshot()[0].OpenConnections}");
        await stop.CancelAsync();
        await reading;

        Assert.Equal(Sorted(batch.Fixes), Sorted(live.Fixes));
        Assert.Equal(batch.Identities.OrderBy(r => (r.Mmsi.Value, r.Time)), live.Identities.OrderBy(r => (r.Mmsi.Value, r.Time)));
        var c = feed.Snapshot()[0];
        Assert.Equal(c.Messages / 2, c.Duplicates);
        Assert.Equal(0, c.RejectedLines);
        Assert.Equal(0, liveFeed.ImplausibleTime + liveFeed.WithoutTime);
    }

    private static List<VesselFix> Sorted(List<VesselFix> fixes) => [.. fixes.OrderBy(f => (f.Mmsi.Value, f.Time))];

    private static async Task PushAsync(IPEndPoint endpoint, string text)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint);
        var bytes = Encoding.ASCII.GetBytes(text);
        // In pieces of odd sizes, as a network delivers them: lines and multi-part messages cut anywhere.
        for (int at = 0; at < bytes.Length; at += 1777) await client.GetStream().WriteAsync(bytes.AsMemory(at, Math.Min(1777, bytes.Length - at)));
    }

    private sealed class Collect : IFeedTarget
    {
        public readonly List<VesselFix> Fixes = [];
        public readonly List<IdentityReport> Identities = [];
        public long Count;

        public void OnFix(in VesselFix fix)
        {
            Fixes.Add(fix);
            Interlocked.Increment(ref Count);
        }

        public void OnIdentity(in IdentityReport report)
        {
            Identities.Add(report);
            Interlocked.Increment(ref Count);
        }
    }
}
