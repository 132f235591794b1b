namespace Picket.Core.Events;

/// <summary>Where detectors put events. One method, so sinks compose (collect, write JSON Lines, forward to a store).</summary>
public interface IEventSink
{
    void Emit(PicketEvent e);
}
