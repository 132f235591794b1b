namespace Picket.Core.Events;

/// <summary>Where detectors put events. One method, so sinks compose (collect, write JSON Lines, forward to a store).</summary>
public interface IEventSink
{
    /// <summary>Takes one event. A detector may emit an event again under the same id when it learns more (an open gap that closes); the later one replaces the earlier.</summary>
    void Emit(PicketEvent e);
}
