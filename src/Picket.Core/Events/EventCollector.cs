namespace Picket.Core.Events;

/// <summary>Keeps events in memory, in emission order. For tests and small runs.</summary>
public sealed class EventCollector : IEventSink
{
    private readonly List<PicketEvent> _events = [];

    /// <summary>Every event emitted so far, in emission order.</summary>
    public IReadOnlyList<PicketEvent> Events => _events;

    /// <inheritdoc/>
    public void Emit(PicketEvent e) => _events.Add(e);

    /// <summary>The events of one <paramref name="type"/>, in emission order.</summary>
    public IEnumerable<PicketEvent> OfType(EventType type) => _events.Where(e => e.Type == type);
}
