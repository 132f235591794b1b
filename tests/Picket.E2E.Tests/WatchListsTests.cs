using System.Text.Json;
using Picket.Testing;
using Picket.Testing.Feeds;

namespace Picket.E2E.Tests;

/// <summary>
/// <c>picket watch --lists</c> and <c>--watchlist</c> against the batch answer on the simulator's scenario with its
/// SYNTHETIC sanctions list: the vessels <c>picket analyze --lists</c> finds listed are the ones whose gaps raise
/// <c>watchlist_dark</c> live — every gap event the batch run reports for a listed vessel has its alert (same event id),
/// and no other vessel's gap does; a vessel put on the user's watchlist by name, which no list names, raises its own.
/// </summary>
public sealed class WatchListsTests(YellowSeaScenario scenario)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Listed_and_watchlisted_vessels_going_dark_are_alerted_live_as_the_batch_run_lists_them()
    {
        var batchDir = await scenario.BatchAsync(lists: true);
        var dir = scenario.NewDirectory("lists");
        Directory.CreateDirectory(dir);

        var listed = new HashSet<long>();
        var names = new Dictionary<long, string>();
        foreach (var line in File.ReadLines(Path.Combine(batchDir, "vessels.jsonl")))
        {
            using var v = JsonDocument.Parse(line);
            var mmsi = v.RootElement.GetProperty("mmsi").GetInt64();
            if (v.RootElement.GetProperty("list_matches").GetArrayLength() > 0) listed.Add(mmsi);
            foreach (var h in v.RootElement.GetProperty("history").EnumerateArray())
                if (h.TryGetProperty("name", out var n) && n.GetString() is { Length: > 0 } name) names[mmsi] = name;
        }
        var gaps = File.ReadLines(Path.Combine(batchDir, "events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "gap")
            .Select(e => (Id: e.GetProperty("id").GetString()!, Mmsi: e.GetProperty("vessels")[0].GetProperty("mmsi").GetInt64())).ToList();
        var listedGaps = gaps.Where(g => listed.Contains(g.Mmsi)).Select(g => g.Id).ToHashSet();
        Assert.True(listedGaps.Count >= 2, $"the scenario has {listedGaps.Count} gaps of listed vessels");
        // A vessel no list names, with a gap, watched by the name it broadcast (in another case, with a vessel prefix).
        var (watchedGap, watchedMmsi) = gaps.First(g => !listed.Contains(g.Mmsi) && names.ContainsKey(g.Mmsi));
        var watchlist = Path.Combine(dir, "watchlist.csv");
        File.WriteAllText(watchlist, $"name,note\n\"M/T {names[watchedMmsi].ToLowerInvariant()}\",insurer's tip\n");

        var liveDir = Path.Combine(dir, "live");
        await using var server = new NmeaFeedServer(scenario.Feed);
        var live = await PicketCli.RunAsync(["watch", server.Url, "--out", liveDir, "--lists", scenario.Lists, "--watchlist", watchlist, "--no-store", "--stop-when-idle", "3", "--quiet"], Limit);
        Assert.True(live.Exit == 0, live.Stderr + live.Stdout);

        var dark = File.ReadLines(Path.Combine(liveDir, "alerts.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(a => a.GetProperty("rule").GetString() == "watchlist_dark")
            .Select(a => (Event: a.GetProperty("event_id").GetString()!, Reason: a.GetProperty("reason").GetString()!)).ToList();
        var byList = dark.Where(a => a.Reason.Contains("listed: ", StringComparison.Ordinal)).Select(a => a.Event).ToHashSet();
        Assert.Equal(listedGaps.Order(StringComparer.Ordinal), byList.Order(StringComparer.Ordinal));
        Assert.Contains(dark, a => a.Event == watchedGap && a.Reason.Contains("watchlist: insurer's tip", StringComparison.Ordinal));
        Assert.All(dark, a => Assert.True(listedGaps.Contains(a.Event) || a.Event == watchedGap || a.Event.Contains(watchedMmsi.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"unexpected {a.Event}: {a.Reason}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{listed.Count} vessels listed by the batch run, {listedGaps.Count} of their gaps, {byList.Count} alerted live by list; watchlisted by name: {watchedMmsi} ({names[watchedMmsi]})");
    }
}
