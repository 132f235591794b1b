namespace Picket.Reporting.Alerts;

/// <summary>
/// A receiver the watch posts its alerts to, and how it retries (README §Watch: alerts). The defaults keep a receiver
/// that was down a few seconds from getting its backlog: the first retry after about 0.5 s, doubling to a 5 s cap, so
/// one that returns is reached within 5 s, at the cost of one small request every few seconds while it is away.
/// </summary>
public sealed record WebhookTarget
{
    /// <summary>The receiver's URL (http or https).</summary>
    public required Uri Url { get; init; }

    /// <summary>The shared secret the HMAC-SHA256 is keyed with; at least 16 bytes (RFC 2104 §3).</summary>
    public required byte[] Secret { get; init; }

    /// <summary>The first retry waits about this long (0.5 s); each further one twice as long, with jitter, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between two attempts (5 s).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>One request is given up after this long (10 s) and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <exception cref="ArgumentException">The URL is not absolute http(s), the secret is shorter than 16 bytes, or a duration is not positive.</exception>
    public void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException("the webhook URL must be an absolute http or https URL", nameof(Url));
        if (Secret is not { Length: >= 16 })
            throw new ArgumentException("the webhook secret must be at least 16 bytes", nameof(Secret));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(InitialBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, InitialBackoff);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero);
    }
}
