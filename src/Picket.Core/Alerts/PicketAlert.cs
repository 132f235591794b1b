using Picket.Core.Events;
using Picket.Core.Geo;

namespace Picket.Core.Alerts;

/// <summary>
/// One revision of an alert, as written to <c>alerts.jsonl</c> and posted to a webhook: a fact known while it is still
/// happening (an encounter going on, a vessel gone dark), carrying the same typed evidence as the event it anticipates
/// (<see cref="EventType"/>, <see cref="EventId"/>). Times are the feed's (the detectors' clock), not the wall clock, so
/// a replay of the same feed writes the same alerts.
/// </summary>
/// <param name="Id">Rule plus the anticipated event's id (<see cref="AlertIds"/>): the same across restarts and replays.</param>
/// <param name="Rule">The rule that raised it.</param>
/// <param name="State">Raised, updated or withdrawn.</param>
/// <param name="Revision">0 when raised, one more at each update or withdrawal: a receiver keeps the highest.</param>
/// <param name="EventType">The kind of event the fact is (and the shape of <see cref="Evidence"/>).</param>
/// <param name="EventId">The id the fact's event has or will have.</param>
/// <param name="Start">UTC start of the fact (the encounter's first instant together, the last fix before the silence…).</param>
/// <param name="End">UTC end of the fact as known at <see cref="Time"/>.</param>
/// <param name="Time">The feed time this revision was published at.</param>
/// <param name="Raised">The feed time the alert was first raised at.</param>
/// <param name="Position">Where the fact happened, or null when it has no place (an identity change).</param>
/// <param name="Vessels">The vessels involved, as in the event.</param>
/// <param name="Reason">One line for a person: why it was raised, updated or withdrawn (the watchlist entry's note included).</param>
/// <param name="Evidence">The typed evidence, as the event would carry it now.</param>
public sealed record PicketAlert(
    string Id,
    AlertRule Rule,
    AlertState State,
    int Revision,
    EventType EventType,
    string EventId,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset Time,
    DateTimeOffset Raised,
    GeoPoint? Position,
    IReadOnlyList<EventVessel> Vessels,
    string Reason,
    EventEvidence Evidence);
