using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>
/// One detected event, as written to <c>events.jsonl</c>. <see cref="Position"/> is where it happened when that is
/// meaningful (null for an identity change, which has no place of its own).
/// </summary>
public sealed record PicketEvent(
    string Id,
    EventType Type,
    DateTimeOffset Start,
    DateTimeOffset End,
    GeoPoint? Position,
    IReadOnlyList<EventVessel> Vessels,
    double Confidence,
    EventEvidence Evidence);
