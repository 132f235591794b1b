using Picket.Simulation;
using Picket.Testing;
using Picket.Testing.Live;

namespace Picket.E2E.Tests;

/// <summary>
/// "Same answers live", the small version of bench/watch/latency.sh: a simulated scenario with planted STS transfers,
/// served by the built <c>picket replay --speed 2000</c> over loopback TCP into <c>picket watch</c>. Every planted
/// transfer that AIS can show is alerted while its encounter is still going — before the event's end in feed time, and
/// on the wall clock before the event is written (the alert's closing revision) and before it appears in
/// <c>events.jsonl</c> — and the watch's final events equal <c>picket analyze</c>'s on the same file. An engine that
/// alerted only when events close fails: its first revision would be its closing one.
/// </summary>
public sealed class WatchLatencyTests
{
    [Fact]
    public async Task Every_planted_sts_is_alerted_before_its_encounter_closes_and_the_final_events_equal_batch()
    {
        var ct = TestContext.Current.CancellationToken;
        using var scenario = new WatchScenario(new SimulationOptions { Vessels = 80, Hours = 24, Seed = 7 }, "picket-e2e-latency");
        // The scenario's synthetic sanctions lists, as picket demo passes them: listed vessels are watched too.
        var run = new WatchLatencyRun(PicketCli.StartInfo, scenario.NewDirectory("run")) { Speed = 2000, Store = false, Lists = scenario.Lists, Limit = TimeSpan.FromMinutes(6) };

        var report = await run.RunAsync(scenario.Feed, scenario.Truth, ct);

        var text = report.Format();
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        Assert.True(report.Sts.Count >= 3, "the scenario should plant observable STS transfers\n" + text);
        Assert.True(report.AllStsAlertedBeforeClose, text);
        Assert.True(report.EventsSame, text);
        // Every alert's carrying sentence was found in the feed and the send log, and none came before it.
        Assert.Equal(0, report.AlertsWithoutSentence);
        Assert.All(report.Latencies, l => Assert.True(l.Latency > TimeSpan.Zero, text));
    }
}
