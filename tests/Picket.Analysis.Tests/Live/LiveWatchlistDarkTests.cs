using System.Text.Json;
using Picket.Analysis.Live;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;
using Picket.Testing.Traffic;
using static Picket.Analysis.Tests.Alerts.Planted;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// <c>watchlist_dark</c> in the watch itself, fed over loopback TCP as a feed provider serves it: 60 vessels heard all
/// along (a busy feed: about ten position reports a second, delivered up to 30 s out of order as merged receivers
/// deliver them), one watched vessel silent from 01:00 to 08:30 and another watched one silent for 4 h only. The first
/// is alerted about a gap's length (6 h) after
/// it went quiet, on the feed's clock alone — no message of its own — and the alert is revised when it is heard again
/// with the closed gap's evidence; the second, silent less than the threshold, is never alerted.
/// </summary>
public sealed class LiveWatchlistDarkTests
{
    private const uint Dark = 412_000_961, Brief = 412_000_962;

    [Fact]
    public async Task A_watched_vessel_is_alerted_while_dark_by_the_clock_and_revised_when_heard_again()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-live-dark");
        var traffic = new SyntheticTraffic(new TrafficOptions
        {
            Vessels = 40, Duration = TimeSpan.FromHours(9.5), EncounterEvery = 0, DriftEvery = 0, FullStatics = true, Seed = 9,
            ReportEvery = TimeSpan.FromSeconds(4), ReportJitter = TimeSpan.FromSeconds(2), DeliveryDelay = TimeSpan.FromSeconds(30),
        });
        traffic.Add(GoingDark(Dark, Sea, 1, 8.5, name: "DARK STAR"));
        traffic.Add(GoingDark(Brief, (25.5, 130.5), 1.5, 5.5, name: "BRIEF STAR"));
        var feed = dir["feed.nmea"];
        TrafficNmea.Write(feed, traffic.Stream());
        var watchlist = dir["watchlist.csv"];
        await File.WriteAllTextAsync(watchlist, $"mmsi,note\n{Dark},test dark\n{Brief},test brief\n", ct);
        await using var server = new NmeaFeedServer(feed);

        var result = await new LiveAnalysisJob(new LiveRequest
        {
            Sources = [LiveSourceAddress.Parse(server.Url)], OutputDirectory = dir["out"], Store = false,
            StopWhenIdle = TimeSpan.FromSeconds(1.5), WatchlistFile = watchlist,
        }).RunAsync(ct);

        Assert.True(result.Finished);
        var alerts = File.ReadLines(Path.Combine(dir["out"], "alerts.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(a => a.GetProperty("rule").GetString() == "watchlist_dark").ToList();
        Assert.DoesNotContain(alerts, a => Mmsi(a) == Brief); // silent 4 h < the 6 h threshold
        var dark = alerts.Where(a => Mmsi(a) == Dark).ToList();
        Assert.Equal(2, dark.Count);
        var (raised, closed) = (dark[0], dark[1]);
        Assert.Equal("raised", raised.GetProperty("state").GetString());
        Assert.True(raised.GetProperty("evidence").GetProperty("still_dark").GetBoolean());
        // Silent from ≈ 01:00: raised a gap's length later, within a few clock ticks — not at 08:30 when it is heard again.
        Assert.InRange(Time(raised, "time"), H(6.9), H(7.3));
        Assert.Equal("updated", closed.GetProperty("state").GetString());
        Assert.Equal(1, closed.GetProperty("revision").GetInt32());
        Assert.Equal(raised.GetProperty("id").GetString(), closed.GetProperty("id").GetString());
        Assert.False(closed.GetProperty("evidence").TryGetProperty("still_dark", out _));
        Assert.InRange(Time(closed, "end"), H(8.4), H(8.6));
    }

    private static uint Mmsi(JsonElement alert) => alert.GetProperty("vessels")[0].GetProperty("mmsi").GetUInt32();

    private static DateTimeOffset Time(JsonElement e, string name) => e.GetProperty(name).GetDateTimeOffset();
}
