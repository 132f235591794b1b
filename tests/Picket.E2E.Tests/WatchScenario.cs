using System.Collections.Concurrent;
using Picket.Simulation;
using Picket.Testing;

[assembly: AssemblyFixture(typeof(Picket.E2E.Tests.YellowSeaScenario))]

namespace Picket.E2E.Tests;

/// <summary>
/// A simulated scenario for the watch tests, in a temp folder: the NMEA feed, the planted truth and the scenario's
/// SYNTHETIC sanctions lists (as <c>picket demo</c> passes them), with <c>picket analyze</c>'s run on it — each kind of
/// batch run (with or without the store, with or without the lists) made once, when a test first asks for it.
/// </summary>
public class WatchScenario : IDisposable
{
    private static readonly TimeSpan BatchLimit = TimeSpan.FromMinutes(5);
    private readonly TempDir _dir;
    private readonly ConcurrentDictionary<(bool Store, bool Lists), Lazy<Task<string>>> _batches = new();
    private readonly Lazy<(string Scenario, string Lists)> _simulated;

    /// <summary>The scenario is simulated when a test first asks for a file of it, so a run of other tests does not pay for it.</summary>
    public WatchScenario(SimulationOptions options, string prefix)
    {
        _dir = new TempDir(prefix);
        _simulated = new(() =>
        {
            var scenario = Path.Combine(_dir.Path, "scenario");
            Simulator.RunToDirectory(options, scenario);
            return (scenario, Picket.Simulation.Lists.SyntheticSanctions.Write(options, scenario).ListsDirectory);
        });
    }

    /// <summary>The recording (plain NMEA).</summary>
    public string Feed => Path.Combine(_simulated.Value.Scenario, "feed.nmea");

    /// <summary>The planted events (<c>truth.jsonl</c>): the known answers.</summary>
    public string Truth => Path.Combine(_simulated.Value.Scenario, "truth.jsonl");

    /// <summary>The scenario's synthetic sanctions lists, for <c>--lists</c>.</summary>
    public string Lists => _simulated.Value.Lists;

    /// <summary>A new directory's path under the scenario's folder (not created), named for the test that uses it.</summary>
    public string NewDirectory(string name) => Path.Combine(_dir.Path, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The output directory of <c>picket analyze</c> on <see cref="Feed"/> (its events.jsonl, vessels.jsonl, and picket.duckdb with the store).</summary>
    public Task<string> BatchAsync(bool store = false, bool lists = false) =>
        _batches.GetOrAdd((store, lists), key => new Lazy<Task<string>>(() => RunBatchAsync(key.Store, key.Lists))).Value;

    private async Task<string> RunBatchAsync(bool store, bool lists)
    {
        var output = Path.Combine(_dir.Path, $"batch{(store ? "-store" : "")}{(lists ? "-lists" : "")}");
        List<string> args = ["analyze", Feed, "--out", output, "--quiet"];
        if (!store) args.Add("--no-store");
        if (lists) args.AddRange(["--lists", Lists]);
        var (exit, _, stderr) = await PicketCli.RunAsync(args, BatchLimit);
        Assert.True(exit == 0, $"picket {string.Join(' ', args)} exited {exit}: {stderr}");
        return output;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _dir.Dispose();
    }
}

/// <summary>
/// The simulator's Yellow Sea scenario of the watch tests (80 vessels, 36 h, seed 11: planted STS transfers, listed
/// vessels going dark, about 77 alert revisions), simulated at most once per test run and shared by every test class
/// that takes it (an assembly fixture, so the classes still run side by side).
/// </summary>
public sealed class YellowSeaScenario() : WatchScenario(new SimulationOptions { Vessels = 80, Hours = 36, Seed = 11 }, "picket-e2e-watch");
