namespace Picket.Core.Alerts;

/// <summary>
/// Alert ids from content only: the rule and the id of the event the alert anticipates (itself from content, see
/// <see cref="Events.EventIds"/>), e.g. <c>encounter_at_sea:encounter:412000001:20180302T100000Z:412000002</c>. A
/// restarted watcher or a replay of the same feed raises the same fact under the same id, so a receiver de-duplicates
/// by id and a store upserts by it.
/// </summary>
public static class AlertIds
{
    /// <summary>The id <c>rule:event-id</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is null or empty.</exception>
    public static string For(AlertRule rule, string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return rule.ToWireName() + ":" + eventId;
    }
}
