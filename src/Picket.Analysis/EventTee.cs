using Picket.Core.Events;

namespace Picket.Analysis;

/// <summary>Sends each event to every sink: the JSON Lines file and the in-memory list the assessment reads.</summary>
internal sealed class EventTee(params IEventSink[] sinks) : IEventSink
{
    public void Emit(PicketEvent e)
    {
        foreach (var s in sinks) s.Emit(e);
    }
}
