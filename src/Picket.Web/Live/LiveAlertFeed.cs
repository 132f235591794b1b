using Picket.Core.Alerts;
using Picket.Reporting.Alerts;

namespace Picket.Web.Live;

/// <summary>
/// The watch's alert revisions for the live streams: each is broadcast to the open connections (each with its own
/// bounded buffer that drops its oldest, counted: <see cref="AlertBroadcast"/>) and kept in a bounded history, so a
/// client that connects or reconnects gets what it missed first — everything held after the revision its
/// <c>Last-Event-ID</c> names, or the whole history when it names none (or one no longer held).
/// </summary>
internal sealed class LiveAlertFeed(int history = LiveAlertFeed.DefaultHistory, int perClient = 256) : IAlertSink
{
    public const int DefaultHistory = 1_000;
    private readonly Lock _lock = new();
    private readonly Queue<(string Id, PicketAlert Alert)> _history = new();
    private long _published;

    public AlertBroadcast Broadcast { get; } = new(perClient);

    /// <summary>Revisions published since the server started.</summary>
    public long Published => Interlocked.Read(ref _published);

    public void Publish(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        // The history and the broadcast change together, so a subscriber taken under the same lock sees each revision
        // once: in its backlog or on its channel.
        lock (_lock)
        {
            _history.Enqueue((AlertOutbox.DeliveryId(alert), alert));
            if (_history.Count > history) _history.Dequeue();
            Broadcast.Publish(alert);
            _published++;
        }
    }

    /// <summary>A subscription to what follows, and the held revisions after <paramref name="lastEventId"/> to send first.</summary>
    public (AlertSubscription Subscription, List<PicketAlert> Backlog) Subscribe(string? lastEventId)
    {
        lock (_lock)
        {
            var held = _history.ToList();
            int from = 0;
            if (!string.IsNullOrEmpty(lastEventId))
            {
                int at = held.FindLastIndex(h => string.Equals(h.Id, lastEventId, StringComparison.Ordinal));
                if (at >= 0) from = at + 1;
            }
            return (Broadcast.Subscribe(), held.Skip(from).Select(h => h.Alert).ToList());
        }
    }
}
