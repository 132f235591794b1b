using System.Diagnostics;
using System.Text.RegularExpressions;
using Picket.Simulation;
using Picket.Testing;
using Picket.Testing.Feeds;
using Picket.Testing.Live;

namespace Picket.E2E.Tests;

/// <summary>
/// The built <c>picket watch</c> against a <see cref="HostileFeed"/> for about half a minute: one round of a simulated
/// scenario served while the feed drops the connection mid-line every ~2 s, sends binary garbage, over-long lines,
/// floods of fragments that never complete, out-of-order and duplicated fragments, duplicate bursts and stalls. The
/// watcher stays up and finishes cleanly, counts every kind of fault under its reason (at least what was injected
/// plus what the recording itself rejects), and still finds what <c>picket analyze</c> finds in the clean file: the
/// faults cost no valid message, so every batch event — the planted encounters among them — comes out the same.
/// </summary>
public sealed partial class WatchMisbehavingFeedTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_watch_fed_by_a_hostile_feed_stays_up_counts_every_fault_and_finds_the_batch_events()
    {
        var ct = TestContext.Current.CancellationToken;
        using var scenario = new WatchScenario(new SimulationOptions { Vessels = 60, Hours = 30, Seed = 11 }, "picket-e2e-hostile");
        var batchDir = await scenario.BatchAsync();

        var recording = LoopedRecording.Load(scenario.Feed);
        // Duplicate bursts of 500 lines, the soak's: the feed's de-duplication (payload and message time, bounded by
        // count) takes every copy of the burst as one, so none adds a fix. One round in about 20 s, whatever the
        // scenario's size: every fault comes several times.
        var plan = new HostileFeedPlan
        {
            MessagesPerSecond = Math.Max(2_000, recording.Baseline.Messages / 20.0), Rounds = 1,
            DisconnectEvery = TimeSpan.FromSeconds(2), GarbageEvery = TimeSpan.FromMilliseconds(50),
            OverlongEvery = TimeSpan.FromMilliseconds(400), OverlongBytes = 64 * 1024, FloodEvery = TimeSpan.FromSeconds(1), FloodSize = 300,
            DisorderEvery = TimeSpan.FromMilliseconds(200), DuplicatesEvery = TimeSpan.FromMilliseconds(250), DuplicateBurst = 500,
            StallEvery = TimeSpan.FromSeconds(6), StallFor = TimeSpan.FromSeconds(1.5),
        };
        using var hostile = new HostileFeed(recording, plan);
        var liveDir = scenario.NewDirectory("live");
        var watch = PicketCli.RunAsync(["watch", hostile.Url, "--out", liveDir, "--no-store", "--status-every", "1", "--stop-when-idle", "4"], Limit);
        var waited = Stopwatch.StartNew();
        while (!hostile.Done && !watch.IsCompleted && waited.Elapsed < Limit) await Task.Delay(100, ct);
        var (exit, stdout, stderr) = await watch;

        Assert.True(exit == 0, $"the watch did not finish cleanly (exit {exit}): {stdout}\n{Tail(stderr)}");
        Assert.True(hostile.Done, $"the feed did not get its round out in {waited.Elapsed}: {Tail(stderr)}");
        var sent = hostile.Counts;
        Assert.True(sent.Disconnects >= 3 && sent.Stalls >= 1 && sent.Garbage > 0 && sent.Overlong > 0 && sent.FloodFragments > 0
            && sent.Disordered > 0 && sent.DuplicateLines > 0, "every fault was planted at least once");

        // The final status line: "<url>: N lines, N msgs, N rejected (reason n, …), N reconnects".
        var last = StatusLine().Matches(stderr).Last();
        long reconnects = long.Parse(last.Groups["reconnects"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var reasons = Reason().Matches(last.Groups["reasons"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => long.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        long Got(string reason) => reasons.GetValueOrDefault(reason);
        long Own(string reason) => recording.Baseline.Rejected(Enum.Parse<Picket.Ais.Nmea.RejectReason>(reason.Replace("_", "", StringComparison.Ordinal), ignoreCase: true));
        Assert.True(reconnects >= sent.Disconnects, $"{reconnects} reconnects for {sent.Disconnects} dropped connections");
        // Lower bounds: the injected faults, plus the recording's own garbage lines (the duplicate bursts may repeat a
        // corrupt recorded line, and a cut half line is rejected under whatever its half looks like). The recording's
        // own orphan and stale fragments are left out: how many of its lone parts find a partner under the same key
        // depends on what else is pending, which the floods change.
        AssertAtLeast("not_ais", sent.Garbage + Own("not_ais"));
        AssertAtLeast("line_too_long", sent.Overlong);
        AssertAtLeast("orphan_fragment", sent.Disordered);
        AssertAtLeast("stale_fragment", sent.FloodFragments + 2 * sent.Disordered);
        // Upper bound: nothing valid was rejected — every rejection is an injected fault, a recorded one or a copy of one.
        long injected = sent.Garbage + sent.Overlong + sent.FloodFragments + 3 * sent.Disordered + sent.HalfLines;
        long ceiling = injected + recording.Baseline.RejectedLines + sent.DuplicateLines;
        Assert.True(reasons.Values.Sum() <= ceiling, $"{reasons.Values.Sum()} rejected, at most {ceiling} expected: {last.Value}");

        // The valid traffic came through: every event of the batch run — encounters (the planted transfers), gaps,
        // loitering, port calls, identity and draught events — with the same id and the same line. The watch may add
        // what the batch cannot see (a gap still open at the end of the data), so only the batch's events are checked.
        var expected = FinalEvents.Read(Path.Combine(batchDir, "events.jsonl"));
        var live = FinalEvents.Read(Path.Combine(liveDir, "events.jsonl"));
        Assert.Contains(expected.Values, e => e.Contains("\"type\":\"encounter\"", StringComparison.Ordinal));
        var differing = expected.Where(e => live.GetValueOrDefault(e.Key) != e.Value).Select(e => e.Key).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} of the batch's {expected.Count} events missing or different live: {string.Join(", ", differing.Take(10))}");

        void AssertAtLeast(string reason, long floor) =>
            Assert.True(Got(reason) >= floor, $"{reason}: {Got(reason)} counted, {floor} injected or recorded: {last.Value}");
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];

    [GeneratedRegex(@"tcp://[^:]+:\d+: [\d,]+ lines, [\d,]+ msgs, [\d,]+ duplicates, [\d,]+ rejected(?: \((?<reasons>[^)]*)\))?, (?<reconnects>[\d,]+) reconnects")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"(?<name>[a-z_]+) (?<n>[\d,]+)")]
    private static partial Regex Reason();
}
