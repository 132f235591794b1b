using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>Where <see cref="AisFeed"/> puts what it mapped: the track stage, directly or through a <see cref="FeedHandoff"/>.</summary>
public interface IFeedTarget
{
    /// <summary>Takes a position fix, in input order.</summary>
    void OnFix(in VesselFix fix);

    /// <summary>Takes an identity report, in input order among the fixes.</summary>
    void OnIdentity(in IdentityReport report);
}

/// <summary>Feeds a <see cref="VesselTracker"/>, and passes identity reports on to another consumer (e.g. the detectors, for draught).</summary>
/// <param name="tracker">Receives fixes and identity reports.</param>
/// <param name="identitySink">Also receives every identity report (e.g. the detectors, for draught); may be null.</param>
public sealed class TrackerFeedTarget(VesselTracker tracker, Action<IdentityReport>? identitySink = null) : IFeedTarget
{
    /// <inheritdoc/>
    public void OnFix(in VesselFix fix) => tracker.Add(fix);

    /// <inheritdoc/>
    public void OnIdentity(in IdentityReport report)
    {
        tracker.Add(report);
        identitySink?.Invoke(report);
    }
}
