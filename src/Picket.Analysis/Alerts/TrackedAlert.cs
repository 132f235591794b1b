using Picket.Core.Alerts;

namespace Picket.Analysis.Alerts;

/// <summary>An alert not yet finished: its last published revision, and whether it follows the detectors' open state (withdrawn when that state goes without an event).</summary>
internal sealed class TrackedAlert(PicketAlert last, bool fromProgress)
{
    public PicketAlert Last { get; set; } = last;

    /// <summary>Raised from an open encounter or port call (not from an event): it is withdrawn if that disappears without its event.</summary>
    public bool FromProgress { get; } = fromProgress;
}
