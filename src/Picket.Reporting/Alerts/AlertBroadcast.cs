using System.Threading.Channels;
using Picket.Core.Alerts;

namespace Picket.Reporting.Alerts;

/// <summary>
/// Hands every alert to each current subscriber (the dashboard's server-sent-events connections). Each subscriber has
/// its own bounded buffer; one that reads too slowly loses its oldest alerts, counted on it and here, and never holds
/// up the pipeline or the other subscribers. Thread-safe.
/// </summary>
public sealed class AlertBroadcast : IAlertSink
{
    private readonly Lock _lock = new();
    private AlertSubscription[] _subscribers = [];
    private long _dropped;

    /// <summary>A broadcast whose subscribers each buffer at most <paramref name="capacity"/> alerts.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public AlertBroadcast(int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Alerts buffered per subscriber at most.</summary>
    public int Capacity { get; }

    /// <summary>Subscribers now.</summary>
    public int Subscribers => Volatile.Read(ref _subscribers).Length;

    /// <summary>Alerts dropped for slow subscribers, all of them together.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Starts a subscription; dispose it when the connection ends.</summary>
    public AlertSubscription Subscribe()
    {
        var s = new AlertSubscription(this, Capacity);
        lock (_lock)
            _subscribers = [.. _subscribers, s];
        return s;
    }

    /// <summary>Offers the alert to every subscriber without waiting.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public void Publish(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        foreach (var s in Volatile.Read(ref _subscribers))
            s.Offer(alert);
    }

    internal void CountDrop() => Interlocked.Increment(ref _dropped);

    internal void Remove(AlertSubscription s)
    {
        lock (_lock)
            _subscribers = [.. _subscribers.Where(x => x != s)];
    }
}

/// <summary>One subscriber's alerts, read with <see cref="Reader"/>; the oldest are dropped (and counted) when it falls <see cref="AlertBroadcast.Capacity"/> behind.</summary>
public sealed class AlertSubscription : IDisposable
{
    private readonly AlertBroadcast _owner;
    private readonly Channel<PicketAlert> _channel;
    private long _dropped;

    internal AlertSubscription(AlertBroadcast owner, int capacity)
    {
        _owner = owner;
        _channel = Channel.CreateBounded<PicketAlert>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ =>
            {
                Interlocked.Increment(ref _dropped);
                owner.CountDrop();
            });
    }

    /// <summary>The alerts, in the order published.</summary>
    public ChannelReader<PicketAlert> Reader => _channel.Reader;

    /// <summary>Alerts this subscriber lost by reading too slowly.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void Offer(PicketAlert alert) => _channel.Writer.TryWrite(alert);

    /// <summary>Ends the subscription: the reader completes, the broadcast forgets it.</summary>
    public void Dispose()
    {
        _owner.Remove(this);
        _channel.Writer.TryComplete();
    }
}
