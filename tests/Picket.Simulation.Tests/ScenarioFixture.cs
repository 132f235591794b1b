using Picket.Simulation;

namespace Picket.Simulation.Tests;

/// <summary>
/// A scenario generated once per test class into a temporary directory. <see cref="StandardScenario"/> keeps the
/// ITU-R M.1371 report intervals (for the realism and decoding checks); <see cref="BenchmarkScenario"/> is the
/// ≥ 100 vessels × 48 h run scored against the detectors, thinned to 30 s moving reports to keep the test fast.
/// </summary>
public abstract class ScenarioFixture : IDisposable
{
    protected ScenarioFixture(SimulationOptions options)
    {
        Options = options;
        Directory = Path.Combine(Path.GetTempPath(), "picket-sim-" + Guid.NewGuid().ToString("N"));
        Summary = Simulator.RunToDirectory(options, Directory, CorruptedLines);
    }

    public SimulationOptions Options { get; }
    public string Directory { get; }
    public HashSet<long> CorruptedLines { get; } = [];
    public SimulationSummary Summary { get; }

    public string Feed => Path.Combine(Directory, Simulator.FeedFile);
    public string Csv => Path.Combine(Directory, Simulator.CsvFile);
    public string Truth => Path.Combine(Directory, Simulator.TruthFile);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

public sealed class StandardScenario() : ScenarioFixture(new SimulationOptions { Vessels = 60, Hours = 12, Seed = 11 });

public sealed class BenchmarkScenario() : ScenarioFixture(new SimulationOptions { Vessels = 100, Hours = 48, Seed = 42, MovingIntervalSeconds = 30 });
