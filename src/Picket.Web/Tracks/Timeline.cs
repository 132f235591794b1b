using Picket.Store.Queries;
using Picket.Web.Vessels;

namespace Picket.Web.Tracks;

/// <summary>A point of the speed/draught chart.</summary>
internal sealed record TimelinePoint(DateTime Time, float? Sog, double? Draught);

/// <summary>A silence the gap detector reported.</summary>
internal sealed record TimelineGap(DateTime From, DateTime? To, string EventId);

/// <summary><c>GET /api/v1/vessels/{mmsi}/timeline</c>: speed and draught over time, and the gaps, capped in points.</summary>
internal sealed record TimelineResponse(IReadOnlyList<TimelinePoint> Points, IReadOnlyList<TimelineGap> Gaps, bool Truncated);

internal static class Timeline
{
    public const int MaxPoints = 2_000;

    /// <summary>Every k-th fix so the chart gets at most <see cref="MaxPoints"/>, keeping the last one.</summary>
    public static TimelineResponse Build(IReadOnlyList<TrackFix> fixes, bool readTruncated, IReadOnlyList<DraughtReport> draughts, IReadOnlyList<StoredEvent> gaps)
    {
        int step = Math.Max(1, (int)Math.Ceiling(fixes.Count / (double)MaxPoints));
        var points = new List<TimelinePoint>();
        for (int i = 0; i < fixes.Count; i += step) points.Add(Point(fixes[i], draughts));
        if (fixes.Count > 0 && (fixes.Count - 1) % step != 0) points.Add(Point(fixes[^1], draughts));
        return new TimelineResponse(points, [.. gaps.Select(g => new TimelineGap(g.Start, g.End, g.Id))], readTruncated || step > 1);
    }

    private static TimelinePoint Point(TrackFix f, IReadOnlyList<DraughtReport> draughts) => new(f.Time, f.Sog, VesselDetail.DraughtAt(draughts, f.Time));
}
