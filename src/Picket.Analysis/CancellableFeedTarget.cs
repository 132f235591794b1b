using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Analysis;

/// <summary>
/// Lets cancellation reach the consumer thread of the hand-off: every few thousand fixes the token is checked, and a
/// cancelled run stops tracking and detecting at once instead of working through the batches already queued.
/// </summary>
internal sealed class CancellableFeedTarget(IFeedTarget inner, CancellationToken cancellationToken) : IFeedTarget
{
    // A token check is a volatile read; every 4,096 fixes keeps it off the per-message cost and still stops within a millisecond.
    private const int CheckEvery = 4_096;
    private int _untilCheck = CheckEvery;

    public void OnFix(in VesselFix fix)
    {
        if (--_untilCheck == 0)
        {
            _untilCheck = CheckEvery;
            cancellationToken.ThrowIfCancellationRequested();
        }
        inner.OnFix(fix);
    }

    public void OnIdentity(in IdentityReport report) => inner.OnIdentity(report);
}
