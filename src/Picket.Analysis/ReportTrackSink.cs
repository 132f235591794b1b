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
    private readonly Dictionary<uint, (List<TrackPoint> Points, TimeSpan Spacing)> _tracks = [];

    public TimeSpan Spacing { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Every MMSI with at least one fix.</summary>
    public IEnumerable<uint> Vessels => _tracks.Keys;

    public IReadOnlyList<TrackPoint> TrackOf(uint mmsi) => _tracks.TryGetValue(mmsi, out var t) ? t.Points : [];

    public void OnFix(in SegmentFix fix)
    {
        var f = fix.Fix;
        if (!_tracks.TryGetValue(f.Mmsi.Value, out var track))
            _tracks[f.Mmsi.Value] = track = ([], Spacing);
        var points = track.Points;
        if (points.Count == 0 || f.Time - points[^1].Time >= track.Spacing)
        {
            points.Add(new TrackPoint(f.Time, f.Lat, f.Lon, f.Sog));
            if (points.Count > MaxPoints)
            {
                for (int i = 0; i < points.Count / 2; i++) points[i] = points[2 * i];
                points.RemoveRange(points.Count / 2, points.Count - points.Count / 2);
                _tracks[f.Mmsi.Value] = (points, track.Spacing * 2);
            }
        }
        next?.OnFix(fix);
    }

    public void OnSegmentClosed(in TrackSegment segment) => next?.OnSegmentClosed(segment);
}
