namespace Picket.Core.Events;

/// <summary>Drops events; for benchmarks that measure the track builder alone.</summary>
public sealed class NullEventSink : IEventSink
{
    /// <summary>A shared instance; its <see cref="Count"/> is then shared too.</summary>
    public static readonly NullEventSink Instance = new();

    /// <summary>Events dropped so far.</summary>
    public long Count { get; private set; }

    /// <summary>Counts the event and drops it.</summary>
    public void Emit(PicketEvent e) => Count++;
}
