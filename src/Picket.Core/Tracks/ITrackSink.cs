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
}
