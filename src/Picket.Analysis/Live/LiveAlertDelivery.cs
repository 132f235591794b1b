using System.Security.Cryptography;
using System.Text;
using Picket.Reporting.Alerts;

namespace Picket.Analysis.Live;

/// <summary>
/// The watch's alert targets (<c>--alerts URL|FILE</c>), each fed from <c>alerts.jsonl</c> by its own
/// <see cref="AlertLogDelivery"/> with its own cursor in the output directory. Made before <see cref="LiveAlertLog"/> cuts the
/// log back to the checkpoint, so what a target already had is not sent twice; told of each new alert; drained (up to
/// <see cref="LiveRequest.AlertsDrainTimeout"/>) when the watch finishes.
/// </summary>
internal sealed class LiveAlertDelivery : IDisposable
{
    private readonly List<AlertLogDelivery> _deliveries = [];
    private readonly List<IDisposable> _owned = [];

    public LiveAlertDelivery(LiveRequest request, string logPath, long keptBytes, TimeProvider time)
    {
        var files = request.AlertFiles.Concat(request.AlertsFile is { } f ? [f] : []).Distinct(StringComparer.Ordinal);
        HttpClient? http = request.Webhooks.Count == 0 ? null : new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        if (http != null) _owned.Add(http);
        try
        {
            foreach (var hook in request.Webhooks)
            {
                hook.Validate();
                var poster = new WebhookPoster(http!, hook.Url, hook.Secret, hook.RequestTimeout, time);
                Add(new WebhookLogTarget(poster), hook.InitialBackoff, hook.MaxBackoff);
            }
            foreach (var path in files)
            {
                var target = new JsonLinesLogTarget(path);
                _owned.Add(target);
                Add(target, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidDataException e)
        {
            Dispose();
            throw AnalysisException.Input($"cannot resume the alert delivery: {e.Message}");
        }

        void Add(IAlertLogTarget target, TimeSpan initial, TimeSpan max) =>
            _deliveries.Add(new AlertLogDelivery(logPath, CursorPath(request.OutputDirectory, target.Name), keptBytes, target, initial, max, time));
    }

    public IReadOnlyList<AlertLogDelivery> Deliveries => _deliveries;

    /// <summary>The cursor of a target: named by a hash of its URL or path, so a target given again finds its own.</summary>
    public static string CursorPath(string directory, string target) =>
        Path.Combine(directory, "alerts-to-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target)))[..16] + ".cursor");

    public void Start()
    {
        foreach (var d in _deliveries) d.Start();
    }

    public void Notify()
    {
        foreach (var d in _deliveries) d.Notify();
    }

    /// <summary>Waits, up to <paramref name="timeout"/> in all, until every target has the whole log.</summary>
    public void Drain(TimeSpan timeout)
    {
        if (_deliveries.Count == 0) return;
        Task.WhenAll(_deliveries.Select(d => d.DrainAsync(timeout))).GetAwaiter().GetResult();
    }

    public IReadOnlyList<LiveDeliveryStatus> Status() =>
        [.. _deliveries.Select(d => new LiveDeliveryStatus(d.Name, d.Delivered, d.Failures, d.Refused, d.Skipped, d.BadLines, d.PendingBytes))];

    public void Dispose()
    {
        // Each loop finishes the attempt under way, so its cursor tells whether the target has that line.
        foreach (var d in _deliveries) d.DisposeAsync().AsTask().GetAwaiter().GetResult();
        foreach (var o in _owned) o.Dispose();
        _deliveries.Clear();
        _owned.Clear();
    }
}
