using Picket.Simulation;

namespace Picket.Analysis.Tests.Job;

/// <summary>A small simulated Yellow Sea scenario with planted evasion and its truth, made once for the job tests.</summary>
public sealed class SimulatedScenario : IDisposable
{
    private readonly TempDir _dir = new("picket-job-scenario");

    public SimulatedScenario()
    {
        Simulator.RunToDirectory(new SimulationOptions { Vessels = 80, Hours = 36, Seed = 11 }, _dir.Path);
    }

    public string Feed => _dir["feed.nmea"];

    public string Truth => _dir["truth.jsonl"];

    public void Dispose() => _dir.Dispose();
}
