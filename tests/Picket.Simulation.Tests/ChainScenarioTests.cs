using Picket.Simulation.Evaluation;

namespace Picket.Simulation.Tests;

/// <summary>A 72 h scenario with the planted coal chains and their decoys, thinned to 30 s moving reports to keep it quick.</summary>
public sealed class ChainScenario() : ScenarioFixture(new SimulationOptions { Vessels = 80, Hours = 72, Seed = 7, MovingIntervalSeconds = 30 });

/// <summary>
/// The planted laundering chains against the detectors and the voyage stage: every chain found with its links right,
/// nothing flagged among the Russian coal exports and the ships that declared a neighbouring port.
/// </summary>
public sealed class ChainScenarioTests(ChainScenario scenario) : IClassFixture<ChainScenario>
{
    [Fact]
    public void The_truth_holds_each_planted_chain_with_three_links()
    {
        var truth = EventFileReader.Read(scenario.Truth).Events.Where(e => e.Type == "laundering_chain").ToList();
        Assert.Equal(3, truth.Count); // one of each variant at 80 vessels
        Assert.Equal(["coal_chain_dark", "coal_chain_port", "coal_chain_sts"], truth.Select(t => t.Scenario!).Order(StringComparer.Ordinal));
        Assert.All(truth, t => Assert.Equal(3, t.Links.Count));
        Assert.All(truth, t => Assert.Equal("arrival", t.Links[^1].Role));
        var sts = truth.Single(t => t.Scenario == "coal_chain_sts");
        Assert.Equal(2, sts.Mmsis.Count);
        Assert.Equal("meeting", sts.Links.Single(l => l.Role == "transfer").Type);
        Assert.Equal("gap", truth.Single(t => t.Scenario == "coal_chain_dark").Links[0].Type);
    }

    [Fact]
    public void Chains_are_found_with_their_links_and_decoys_are_not_flagged()
    {
        string events = Path.Combine(scenario.Directory, "events-chains.jsonl");
        CoreDetectors.Run(scenario.Feed, events);
        var truth = EventFileReader.Read(scenario.Truth).Events;
        var detections = EventFileReader.Read(events).Events;
        var result = Evaluator.Evaluate(truth, detections, types: ["laundering_chain"]);
        TestContext.Current.TestOutputHelper!.WriteLine(EvaluationTable.Format(result));
        var row = Assert.Single(result.Types);
        Assert.True(row.Recall >= 0.9, $"recall {row.Recall:0.000}");
        Assert.True(row.Precision >= 0.9, $"precision {row.Precision:0.000}");
        // The decoys sail the same lanes from the same ports: none of their hulls may be in a chain.
        var decoys = truth.Where(t => t.Scenario is "decoy_russian_coal" or "decoy_declared_nearby").SelectMany(t => t.Mmsis).ToHashSet();
        Assert.NotEmpty(decoys);
        Assert.DoesNotContain(detections.Where(d => d.Type == "laundering_chain"), d => d.Mmsis.Any(decoys.Contains));
    }
}
