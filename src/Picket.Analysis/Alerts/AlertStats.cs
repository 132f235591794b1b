namespace Picket.Analysis.Alerts;

/// <summary>What the alert engine did: counts since it was created (not part of its saved state).</summary>
public sealed class AlertStats
{
    /// <summary>Alerts raised.</summary>
    public long Raised { get; internal set; }
    /// <summary>Updates published (grown evidence, or the confirming event).</summary>
    public long Updated { get; internal set; }
    /// <summary>Alerts withdrawn.</summary>
    public long Withdrawn { get; internal set; }
    /// <summary>Facts seen again after their alert was finished (a replayed event, a restart): not published again.</summary>
    public long Duplicates { get; internal set; }
    /// <summary>Updates held back because the alert was published less than <see cref="AlertOptions.UpdateEvery"/> ago.</summary>
    public long RateLimited { get; internal set; }
    /// <summary>Times the sink threw; the alert is counted and the engine goes on (sinks retry by themselves).</summary>
    public long SinkFailures { get; internal set; }
    /// <summary>Reads of the detectors' open state.</summary>
    public long Evaluations { get; internal set; }
}
