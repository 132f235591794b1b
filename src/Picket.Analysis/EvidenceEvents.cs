using Picket.Core.Events;

namespace Picket.Analysis;

/// <summary>
/// The events the assessment and the report work from, kept in memory: everything except routine port calls (calls at
/// ports outside the DPRK), which are most of a long feed's events and carry no risk. Those go only to
/// <c>events.jsonl</c> and the store, so memory follows the suspicious events, not the traffic. Every event is counted.
/// </summary>
internal sealed class EvidenceEvents : IEventSink
{
    private readonly List<PicketEvent> _kept = [];

    public IReadOnlyList<PicketEvent> Events => _kept;

    public Dictionary<EventType, int> CountByType { get; } = [];

    /// <summary>Port calls outside the DPRK, counted but not kept.</summary>
    public int RoutinePortCalls { get; private set; }

    public void Emit(PicketEvent e)
    {
        CountByType[e.Type] = CountByType.GetValueOrDefault(e.Type) + 1;
        if (e.Type == EventType.PortCall && !DeliveryFinder.IsDprkPortCall(e))
        {
            RoutinePortCalls++;
            return;
        }
        _kept.Add(e);
    }
}
