namespace Picket.Reporting.Alerts;

/// <summary>
/// A webhook that posts from its own durable queue (<see cref="WebhookSink"/>): the receiver, its secret and how it is
/// retried are a <see cref="WebhookTarget"/> — the same record, validated in one place, that the watch's delivery from
/// <c>alerts.jsonl</c> posts with — and this adds only where the queue is kept and how much it holds (README §Alerts).
/// </summary>
public sealed record WebhookOptions
{
    /// <summary>The receiver, the secret the HMAC is keyed with, and the retry timing.</summary>
    public required WebhookTarget Target { get; init; }

    /// <summary>The directory deliveries wait in until the receiver takes them (kept across restarts).</summary>
    public required string QueueDirectory { get; init; }

    /// <summary>Deliveries held at most; past it the oldest is dropped and counted.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <exception cref="ArgumentException">The target is not valid (<see cref="WebhookTarget.Validate"/>), the queue directory is empty or the capacity is not positive.</exception>
    public void Validate()
    {
        if (Target is null)
            throw new ArgumentException("the webhook needs a target", nameof(Target));
        Target.Validate();
        ArgumentException.ThrowIfNullOrEmpty(QueueDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 1);
    }
}
