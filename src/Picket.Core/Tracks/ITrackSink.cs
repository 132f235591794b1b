namespace Picket.Core.Tracks;

/// <summary>
/// Receives the builder's output as it streams: each fix with its segment, and each segment when it closes. The
/// builder keeps no track history itself, so memory stays bounded per active vessel; a sink that wants whole
/// tracks (<see cref="SegmentCollector"/>) holds them.
/// </summary>
public interface ITrackSink
{
    void OnFix(in SegmentFix fix);

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
