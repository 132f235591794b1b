using System.Text.Json;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>
/// The store upserts events by id, so it holds each event once only if an event's id does not depend on what else was
/// in the input. One receiver's file is analysed into the store, then the whole log (that receiver's lines and the
/// others'): every event found in both runs must carry one id, and the store must hold it once.
/// </summary>
public sealed class EventIdStoreTests
{
    [Fact]
    public async Task Analysing_one_receivers_file_then_the_whole_log_stores_each_event_once()
    {
        using var dir = new TempDir();
        var (exit, _, stderr) = await PicketProcess.RunAsync("simulate", "--seed", "5", "--hours", "12", "--vessels", "40", "--out", dir.Path);
        Assert.True(exit == 0, stderr);
        var whole = dir.File("feed.nmea");
        var part = dir.File("rx-part.nmea");
        // Part A: the stations whose name sorts first (tag block s:, IEC 61162-450), with each message's continuation lines.
        var stations = File.ReadLines(whole).Select(Station).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(stations.Count >= 2, "the simulated log names fewer than two receivers");
        var kept = stations.Take(stations.Count / 2).ToHashSet(StringComparer.Ordinal);
        var keep = false;
        File.WriteAllLines(part, File.ReadLines(whole).Where(line => (keep = Station(line) is { } s ? kept.Contains(s) : keep)));

        var outDir = dir.File("out");
        var first = await PicketProcess.RunAsync("analyze", part, "--out", outDir, "--quiet");
        Assert.True(first.Exit == 0, first.Stderr);
        var partEvents = Events(outDir);
        var second = await PicketProcess.RunAsync("analyze", whole, "--out", outDir, "--quiet");
        Assert.True(second.Exit == 0, second.Stderr);
        var wholeEvents = Events(outDir);

        // The same event (type, vessels, start) found from part of the data and from all of it has one id.
        var partIds = partEvents.ToDictionary(e => e.Key, e => e.Id);
        var common = wholeEvents.Where(e => partIds.ContainsKey(e.Key)).ToList();
        Assert.True(common.Count >= 10, $"only {common.Count} events found in both runs");
        Assert.All(common, e => Assert.Equal(partIds[e.Key], e.Id));

        using var store = StoreDatabase.Open(Path.Combine(outDir, "picket.duckdb"));
        var expected = partEvents.Select(e => e.Id).Union(wholeEvents.Select(e => e.Id)).Count();
        Assert.Equal(expected, store.ScalarLong("SELECT count(*) FROM events"));
        Assert.Equal(wholeEvents.Count, store.ScalarLong(
            $"SELECT count(*) FROM events WHERE id IN ({string.Join(',', wholeEvents.Select(e => $"'{e.Id}'"))})"));
        Assert.Equal(0, store.ScalarLong("SELECT count(*) FROM (SELECT type, vessels_json, start_ts FROM events GROUP BY ALL HAVING count(*) > 1)"));
    }

    private static string? Station(string line)
    {
        var at = line.IndexOf("s:", StringComparison.Ordinal);
        if (line.Length == 0 || line[0] != '\\' || at < 0 || (line[at - 1] != '\\' && line[at - 1] != ',')) return null;
        var end = line.IndexOfAny([',', '*'], at);
        return end < 0 ? null : line[(at + 2)..end];
    }

    private static List<(string Id, (string, string, string) Key)> Events(string outDir) =>
        [.. File.ReadLines(Path.Combine(outDir, "events.jsonl")).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var mmsis = string.Join(',', r.GetProperty("vessels").EnumerateArray().Select(v => v.GetProperty("mmsi").GetUInt32()));
            return (r.GetProperty("id").GetString()!, (r.GetProperty("type").GetString()!, r.GetProperty("start").GetString()!, mmsis));
        })];
}
