using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Analysis;

/// <summary>Hands every observation to two targets in turn: the track stage here, and detection run elsewhere.</summary>
internal sealed class FeedTee(IFeedTarget first, IFeedTarget second) : IFeedTarget
{
    public void OnFix(in VesselFix fix)
    {
        first.OnFix(fix);
        second.OnFix(fix);
    }

    public void OnIdentity(in IdentityReport report)
    {
        first.OnIdentity(report);
        second.OnIdentity(report);
    }
}
