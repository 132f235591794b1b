using Picket.Core.Alerts;

namespace Picket.Reporting.Alerts;

/// <summary>
/// Publishes each alert to several sinks in turn (file, webhook, broadcast). A sink that throws is counted
/// (<see cref="Failures"/>, per sink) and the others still get the alert: after Serilog's rule that a failing sink
/// never stops the pipeline. Thread-safe as its sinks are.
/// </summary>
public sealed class AlertFanOut(params IAlertSink[] sinks) : IAlertSink
{
    private readonly IAlertSink[] _sinks = sinks ?? throw new ArgumentNullException(nameof(sinks));
    private readonly long[] _failures = new long[sinks.Length];

    /// <summary>Throws counted per sink, in the order given.</summary>
    public IReadOnlyList<long> Failures => [.. _failures.Select(f => Interlocked.Read(ref f))];

    /// <inheritdoc/>
    public void Publish(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        for (var i = 0; i < _sinks.Length; i++)
        {
            try
            {
                _sinks[i].Publish(alert);
            }
#pragma warning disable CA1031 // a sink is someone else's code: whatever it throws is counted, the others go on
            catch (Exception)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref _failures[i]);
            }
        }
    }
}
