namespace Picket.Simulation.Evaluation;

/// <summary>
/// The parts of an event that scoring looks at: type, time span and MMSIs, plus the truth's own labels
/// (<c>evidence.observable</c>, <c>evidence.scenario</c>) when present. Detections have no labels: observable, no scenario.
/// </summary>
public sealed record ScoredEvent(string Id, string Type, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<uint> Mmsis, bool Observable = true, string? Scenario = null)
{
    public override string ToString() =>
        $"{Id} {Type} {Start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}..{End.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} mmsi {string.Join('/', Mmsis)}{(Scenario is { } s ? " [" + s + "]" : "")}";
}
