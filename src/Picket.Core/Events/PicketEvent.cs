using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>
/// One detected event, as written to <c>events.jsonl</c>. <see cref="Position"/> is where it happened when that is
/// meaningful (null for an identity change, which has no place of its own).
/// </summary>
/// <param name="Id">Derived from content only (<see cref="EventIds"/>): the same event keeps its id across runs, inputs and partitions.</param>
/// <param name="Type">What kind of event it is.</param>
/// <param name="Start">UTC start.</param>
/// <param name="End">UTC end; equal to <see cref="Start"/> for an instant.</param>
/// <param name="Position">Where it happened, WGS84; null when it has no place.</param>
/// <param name="Vessels">Every vessel involved: two for an encounter, one otherwise.</param>
/// <param name="Confidence">How sure the detector is, 0–1.</param>
/// <param name="Evidence">What an analyst checks, typed per event type.</param>
public sealed record PicketEvent(
    string Id,
    EventType Type,
    DateTimeOffset Start,
    DateTimeOffset End,
    GeoPoint? Position,
    IReadOnlyList<EventVessel> Vessels,
    double Confidence,
    EventEvidence Evidence);
