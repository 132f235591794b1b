namespace Picket.Core.Tracks;

/// <summary>Discards output; counts it.</summary>
public sealed class NullTrackSink : ITrackSink
{
    public long Fixes { get; private set; }
    public long Segments { get; private set; }

    public void OnFix(in SegmentFix fix) => Fixes++;

    public void OnSegmentClosed(in TrackSegment segment) => Segments++;
}
