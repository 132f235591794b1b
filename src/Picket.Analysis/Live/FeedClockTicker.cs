using Picket.Core;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Analysis.Live;

/// <summary>
/// Moves the library's clock from message time: each time the fixes reach <see cref="Step"/> past the last tick, the
/// tracker (and through it the detectors) is told the feed has reached that time, so a vessel silent for a gap's
/// length gets its gap reported as open and held events whose hold ran out are released while the feed goes on — a
/// finished file learns that only at its end. The ticks depend only on the messages, never on how they were batched
/// or when they arrived, so a restarted watch ticks where an uninterrupted one did (the next tick is checkpointed).
/// An idle feed does not move the clock: silence of the whole feed is a receiver or network outage, not vessels
/// going dark, and held events wait for the feed to resume or for the watch to stop (which flushes them).
/// </summary>
internal sealed class FeedClockTicker(IFeedTarget inner, VesselTracker tracker, TimeSpan step) : IFeedTarget
{
    public TimeSpan Step => step;

    /// <summary>The message time (UTC ticks) at which the next tick is due; <see cref="long.MinValue"/> before the first fix.</summary>
    public long NextTicks { get; set; } = long.MinValue;

    /// <summary>The newest fix time taken (UTC ticks).</summary>
    public long NewestTicks { get; private set; }

    public void OnFix(in VesselFix fix)
    {
        var t = fix.Time.UtcTicks;
        if (t > NewestTicks) NewestTicks = t;
        if (t >= NextTicks)
        {
            if (NextTicks != long.MinValue) tracker.AdvanceTo(fix.Time);
            NextTicks = t + step.Ticks;
        }
        inner.OnFix(fix);
    }

    public void OnIdentity(in IdentityReport report) => inner.OnIdentity(report);
}
