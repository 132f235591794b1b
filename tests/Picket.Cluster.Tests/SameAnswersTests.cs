using System.Globalization;
using System.Text.Json;
using Picket.Cluster.Tests.Infrastructure;

namespace Picket.Cluster.Tests;

/// <summary>
/// Same answers: a simulated sea (150 vessels × 36 h, seed 1, with planted ship-to-ship meetings, a dark STS and
/// draught changes) analysed by <c>picket analyze</c> in one process and by <c>picket cluster analyze</c> on three
/// silo processes sharing a Redis: the events.jsonl lines are equal (ids, times, positions, confidence, evidence) and
/// every vessel's risk in vessels.jsonl is equal. The grains really are spread: each silo holds vessel grains. Cell
/// edges (every 5°, with a 1° halo) cut this sea, and events near them are counted, so the halo is exercised.
/// </summary>
public class SameAnswersTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task Three_silos_give_the_events_and_risk_of_one_process()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartOrSkipAsync(ct);
        using var dir = new TempDir("picket-cluster");
        await Run(["simulate", "--seed", "1", "--hours", "36", "--vessels", "150", "--out", dir["sim"]]);
        var feed = Path.Combine(dir["sim"], "feed.nmea");
        await Run(["analyze", feed, "--out", dir["whole"], "--no-store", "-q"]);

        var silos = new List<SiloProcess>();
        try
        {
            // One after another: three joining at once on two cores can declare each other dead.
            foreach (var _ in Enumerable.Range(0, 3))
                silos.Add(await SiloProcess.StartAsync(redis.Endpoint, ct));
            var run = await Run(["cluster", "analyze", feed, "--redis", redis.Endpoint, "--out", dir["cluster"], "--no-store", "-q"]);
            Assert.Contains("0 epochs sent again", run, StringComparison.Ordinal);
            var status = await Run(["cluster", "status", "--redis", redis.Endpoint]);
            var active = status.Split('\n').Where(l => l.Contains("\tActive\t", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, active.Count);
            Assert.All(active, l => Assert.True(int.Parse(l.Split('\t')[2], CultureInfo.InvariantCulture) > 0, $"a silo without vessel grains: {status}"));
        }
        finally
        {
            foreach (var s in silos) await s.DisposeAsync();
        }

        var whole = Lines(Path.Combine(dir["whole"], "events.jsonl"));
        var cluster = Lines(Path.Combine(dir["cluster"], "events.jsonl"));
        Assert.Equal(whole.Count, cluster.Count);
        Assert.Equal(whole, cluster);
        var types = whole.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "encounter", "loitering", "draught_change", "gap", "port_call" }, types);
        Assert.Contains(whole, l => l.Contains("\"possible_partner\"", StringComparison.Ordinal));
        Assert.Contains(whole, l => l.Contains("\"linked_events\":[\"", StringComparison.Ordinal));
        Assert.True(NearCellEdges(whole) > 0, "no event near a cell edge: the halo is not exercised");

        var wholeRisk = Risk(Path.Combine(dir["whole"], "vessels.jsonl"));
        Assert.NotEmpty(wholeRisk);
        Assert.Equal(wholeRisk, Risk(Path.Combine(dir["cluster"], "vessels.jsonl")));
    }

    internal static async Task<string> Run(string[] args)
    {
        var (exit, stdout, stderr) = await PicketCli.RunAsync(args, Limit);
        Assert.True(exit == 0, $"picket {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout;
    }

    internal static List<string> Lines(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    internal static SortedDictionary<long, double> Risk(string path)
    {
        var risk = new SortedDictionary<long, double>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var o = JsonDocument.Parse(line).RootElement;
            risk[o.GetProperty("mmsi").GetInt64()] = o.GetProperty("risk").GetDouble();
        }
        return risk;
    }

    /// <summary>Sea events (not port calls) within a halo's width of a cell edge: heard by two cells, owned by one.</summary>
    private static int NearCellEdges(List<string> lines)
    {
        var near = 0;
        foreach (var line in lines)
        {
            var o = JsonDocument.Parse(line).RootElement;
            if (o.GetProperty("type").GetString() is not ("encounter" or "loitering" or "gap") || !o.TryGetProperty("lat", out var lat))
                continue;
            static double Edge(double v) => Math.Abs(v - Math.Round(v / 5) * 5);
            if (Edge(lat.GetDouble()) < 1 || Edge(o.GetProperty("lon").GetDouble()) < 1)
                near++;
        }
        return near;
    }
}
