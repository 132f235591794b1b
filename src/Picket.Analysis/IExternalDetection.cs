using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Vessels;

namespace Picket.Analysis;

/// <summary>
/// Sea-event detection done elsewhere (a cluster of grains, another process): an <see cref="AnalysisJob"/> given one
/// through <see cref="AnalysisRequest.ExternalDetection"/> reads its inputs as always, builds the track stage itself
/// (identities, track sketches and track events for the outputs), hands every fix and identity report to this feed
/// instead of running the detectors, and takes the detected events from <see cref="Complete"/> into its screening,
/// assessment and outputs, which are then the same code as for a detection run in process.
/// </summary>
public interface IExternalDetection : IFeedTarget
{
    /// <summary>
    /// End of input: finishes the detection and returns its events, in the order they are to be written. Called once,
    /// on the job's consumer thread, after the last fix. <paramref name="resolve"/> names a vessel by its identity as
    /// the track stage knows it at the end of input (external detectors name vessels by MMSI only).
    /// </summary>
    IReadOnlyList<PicketEvent> Complete(Func<Mmsi, EventVessel> resolve, CancellationToken cancellationToken);
}
