namespace Picket.Core.Events;

/// <summary>Keeps events in memory, in emission order. For tests and small runs.</summary>
public sealed class EventCollector : IEventSink
{
    private readonly List<PicketEvent> _events = [];

    public IReadOnlyList<PicketEvent> Events => _events;

    public void Emit(PicketEvent e) => _events.Add(e);

    public IEnumerable<PicketEvent> OfType(EventType type) => _events.Where(e => e.Type == type);
}
