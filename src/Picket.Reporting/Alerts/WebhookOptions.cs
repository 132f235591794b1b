namespace Picket.Reporting.Alerts;

/// <summary>Where and how the webhook posts alerts (README §Alerts).</summary>
public sealed record WebhookOptions
{
    /// <summary>The receiver's URL (http or https).</summary>
    public required Uri Url { get; init; }

    /// <summary>The shared secret the HMAC is keyed with; at least 16 bytes (RFC 2104 §3: no shorter than the hash's output is better, 32).</summary>
    public required byte[] Secret { get; init; }

    /// <summary>The directory deliveries wait in until the receiver takes them (kept across restarts).</summary>
    public required string QueueDirectory { get; init; }

    /// <summary>Deliveries held at most; past it the oldest is dropped and counted.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>The first retry waits about this long; each further one twice as long (with jitter), up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>One request is given up after this long and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <exception cref="ArgumentException">The URL is not http(s), the secret is shorter than 16 bytes, or a duration or the capacity is not positive.</exception>
    public void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException("the webhook URL must be an absolute http or https URL", nameof(Url));
        if (Secret is not { Length: >= 16 })
            throw new ArgumentException("the webhook secret must be at least 16 bytes", nameof(Secret));
        ArgumentException.ThrowIfNullOrEmpty(QueueDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(InitialBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, InitialBackoff);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero);
    }
}
