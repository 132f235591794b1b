using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Picket.Cli.Tests;

/// <summary>
/// Event ids are derived from content only (type, the vessel's own identity, start, a discriminator from that vessel's
/// data): removing an unrelated vessel's lines or splitting the input between two receivers' files must not move them.
/// Proven on simulated traffic through the real CLI, as a user would run it; the expectation is the whole file's own
/// answer, not something the test computes.
/// </summary>
public sealed partial class StableIdTests
{
    private static (string Dir, TempDir Temp) Simulate(long seed)
    {
        var temp = new TempDir("picket-ids");
        var (exit, _, stderr) = CliRunner.Run("simulate", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--hours", "12", "--vessels", "40", "--out", temp.Path);
        Assert.True(exit == 0, stderr);
        return (temp.Path, temp);
    }

    private static List<Ev> Detect(string outDir, params string[] inputs)
    {
        var (exit, _, stderr) = CliRunner.Run(["detect", .. inputs, "--out", outDir, "--quiet"]);
        Assert.True(exit == 0, stderr);
        return [.. File.ReadLines(Path.Combine(outDir, "events.jsonl")).Select(Ev.Parse)];
    }

    [Fact]
    public void Removing_one_vessels_lines_keeps_the_id_of_every_event_that_does_not_involve_it()
    {
        var (dir, temp) = Simulate(7);
        using var _ = temp;
        var csv = Path.Combine(dir, "feed.csv");
        var whole = Detect(Path.Combine(dir, "whole"), csv);
        // The vessels with most events, each removed in turn: the ones whose removal would disturb most if ids leaked.
        var removed = whole.SelectMany(e => e.Mmsis).GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(3).Select(g => g.Key).ToList();
        Assert.Equal(3, removed.Count);
        // Segment-keyed events (loitering, port calls) are the ones whose ids embedded a global counter.
        Assert.Contains(whole, e => e.Type is "loitering" or "port_call");
        foreach (var mmsi in removed)
        {
            var without = Path.Combine(dir, $"without-{mmsi}.csv");
            var prefix = mmsi + ",";
            File.WriteAllLines(without, File.ReadLines(csv).Where((line, i) => i == 0 || !line.StartsWith(prefix, StringComparison.Ordinal)));
            var after = Detect(Path.Combine(dir, $"out-{mmsi}"), without).ToDictionary(e => e.Key, e => e.Id);
            var unrelated = whole.Where(e => !e.Mmsis.Contains(mmsi)).ToList();
            Assert.NotEmpty(unrelated);
            var moved = unrelated.Where(e => !after.TryGetValue(e.Key, out var id) || id != e.Id).Select(e => e.Id).ToList();
            Assert.True(moved.Count == 0, $"removing {mmsi}: {moved.Count} of {unrelated.Count} unrelated events lost or changed id: {string.Join(", ", moved.Take(5))}");
        }
    }

    [Fact]
    public void Two_receivers_files_in_either_order_give_the_events_and_ids_of_the_whole_file()
    {
        var (dir, temp) = Simulate(11);
        using var _ = temp;
        var nmea = Path.Combine(dir, "feed.nmea");
        var (rx1, rx2) = (Path.Combine(dir, "rx1.nmea"), Path.Combine(dir, "rx2.nmea"));
        var (lines1, lines2, shared) = SplitByReceiver(nmea, rx1, rx2);
        // Both files cover the same hours, and one transmission heard by stations in both files is in both.
        Assert.True(lines1 > 1_000 && lines2 > 1_000, $"{lines1} / {lines2} lines");
        Assert.True(shared > 0, "no report was heard in both files");
        var whole = Detect(Path.Combine(dir, "whole"), nmea).Select(e => e.Line).Order(StringComparer.Ordinal).ToList();
        var forward = Detect(Path.Combine(dir, "forward"), rx1, rx2).Select(e => e.Line).Order(StringComparer.Ordinal).ToList();
        var backward = Detect(Path.Combine(dir, "backward"), rx2, rx1).Select(e => e.Line).Order(StringComparer.Ordinal).ToList();
        Assert.True(whole.Count >= 20, $"{whole.Count} events");
        Assert.Equal(whole, forward);
        Assert.Equal(whole, backward);
    }

    /// <summary>
    /// Splits a simulated log by receiving station (tag block <c>s:</c>, IEC 61162-450): stations alternate between
    /// the two files; a message's continuation lines (no <c>s:</c>) follow its first line. Returns the line counts and
    /// how many identical sentences (same time and payload) ended up in both files.
    /// </summary>
    private static (int, int, int) SplitByReceiver(string nmea, string rx1, string rx2)
    {
        var stations = new Dictionary<string, int>(StringComparer.Ordinal);
        var (a, b) = (new List<string>(), new List<string>());
        var seen = new HashSet<string>[] { new(StringComparer.Ordinal), new(StringComparer.Ordinal) };
        var shared = 0;
        var current = 0;
        foreach (var line in File.ReadLines(nmea))
        {
            if (Station().Match(line) is { Success: true } m)
            {
                if (!stations.TryGetValue(m.Groups[1].Value, out current)) stations[m.Groups[1].Value] = current = stations.Count % 2;
                var content = Stamp().Match(line).Value + line[(line.IndexOf('!', StringComparison.Ordinal) + 1)..];
                seen[current].Add(content);
                if (seen[1 - current].Contains(content)) shared++;
            }
            (current == 0 ? a : b).Add(line);
        }
        File.WriteAllLines(rx1, a, Encoding.ASCII);
        File.WriteAllLines(rx2, b, Encoding.ASCII);
        Assert.True(stations.Count >= 2, "the simulated log names fewer than two receivers");
        return (a.Count, b.Count, shared);
    }

    [GeneratedRegex(@"[\\,]s:([^,*]+)")]
    private static partial Regex Station();

    [GeneratedRegex(@"c:\d+")]
    private static partial Regex Stamp();

    private sealed record Ev(string Id, string Type, string Start, uint[] Mmsis, string Line)
    {
        public (string, string, string) Key => (Type, Start, string.Join(',', Mmsis));

        public static Ev Parse(string line)
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            return new Ev(r.GetProperty("id").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("start").GetString()!,
                [.. r.GetProperty("vessels").EnumerateArray().Select(v => v.GetProperty("mmsi").GetUInt32())], line);
        }
    }
}
