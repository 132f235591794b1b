using Picket.Core.Events;

namespace Picket.Analysis;

/// <summary>Passes events on unless <see cref="Muted"/>: a restored watch rebuilds identity state from messages whose events it already wrote.</summary>
internal sealed class MutableEventSink(IEventSink inner) : IEventSink
{
    public bool Muted { get; set; }

    public void Emit(PicketEvent e)
    {
        if (!Muted) inner.Emit(e);
    }
}
