namespace Picket.Simulation.Evaluation;

/// <summary>
/// The parts of an event that scoring looks at: type, time span and MMSIs, plus the truth's own labels
/// (<c>evidence.observable</c>, <c>evidence.scenario</c>) when present. Detections have no labels: observable, no scenario.
/// <see cref="Links"/> are the links of a chain event (<c>evidence.links</c>), empty for every other event.
/// </summary>
public sealed record ScoredEvent(string Id, string Type, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<uint> Mmsis, bool Observable = true, string? Scenario = null)
{
    public IReadOnlyList<ScoredLink> Links { get; init; } = [];

    public override string ToString() =>
        $"{Id} {Type} {Start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}..{End.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} mmsi {string.Join('/', Mmsis)}{(Scenario is { } s ? " [" + s + "]" : "")}";
}

/// <summary>
/// One link of a chain as scoring sees it: its role (origin, transshipment, transfer, arrival), the type of event behind it
/// (<c>port_call</c>, <c>gap</c>, <c>meeting</c>), its span, its hull, and the port (UN/LOCODE) or the partner hull.
/// </summary>
public sealed record ScoredLink(string Role, string Type, DateTimeOffset Start, DateTimeOffset End, uint Mmsi, string? Locode, uint? Partner)
{
    /// <summary>Same role, type, hull, port and partner (where the truth names them), and spans that overlap once widened by the slack.</summary>
    public bool Matches(ScoredLink detected, TimeSpan slack) =>
        Role == detected.Role && Type == detected.Type && Mmsi == detected.Mmsi
        && (Locode == null || Locode == detected.Locode) && (Partner == null || Partner == detected.Partner)
        && detected.Start <= End + slack && detected.End >= Start - slack;
}
