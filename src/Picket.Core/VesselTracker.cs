using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core;

/// <summary>
/// The library entry point for tracks and identities: feed position fixes and identity reports in (roughly) time
/// order, get segments through the <see cref="ITrackSink"/> and <c>position_jump</c>, <c>identity_clash</c> and
/// <c>identity_change</c> events through the <see cref="IEventSink"/>; read vessel records from <see cref="Identities"/>.
/// Call <see cref="Flush"/> at end of input. Identities not reported for the retention period (default 90 days of
/// stream time) are evicted once per stream day and handed to <c>onVesselEvicted</c>, so memory follows the active fleet.
/// </summary>
public sealed class VesselTracker
{
    private static readonly TimeSpan IdentitySweepInterval = TimeSpan.FromDays(1);
    private readonly Action<VesselRecord>? _onVesselEvicted;
    private DateTimeOffset _nextIdentitySweep = DateTimeOffset.MinValue;

    public VesselTracker(ITrackSink segments, IEventSink events, TrackBuilderOptions? options = null, TimeSpan? identityRetention = null,
        Action<VesselRecord>? onVesselEvicted = null)
    {
        Identities = new IdentityTracker(events, identityRetention);
        Tracks = new TrackBuilder(options, segments, events, Identities.Resolve);
        _onVesselEvicted = onVesselEvicted;
    }

    public TrackBuilder Tracks { get; }

    public IdentityTracker Identities { get; }

    public bool Add(in VesselFix fix) => Tracks.Add(fix);

    public void Add(in IdentityReport report)
    {
        Identities.Add(report);
        if (report.Time >= _nextIdentitySweep)
        {
            if (_nextIdentitySweep != DateTimeOffset.MinValue)
                Identities.EvictIdle(report.Time, _onVesselEvicted);
            _nextIdentitySweep = report.Time + IdentitySweepInterval;
        }
    }

    /// <summary>The feed's clock reached <paramref name="now"/> with no further message: see <see cref="TrackBuilder.AdvanceTo"/>.</summary>
    public void AdvanceTo(DateTimeOffset now) => Tracks.AdvanceTo(now);

    public void Flush() => Tracks.Flush();
}
