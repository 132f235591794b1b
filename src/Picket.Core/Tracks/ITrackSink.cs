namespace Picket.Core.Tracks;

/// <summary>
/// Receives the builder's output as it streams: each fix with its segment, and each segment when it closes. The
/// builder keeps no track history itself, so memory stays bounded per active vessel; a sink that wants whole
/// tracks (<see cref="SegmentCollector"/>) holds them.
/// </summary>
public interface ITrackSink
{
    /// <summary>Takes an accepted fix with the id of the segment the builder placed it in, in release (time) order per vessel.</summary>
    void OnFix(in SegmentFix fix);

    /// <summary>Takes a segment that will receive no more fixes (silence beyond the maximum gap, eviction or end of input).</summary>
    void OnSegmentClosed(in TrackSegment segment);

    /// <summary>
    /// The stream's clock: every fix up to <paramref name="now"/> has been delivered and none earlier will follow. A
    /// sink that holds state until "later" (a silence, a hold) can act on it without waiting for another fix. The time
    /// is the feed's, never the wall clock's; sinks without such state ignore it.
    /// </summary>
    void AdvanceTo(DateTimeOffset now)
    {
    }
}
