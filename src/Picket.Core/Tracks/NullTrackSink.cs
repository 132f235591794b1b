namespace Picket.Core.Tracks;

/// <summary>Discards output; counts it.</summary>
public sealed class NullTrackSink : ITrackSink
{
    /// <summary>Fixes received so far.</summary>
    public long Fixes { get; private set; }
    /// <summary>Segments closed so far.</summary>
    public long Segments { get; private set; }

    /// <inheritdoc/>
    public void OnFix(in SegmentFix fix) => Fixes++;

    /// <inheritdoc/>
    public void OnSegmentClosed(in TrackSegment segment) => Segments++;
}
