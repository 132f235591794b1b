namespace Picket.Simulation.Evaluation;

/// <summary>
/// The parts of an event that scoring looks at: type, time span and MMSIs, plus the truth's own labels
/// (<c>evidence.observable</c>, <c>evidence.scenario</c>) when present. Detections have no labels: observable, no scenario.
/// <see cref="Links"/> are the links of a chain event (<c>evidence.links</c>), empty for every other event.
/// </summary>
/// <param name="Id">The event's id (or its line number when it has none).</param>
/// <param name="Type">The event type's wire name.</param>
/// <param name="Start">When it starts; never after <paramref name="End"/>.</param>
/// <param name="End">When it ends.</param>
/// <param name="Mmsis">The MMSIs of the vessels involved, as written.</param>
/// <param name="Observable">False for a truth event the feed cannot show (the vessel was silent); left out of recall.</param>
/// <param name="Scenario">The planted scenario a truth event belongs to; null for detections.</param>
public sealed record ScoredEvent(string Id, string Type, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<uint> Mmsis, bool Observable = true, string? Scenario = null)
{
    /// <summary>The links of a chain event, each to be matched on its own; empty for every other event.</summary>
    public IReadOnlyList<ScoredLink> Links { get; init; } = [];

    /// <summary>One line for the missed/spurious lists: id, type, UTC span, MMSIs and scenario.</summary>
    public override string ToString() =>
        $"{Id} {Type} {Start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}..{End.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} mmsi {string.Join('/', Mmsis)}{(Scenario is { } s ? " [" + s + "]" : "")}";
}

/// <summary>
/// One link of a chain as scoring sees it: its role (origin, transshipment, transfer, arrival), the type of event behind it
/// (<c>port_call</c>, <c>gap</c>, <c>meeting</c>), its span, its hull, and the port (UN/LOCODE) or the partner hull.
/// </summary>
/// <param name="Role">origin, transshipment, transfer or arrival.</param>
/// <param name="Type">The type of event behind the link.</param>
/// <param name="Start">When the link starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Mmsi">The hull the link is about.</param>
/// <param name="Locode">The port's UN/LOCODE, for a port call; null otherwise or when the truth does not care.</param>
/// <param name="Partner">The other hull, for a meeting; null otherwise or when the truth does not care.</param>
public sealed record ScoredLink(string Role, string Type, DateTimeOffset Start, DateTimeOffset End, uint Mmsi, string? Locode, uint? Partner)
{
    /// <summary>Same role, type, hull, port and partner (where the truth names them), and spans that overlap once widened by the slack.</summary>
    public bool Matches(ScoredLink detected, TimeSpan slack) =>
        Role == detected.Role && Type == detected.Type && Mmsi == detected.Mmsi
        && (Locode == null || Locode == detected.Locode) && (Partner == null || Partner == detected.Partner)
        && detected.Start <= End + slack && detected.End >= Start - slack;
}
