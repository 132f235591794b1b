using System.Runtime.InteropServices;
using Picket.Reporting;
using Picket.Reporting.Html;
using Picket.Core.Tracks;

namespace Picket.Analysis;

/// <summary>
/// Keeps a sketch of each vessel's track for the report: one point per <see cref="Spacing"/>, at most
/// <see cref="MaxPoints"/> per vessel (halving the density when full), so memory grows with vessels, not with input length.
/// </summary>
internal sealed class ReportTrackSink(ITrackSink? next = null) : ITrackSink
{
    /// <summary>
    /// 2.5 days at the starting 10-minute spacing; longer inputs are thinned (every other point), never cut. 360 points
    /// still draw a track and a speed timeline smoothly at report width, and cap the sketches at about 9 KB a vessel.
    /// </summary>
    public const int MaxPoints = 360;
    private readonly Dictionary<uint, Sketch> _tracks = [];

    public TimeSpan Spacing { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Every MMSI with at least one fix.</summary>
    public IEnumerable<uint> Vessels => _tracks.Keys;

    public IReadOnlyList<TrackPoint> TrackOf(uint mmsi) => _tracks.TryGetValue(mmsi, out var t) ? t.Points : [];

    public void OnFix(in SegmentFix fix)
    {
        // Runs for every fix on the track thread: one hash lookup, and the time test on ticks (most fixes fall inside
        // the spacing and are only looked at).
        var f = fix.Fix;
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_tracks, f.Mmsi.Value, out _);
        var track = slot ??= new Sketch(Spacing.Ticks);
        var ticks = f.Time.UtcTicks;
        if (track.Points.Count == 0 || ticks - track.LastTicks >= track.SpacingTicks)
            track.Add(new TrackPoint(f.Time, f.Lat, f.Lon, f.Sog), ticks);
        next?.OnFix(fix);
    }

    public void OnSegmentClosed(in TrackSegment segment) => next?.OnSegmentClosed(segment);

    /// <summary>One vessel's sketch: its points, their spacing, and the time of the last one.</summary>
    private sealed class Sketch(long spacingTicks)
    {
        public readonly List<TrackPoint> Points = [];
        public long SpacingTicks = spacingTicks;
        public long LastTicks;

        public void Add(TrackPoint point, long ticks)
        {
            var points = Points;
            points.Add(point);
            LastTicks = ticks;
            if (points.Count <= MaxPoints) return;
            for (int i = 0; i < points.Count / 2; i++) points[i] = points[2 * i];
            points.RemoveRange(points.Count / 2, points.Count - points.Count / 2);
            SpacingTicks *= 2;
            LastTicks = points[^1].Time.UtcTicks;
        }
    }
}
