using Picket.Core.Alerts;

namespace Picket.Reporting.Alerts;

/// <summary>
/// Posts each alert revision as JSON to a receiver, signed (<see cref="WebhookSignature"/>). <see cref="Publish"/> only
/// writes the delivery to a durable queue and returns: the pipeline never waits for the network. A background loop sends
/// the queue oldest first; a failure (no connection, timeout, 5xx, 408, 429) is counted and retried after an
/// exponential backoff with jitter (AWS Architecture Blog, "Exponential Backoff and Jitter": half fixed, half random, so
/// many watchers do not retry in step), so alerts raised while the receiver is down arrive after it returns, in order,
/// each once (a receiver that answers 2xx is not sent the same delivery again; the delivery header lets it drop a repeat
/// should a response be lost). Any other 4xx is a refusal for good: counted and dropped.
/// </summary>
public sealed class WebhookSink : IAlertSink, IAsyncDisposable
{
    private readonly WebhookOptions _o;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly WebhookPoster _poster;
    private long _delivered, _rejected, _failures, _enqueueFailures;

    /// <param name="options">Receiver, secret and queue.</param>
    /// <param name="http">The client to post with (its handler's connection settings apply), or null for a new one.</param>
    /// <param name="time">The clock for signatures and backoff; the system's when null.</param>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public WebhookSink(WebhookOptions options, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _o = options;
        _http = http ?? new HttpClient();
        _ownsHttp = http is null;
        _time = time ?? TimeProvider.System;
        _poster = new WebhookPoster(_http, options.Target.Url, options.Target.Secret, options.Target.RequestTimeout, _time);
        Outbox = new AlertOutbox(options.QueueDirectory, options.QueueCapacity);
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>The deliveries waiting.</summary>
    public AlertOutbox Outbox { get; }

    /// <summary>Deliveries the receiver took (2xx).</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Deliveries the receiver refused for good (4xx other than 408 and 429): dropped.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Attempts that failed and were retried.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Alerts that could not be written to the queue (disk full, no permission): lost, counted.</summary>
    public long EnqueueFailures => Interlocked.Read(ref _enqueueFailures);

    /// <summary>Queues the alert for delivery; never throws and never waits for the receiver.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public void Publish(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        try
        {
            Outbox.Enqueue(AlertOutbox.DeliveryId(alert), JsonLinesAlertWriter.ToUtf8(alert));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _enqueueFailures);
            return;
        }
        _wake.Release();
    }

    /// <summary>Waits until the queue is empty (every delivery taken or refused) or <paramref name="timeout"/> has passed on the sink's clock; true when empty.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var until = _time.GetUtcNow() + timeout;
        while (Outbox.Count > 0)
        {
            if (_time.GetUtcNow() >= until)
                return false;
            await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var attempt = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!Outbox.TryPeek(out var seq, out var delivery, out var body))
                {
                    await _wake.WaitAsync(stop).ConfigureAwait(false);
                    continue;
                }
                var outcome = await _poster.PostAsync(delivery, body, stop).ConfigureAwait(false);
                if (outcome == WebhookOutcome.Retry)
                {
                    Interlocked.Increment(ref _failures);
                    await Task.Delay(WebhookPoster.Backoff(attempt++, _o.Target.InitialBackoff, _o.Target.MaxBackoff), _time, stop).ConfigureAwait(false);
                    continue;
                }
                Interlocked.Increment(ref outcome == WebhookOutcome.Delivered ? ref _delivered : ref _rejected);
                Outbox.Remove(seq);
                attempt = 0;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (IOException)
            {
                Interlocked.Increment(ref _failures); // the queue's disk: try again shortly
                await Task.Delay(_o.Target.InitialBackoff, _time, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Stops the loop (what is still queued stays on disk for the next start) and releases the client if it was made here.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        _wake.Dispose();
        if (_ownsHttp)
            _http.Dispose();
    }
}
