using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Picket.Reporting.Alerts;

/// <summary>What became of one webhook request.</summary>
public enum WebhookOutcome
{
    /// <summary>The receiver answered 2xx: it has the delivery.</summary>
    Delivered,

    /// <summary>No connection, a timeout, 5xx, 408 or 429: try again later.</summary>
    Retry,

    /// <summary>Any other 4xx: the receiver refuses this delivery for good.</summary>
    Refused,
}

/// <summary>
/// One signed POST of an alert's JSON to a receiver (<see cref="WebhookSignature"/>: timestamp, HMAC-SHA256 signature
/// and delivery-id headers), and the sorting of its answer into delivered / retry / refused. Shared by the queue-fed
/// <see cref="WebhookSink"/> and the log-fed <see cref="AlertLogDelivery"/>, so both speak exactly one wire protocol.
/// </summary>
public sealed class WebhookPoster(HttpClient http, Uri url, byte[] secret, TimeSpan requestTimeout, TimeProvider time)
{
    /// <summary>The receiver's URL.</summary>
    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));

    /// <summary>
    /// Posts <paramref name="body"/> (UTF-8 JSON, sent byte for byte as signed) with the delivery id
    /// <paramref name="delivery"/>. Only <see cref="RequestTimeout"/> or <paramref name="cancellationToken"/> end a request early;
    /// a request cut short by either is a <see cref="WebhookOutcome.Retry"/> (the caller cannot know whether it arrived).
    /// </summary>
    public async Task<WebhookOutcome> PostAsync(string delivery, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var timeout = new CancellationTokenSource(RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Add(WebhookSignature.TimestampHeader, now.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, now, body.Span));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            if (code is >= 200 and < 300)
                return WebhookOutcome.Delivered;
            return code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests ? WebhookOutcome.Retry : WebhookOutcome.Refused;
        }
        catch (HttpRequestException)
        {
            return WebhookOutcome.Retry;
        }
        catch (OperationCanceledException)
        {
            return WebhookOutcome.Retry; // the request's own timeout, or the caller giving up: either way not known to have arrived
        }
    }

    /// <summary>The request timeout.</summary>
    public TimeSpan RequestTimeout { get; } = requestTimeout;

    /// <summary>
    /// The wait before retry number <paramref name="attempt"/> (0 for the first): doubling from <paramref name="initial"/>
    /// up to <paramref name="max"/>, half of it fixed and half random ("Exponential Backoff and Jitter", AWS Architecture
    /// Blog, 2015), so many senders do not retry in step and a receiver that returns is reached within one cap.
    /// </summary>
    public static TimeSpan Backoff(int attempt, TimeSpan initial, TimeSpan max)
    {
        var ceiling = Math.Min(max.Ticks, initial.Ticks * (1L << Math.Clamp(attempt, 0, 30)));
        return TimeSpan.FromTicks(ceiling / 2 + (long)(Random.Shared.NextDouble() * (ceiling / 2)));
    }
}
