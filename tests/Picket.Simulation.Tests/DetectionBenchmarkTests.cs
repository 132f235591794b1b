using Picket.Simulation.Evaluation;

namespace Picket.Simulation.Tests;

/// <summary>
/// The benchmark the issue asks for: a 100-vessel, 48-hour scenario with every planted case, run through Picket's
/// detectors and scored against its truth. Every event type that has a detector must reach recall ≥ 0.9 and
/// precision ≥ 0.9; the table goes to the test output.
/// </summary>
public sealed class DetectionBenchmarkTests(BenchmarkScenario scenario) : IClassFixture<BenchmarkScenario>
{
    /// <summary>Event types Picket detects today (sea events in Core.Detection; jumps, clashes and identity changes in Core.Tracks/Vessels).</summary>
    private static readonly string[] Detected =
        ["encounter", "loitering", "gap", "port_call", "draught_change", "position_jump", "identity_clash", "identity_change"];

    [Fact]
    public void Detectors_reach_recall_and_precision_of_0_9_per_type()
    {
        string events = Path.Combine(scenario.Directory, "events.jsonl");
        CoreDetectors.Run(scenario.Feed, events);
        var truth = EventFileReader.Read(scenario.Truth);
        var detections = EventFileReader.Read(events);
        Assert.Equal(0, truth.BadLines);
        Assert.Equal(0, detections.BadLines);
        var result = Evaluator.Evaluate(truth.Events, detections.Events);
        TestContext.Current.TestOutputHelper!.WriteLine(
            $"Scenario: {scenario.Options.Vessels} vessels, {scenario.Options.Hours} h, seed {scenario.Options.Seed}, {scenario.Options.ReportIntervalNote}\n");
        TestContext.Current.TestOutputHelper!.WriteLine(EvaluationTable.Format(result));
        foreach (var type in Detected)
        {
            var row = result.Types.SingleOrDefault(t => t.Type == type);
            Assert.True(row != null && row.Truth > 0, $"the scenario has no observable {type} to score");
            Assert.True(row.Recall >= 0.9, $"{type}: recall {row.Recall:0.000}");
            Assert.True(row.Precision >= 0.9, $"{type}: precision {row.Precision:0.000}");
        }
        Assert.All(result.Types, t => Assert.Contains(t.Type, Detected));
    }
}
