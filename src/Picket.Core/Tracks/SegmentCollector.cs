namespace Picket.Core.Tracks;

/// <summary>Keeps every segment and its fixes in memory (for tests, GeoJSON export and small inputs).</summary>
public sealed class SegmentCollector : ITrackSink
{
    private readonly Dictionary<long, List<VesselFix>> _fixes = [];
    private readonly Dictionary<long, TrackSegment> _closed = [];

    /// <summary>Segments closed so far, by id.</summary>
    public IReadOnlyDictionary<long, TrackSegment> Segments => _closed;

    /// <summary>The fixes placed in segment <paramref name="segmentId"/> in release order, open or closed; empty for an unknown id.</summary>
    public IReadOnlyList<VesselFix> FixesOf(long segmentId) => _fixes.TryGetValue(segmentId, out var l) ? l : [];

    /// <summary>The segment id each fix was placed in, in the order the builder released them.</summary>
    public List<SegmentFix> Placements { get; } = [];

    /// <inheritdoc/>
    public void OnFix(in SegmentFix fix)
    {
        if (!_fixes.TryGetValue(fix.SegmentId, out var list))
            _fixes[fix.SegmentId] = list = [];
        list.Add(fix.Fix);
        Placements.Add(fix);
    }

    /// <inheritdoc/>
    public void OnSegmentClosed(in TrackSegment segment) => _closed[segment.Id] = segment;
}
