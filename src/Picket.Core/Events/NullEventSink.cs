namespace Picket.Core.Events;

/// <summary>Drops events; for benchmarks that measure the track builder alone.</summary>
public sealed class NullEventSink : IEventSink
{
    public static readonly NullEventSink Instance = new();

    public long Count { get; private set; }

    public void Emit(PicketEvent e) => Count++;
}
