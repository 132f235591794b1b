using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Picket.Cluster.Tests.Infrastructure;
using Picket.Simulation;
using Picket.Testing;

namespace Picket.Cluster.Tests;

/// <summary>
/// A machine of the cluster dies mid-run: three <c>picket cluster silo</c> processes on one private Redis, a
/// <c>picket cluster analyze</c> long enough to be caught in the middle, and one silo killed with SIGKILL once some
/// epochs are done (no shutdown, no last checkpoint, its grains lost with their memory). The run must complete on the
/// two that are left, and its events.jsonl must be <c>picket analyze</c>'s on the same feed: the same lines (ids and
/// evidence), none missing, none written twice — the work the dead silo had done since its grains' last checkpoint is
/// redone from the checkpoint, and what it had already written is not written again.
/// </summary>
public sealed partial class SiloKillTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    /// <summary>The client's progress line for a finished epoch: "epoch N done: …".</summary>
    [GeneratedRegex(@"^epoch (\d+) done\b")]
    private static partial Regex EpochLine();

    [Fact]
    public async Task A_silo_killed_mid_run_leaves_the_events_of_one_process_none_duplicated()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartOrSkipAsync(ct);
        using var dir = new TempDir("picket-silo-kill");
        // Big enough that the cluster run lasts well over ten seconds on a loaded 2-core machine, so that the kill
        // lands between epochs with work before and after it.
        var scenario = Path.Combine(dir.Path, "scenario");
        Simulator.RunToDirectory(new SimulationOptions { Vessels = 120, Hours = 36, Seed = 7 }, scenario);
        var feed = Path.Combine(scenario, "feed.nmea");

        var single = Path.Combine(dir.Path, "single");
        var batch = await PicketCli.RunAsync(["analyze", feed, "--out", single, "--no-store", "--quiet"], Limit);
        Assert.True(batch.Exit == 0, batch.Stderr);

        var silos = new List<SiloProcess>();
        try
        {
            // Started one after another: three at once on two cores take several times as long to join.
            for (var i = 0; i < 3; i++)
                silos.Add(await SiloProcess.StartAsync(redis.Endpoint, ct));

            var outDir = Path.Combine(dir.Path, "cluster");
            using var client = Process.Start(PicketCli.StartInfo(["cluster", "analyze", feed, "--redis", redis.Endpoint, "--out", outDir]))!;
            var output = new ProcessOutput();
            output.Attach(client);
            var clock = Stopwatch.StartNew();
            try
            {
                // Some epochs done (checkpoints behind the run), the run not yet near its end.
                await output.WaitForLineAsync(client, l => EpochLine().Match(l) is { Success: true } m && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2, Limit, ct);
                var victim = silos[1];
                var victimLines = victim.Output.ToString();
                await victim.KillHardAsync();
                var killedAt = clock.Elapsed;
                Assert.False(client.HasExited, "the run ended before the silo was killed: the feed is too small to be caught mid-run");

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(Limit);
                await client.WaitForExitAsync(timeout.Token);
                client.WaitForExit(); // drains the redirected streams
                Assert.True(client.ExitCode == 0, $"cluster analyze failed after the kill (exit {client.ExitCode}):\n{output}");
                Assert.True(clock.Elapsed > TimeSpan.FromSeconds(10), $"the run took {clock.Elapsed.TotalSeconds:0.0} s; the kill must land in a run of over 10 s");
                Assert.True(clock.Elapsed - killedAt > TimeSpan.FromSeconds(1), "the run had nothing left to do after the kill");
                Assert.All(silos.Where(s => s != victim), s => Assert.False(s.HasExited, $"a surviving silo exited:\n{s.Output}"));
                Assert.True(victimLines.Length > 0, "the killed silo printed nothing before it was killed");

                AssertSameEvents(Path.Combine(single, "events.jsonl"), Path.Combine(outDir, "events.jsonl"));
            }
            finally
            {
                if (!client.HasExited)
                    client.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            foreach (var s in silos)
                await s.DisposeAsync();
        }
    }

    /// <summary>The same lines, each once: same ids, same evidence, no id twice, none missing, none added.</summary>
    private static void AssertSameEvents(string expectedPath, string actualPath)
    {
        Assert.True(File.Exists(actualPath), $"the cluster wrote no {actualPath}");
        var expected = File.ReadLines(expectedPath).Where(l => l.Length > 0).ToList();
        var actual = File.ReadLines(actualPath).Where(l => l.Length > 0).ToList();
        Assert.True(expected.Count > 0, "the single process found no events: the feed proves nothing");
        var ids = actual.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
        var repeated = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{repeated.Count} event ids written more than once, e.g. {repeated.FirstOrDefault()}");
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{missing.Count} lines of picket analyze missing from the cluster's and {extra.Count} added, e.g.\nexpected {missing.FirstOrDefault()}\nactual   {extra.FirstOrDefault()}");
        Assert.Equal(expected.Count, actual.Count);
    }
}
