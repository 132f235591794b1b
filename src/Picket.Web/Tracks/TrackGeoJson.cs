using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Picket.Store.Queries;

namespace Picket.Web.Tracks;

/// <summary>A GeoJSON FeatureCollection of track segments (RFC 7946), with <c>meta</c> saying whether it was capped.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "FeatureCollection is the GeoJSON object's name (RFC 7946 §3.3), and the type's name is the OpenAPI schema's name")]
internal sealed record TrackFeatureCollection(string Type, IReadOnlyList<TrackFeature> Features, TrackMeta Meta);

/// <param name="Truncated">True when the store had more fixes than one answer reads, or the simplified lines were thinned further to fit the point cap.</param>
/// <param name="Points">Positions in the answer's lines.</param>
/// <param name="Fixes">Fixes read from the store.</param>
/// <param name="ToleranceDegrees">The Douglas–Peucker tolerance the lines were simplified with, in degrees: one pixel at the zoom asked for, doubled until the points fit the cap; 0 without a zoom (every fix kept).</param>
internal sealed record TrackMeta(bool Truncated, int Points, int Fixes, double ToleranceDegrees);

internal sealed record TrackFeature(string Type, LineGeometry Geometry, TrackProperties Properties);

/// <summary>A LineString: [lon, lat] pairs.</summary>
internal sealed record LineGeometry(string Type, IReadOnlyList<double[]> Coordinates);

/// <summary>What a track segment's line is.</summary>
/// <param name="Mmsi">The vessel's MMSI.</param>
/// <param name="SegmentId">The MMSI and the segment's first fix time (ids derive from content, the README's "Event and segment ids").</param>
/// <param name="From">The segment's first fix (UTC).</param>
/// <param name="To">The segment's last fix (UTC).</param>
/// <param name="Points">Positions in the simplified line.</param>
internal sealed record TrackProperties(uint Mmsi, string SegmentId, DateTime From, DateTime To, int Points);

/// <summary>
/// Cuts fixes (by vessel, in time order) into segments where the vessel fell silent or jumped, simplifies each for the
/// zoom, and caps the total points: a wider tolerance is tried until the answer fits.
/// </summary>
internal static class TrackGeoJson
{
    /// <summary>A silence longer than this starts a new segment (the line would otherwise draw a crossing nobody saw).</summary>
    public static readonly TimeSpan SegmentBreak = TimeSpan.FromHours(2);

    /// <summary>An implied speed above this (knots) is a jump (a spoofed or mis-decoded fix): a new segment.</summary>
    public const double JumpKnots = 60;

    public const int MaxPoints = 20_000;

    public static TrackFeatureCollection Build(IReadOnlyList<TrackFix> fixes, double? zoom, bool readTruncated, int maxPoints = MaxPoints)
    {
        var segments = Segments(fixes);
        double tolerance = TrackSimplifier.ToleranceDegrees(zoom);
        bool thinned = false;
        while (true)
        {
            var features = new List<TrackFeature>();
            int points = 0;
            foreach (var (start, end) in segments)
            {
                var kept = TrackSimplifier.Keep(fixes, start, end, tolerance);
                if (kept.Count < 2) continue;
                points += kept.Count;
                var first = fixes[start];
                var last = fixes[end - 1];
                features.Add(new TrackFeature("Feature",
                    new LineGeometry("LineString", [.. kept.Select(i => new[] { Math.Round(fixes[i].Lon, 6), Math.Round(fixes[i].Lat, 6) })]),
                    new TrackProperties(first.Mmsi, SegmentId(first), first.Time, last.Time, kept.Count)));
            }
            if (points <= maxPoints || tolerance > MaxTolerance)
                return Capped(features, points, maxPoints, readTruncated || thinned, fixes.Count, tolerance);
            thinned = true;
            tolerance = tolerance <= 0 ? 1e-4 : tolerance * 2;
        }
    }

    /// <summary>Past a tolerance wider than the world every line is down to its two ends: doubling further cannot fit more.</summary>
    internal const double MaxTolerance = 360;

    /// <summary>
    /// The answer, holding to the point cap even when two points per line exceed it (more than half the cap in
    /// segments: a gappy track or a busy box): then only the first lines that fit are kept, and the answer says truncated.
    /// </summary>
    internal static TrackFeatureCollection Capped(List<TrackFeature> features, int points, int maxPoints, bool truncated, int fixes, double tolerance)
    {
        if (points > maxPoints)
        {
            truncated = true;
            int kept = 0, total = 0;
            while (kept < features.Count && total + features[kept].Properties.Points <= maxPoints) total += features[kept++].Properties.Points;
            features.RemoveRange(kept, features.Count - kept);
            points = total;
        }
        return new TrackFeatureCollection("FeatureCollection", features, new TrackMeta(truncated, points, fixes, tolerance));
    }

    public static string SegmentId(TrackFix first) =>
        first.Mmsi.ToString(CultureInfo.InvariantCulture) + "-" + first.Time.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Where the fixes (by vessel, in time order) break into segments: [Start, End) ranges.</summary>
    internal static List<(int Start, int End)> Segments(IReadOnlyList<TrackFix> fixes)
    {
        var segments = new List<(int, int)>();
        int start = 0;
        for (int i = 1; i <= fixes.Count; i++)
        {
            if (i < fixes.Count && !Breaks(fixes[i - 1], fixes[i])) continue;
            if (i > start) segments.Add((start, i));
            start = i;
        }
        return segments;
    }

    private static bool Breaks(TrackFix a, TrackFix b)
    {
        if (a.Mmsi != b.Mmsi) return true;
        var dt = b.Time - a.Time;
        if (dt > SegmentBreak) return true;
        double km = Core.Geo.GreatCircle.DistanceMetres(a.Lat, a.Lon, b.Lat, b.Lon) / 1000;
        return dt.TotalHours > 0 ? km / 1.852 / dt.TotalHours > JumpKnots : km > 1;
    }
}
