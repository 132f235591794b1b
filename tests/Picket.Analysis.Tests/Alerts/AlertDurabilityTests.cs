using System.Text;
using Picket.Analysis.Alerts;
using Picket.Core.Alerts;
using static Picket.Analysis.Tests.Alerts.Planted;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>
/// One alert per fact, across replays and restarts: the same events fed again publish nothing; a watcher stopped at any
/// point and restarted from its saved state (detectors, track builder and engine together) publishes exactly the
/// alerts an uninterrupted one does — none repeated, none lost.
/// </summary>
public class AlertDurabilityTests
{
    private const uint A = 412_000_961, B = 413_000_962, Tanker = 412_000_963, Dprk = 445_000_964, Watched = 412_000_965;

    private static List<Testing.Traffic.TrafficItem> Scenario() => Traffic(18,
        Stopping(A, Sea, 1, 7), Stopping(B, Beside(Sea), 1, 7, side: 270),
        Stopping(Tanker, (26.5, 131.5), 3, 9, shipType: 80), Stopping(Dprk, Beside((26.5, 131.5)), 3, 9, side: 270),
        GoingDark(Watched, (23.0, 128.0), 4, 13, name: "SEA STAR")).Items();

    private static AlertRig Rig() => new(watchlist: new Watchlist([new WatchlistEntry(null, Watched, null, "test")]));

    private static string Lines(IEnumerable<PicketAlert> alerts) =>
        string.Join('\n', alerts.Select(a => Encoding.UTF8.GetString(JsonLinesAlertWriter.ToUtf8(a))));

    [Fact]
    public void The_same_events_fed_again_publish_nothing_more()
    {
        var rig = Rig();
        rig.Feed(Scenario());
        rig.Finish();
        var published = rig.Alerts.Count;
        Assert.True(published >= 6, $"{published} alerts");

        foreach (var (e, _) in rig.Events.ToList())
            rig.Engine.Emit(e);

        Assert.Equal(published, rig.Alerts.Count);
        Assert.True(rig.Engine.Stats.Duplicates > 0);
        // One raise per fact: each id is raised once and finished once.
        Assert.All(rig.Alerts.GroupBy(a => a.Id), g => Assert.Single(g, a => a.State == AlertState.Raised));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.35)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    public void A_restarted_watcher_neither_repeats_nor_loses_alerts(double cutAt)
    {
        var items = Scenario();
        var whole = Rig();
        whole.Feed(items);
        whole.Finish();

        var cut = (int)(items.Count * cutAt);
        var restarted = Rig();
        restarted.Feed(items.Take(cut));
        var before = restarted.Alerts.Count;
        restarted.Restart();
        restarted.Feed(items.Skip(cut));
        restarted.Finish();

        Assert.True(whole.Alerts.Count >= 6);
        Assert.Equal(Lines(whole.Alerts), Lines(restarted.Alerts));
        Assert.InRange(before, 0, whole.Alerts.Count);
    }

    [Fact]
    public void A_state_that_is_not_the_engines_is_refused_whole()
    {
        var engine = new AlertEngine(new AlertRig());
        Assert.False(engine.RestoreState(new MemoryStream("{\"format\":\"something else\",\"version\":1}"u8.ToArray())));
        Assert.False(engine.RestoreState(new MemoryStream("not json"u8.ToArray())));
        var rig = Rig();
        rig.Feed(Scenario().Take(9000));
        var saved = new MemoryStream();
        rig.Engine.SaveState(saved);
        Assert.False(engine.RestoreState(new MemoryStream(saved.ToArray()[..(int)(saved.Length / 2)])));
        Assert.Equal(0, engine.OpenAlerts);
        Assert.True(engine.RestoreState(new MemoryStream(saved.ToArray())));
        Assert.Equal(rig.Engine.OpenAlerts, engine.OpenAlerts);
    }
}
