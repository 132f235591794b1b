using Picket.Simulation.Truth;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>The vessels of a scenario, the pairs whose meetings the truth watches, and how many of each plant were made.</summary>
internal sealed class Fleet
{
    public List<SimVessel> Vessels { get; } = [];
    public List<EncounterWatch> Encounters { get; } = [];
    /// <summary>Planted laundering chains, for the truth recorder to assemble from what it recorded.</summary>
    public List<PlannedChain> Chains { get; } = [];
    public SortedDictionary<string, int> Planted { get; } = new(StringComparer.Ordinal);

    public void Count(string scenario) => Planted[scenario] = Planted.GetValueOrDefault(scenario) + 1;
}
