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

    /// <summary>A tracker writing closed segments to <paramref name="segments"/> and events to <paramref name="events"/>.</summary>
    /// <param name="segments">Receives each track segment when it closes.</param>
    /// <param name="events">Receives <c>position_jump</c>, <c>identity_clash</c> and <c>identity_change</c> events.</param>
    /// <param name="options">Track hygiene and segmentation settings; null for the defaults.</param>
    /// <param name="identityRetention">How long an identity is kept after its last report; null for 90 days.</param>
    /// <param name="onVesselEvicted">Called with each vessel record evicted for idleness, so a host can write it out before it is forgotten; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="identityRetention"/> is zero or negative.</exception>
    public VesselTracker(ITrackSink segments, IEventSink events, TrackBuilderOptions? options = null, TimeSpan? identityRetention = null,
        Action<VesselRecord>? onVesselEvicted = null)
    {
        Identities = new IdentityTracker(events, identityRetention);
        Tracks = new TrackBuilder(options, segments, events, Identities.Resolve);
        _onVesselEvicted = onVesselEvicted;
    }

    /// <summary>The track builder: segments, hygiene counts (<see cref="TrackBuilder.Stats"/>) and the events found while building.</summary>
    public TrackBuilder Tracks { get; }

    /// <summary>The identity timelines of every MMSI reported and not yet evicted.</summary>
    public IdentityTracker Identities { get; }

    /// <summary>Offers a position fix to the track builder; false (and counted) when it is refused. See <see cref="TrackBuilder.Add"/>.</summary>
    public bool Add(in VesselFix fix) => Tracks.Add(fix);

    /// <summary>Applies a static report and, once per stream day, evicts identities idle longer than the retention.</summary>
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

    /// <summary>End of input: places pending fixes and closes every open segment (see <see cref="TrackBuilder.Flush"/>).</summary>
    public void Flush() => Tracks.Flush();
}
