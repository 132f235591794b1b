using Picket.Store;
using Picket.Store.Queries;

namespace Picket.Web.Tracks;

/// <summary>
/// Every vessel's track condensed for the map (<see cref="SketchSegment"/>): the points Douglas–Peucker keeps at zoom
/// <see cref="FinestZoom"/> or coarser, a small share of the fixes, each with the tolerance up to which it survives. A
/// vessel's whole track at such a zoom is answered from it exactly as from every fix; a box (a map tile) reads only the
/// sketch. Built in the background with the rest of the read model; a finer zoom, a time-limited vessel track or a store
/// past <see cref="MaxPoints"/> is answered from the store.
/// </summary>
internal sealed class TrackSketch
{
    /// <summary>The finest zoom held: about 40 m per pixel, past any zoom a whole track is drawn at.</summary>
    public const double FinestZoom = 12;

    /// <summary>Sketch points beyond which the store is too large to hold (about 40 bytes each).</summary>
    public const int MaxPoints = 4_000_000;

    private readonly Dictionary<uint, (SketchSegment[] Segments, int Fixes, bool Truncated)> _vessels;
    private readonly SketchSegment[] _all;

    private TrackSketch(Dictionary<uint, (SketchSegment[] Segments, int Fixes, bool Truncated)> vessels)
    {
        _vessels = vessels;
        _all = [.. vessels.Values.SelectMany(v => v.Segments)];
        Points = _all.Sum(s => s.Count);
    }

    public static double FinestTolerance { get; } = TrackSimplifier.ToleranceDegrees(FinestZoom);

    /// <summary>Points held (all segments).</summary>
    public int Points { get; }

    /// <summary>Condenses every track of the store, one vessel at a time; null when it would hold more than <see cref="MaxPoints"/>.</summary>
    public static TrackSketch? Build(StoreDatabase store)
    {
        var vessels = new Dictionary<uint, (SketchSegment[] Segments, int Fixes, bool Truncated)>();
        var fixes = new List<TrackFix>();
        long points = 0;
        foreach (var fix in TrackQuery.All(store))
        {
            if (fixes.Count > 0 && fix.Mmsi != fixes[0].Mmsi && !Condense()) return null;
            fixes.Add(fix);
        }
        if (fixes.Count > 0 && !Condense()) return null;
        return new TrackSketch(vessels);

        // One vessel's fixes (all read) into its segments; false once the sketch outgrows MaxPoints.
        bool Condense()
        {
            // The endpoint reads at most MaxFixes per vessel: a longer track is cut where the store's answer is.
            bool truncated = fixes.Count > TrackEndpoints.MaxFixes;
            if (truncated) fixes.RemoveRange(TrackEndpoints.MaxFixes, fixes.Count - TrackEndpoints.MaxFixes);
            var segments = TrackGeoJson.Segments(fixes).Select(s => SketchSegment.Of(fixes, s.Start, s.End, FinestTolerance)).ToArray();
            points += segments.Sum(s => s.Count);
            vessels[fixes[0].Mmsi] = (segments, fixes.Count, truncated);
            fixes.Clear();
            return points <= MaxPoints;
        }
    }

    /// <summary>
    /// <c>/vessels/{mmsi}/track</c> without a window at a tolerance the sketch holds: the answer <see cref="TrackGeoJson.Build"/>
    /// gives over the vessel's fixes. Null when the sketch cannot answer it (the store can).
    /// </summary>
    public TrackFeatureCollection? Vessel(uint mmsi, double? zoom, int maxPoints = TrackGeoJson.MaxPoints)
    {
        double tolerance = TrackSimplifier.ToleranceDegrees(zoom);
        if (tolerance < FinestTolerance) return null;
        if (!_vessels.TryGetValue(mmsi, out var vessel)) return new TrackFeatureCollection("FeatureCollection", [], new TrackMeta(false, 0, 0, tolerance));
        if (vessel.Truncated) return null;
        var whole = vessel.Segments.Select(s => (s, 0, s.Count - 1)).ToList();
        return Lines(_ => whole, tolerance, maxPoints, vessel.Fixes, false);
    }

    /// <summary>
    /// <c>/tracks?bbox=</c> from the sketch: every segment's line at the zoom's tolerance, cut to the stretches that pass
    /// through the box (widened by the tolerance) during the window, each with the points just outside so the line reaches
    /// the edge. Every fix inside the box and window lies within the tolerance of a line of its vessel. Null when the
    /// zoom is finer than the sketch (the store answers).
    /// </summary>
    public TrackFeatureCollection? Box(BoundingBox box, TimeWindow window, double? zoom, int maxFixes, int maxPoints = TrackGeoJson.MaxPoints)
    {
        double tolerance = TrackSimplifier.ToleranceDegrees(zoom);
        if (tolerance < FinestTolerance) return null;
        long from = window.From is { } f ? f.Ticks - f.Ticks % 10 : long.MinValue; // the store's microseconds, as TimeWindow.Sql
        long to = window.To is { } t ? t.Ticks - t.Ticks % 10 : long.MaxValue;
        var segments = new List<SketchSegment>();
        int read = 0;
        bool capped = false;
        foreach (var s in _all.Where(s => Near(box, s, tolerance) && s.Ticks[0] < to && s.Ticks[^1] >= from))
        {
            if (read + s.Count > maxFixes) { capped = true; break; }
            read += s.Count;
            segments.Add(s);
        }
        return Lines(t => Runs(segments, box, from, to, t), tolerance, maxPoints, read, capped);
    }

    /// <summary>The stretches of each segment's line at <paramref name="tolerance"/> whose edges can pass near the box during the window.</summary>
    private static List<(SketchSegment, int, int)> Runs(List<SketchSegment> segments, BoundingBox box, long from, long to, double tolerance)
    {
        var runs = new List<(SketchSegment, int, int)>();
        double t2 = tolerance * tolerance;
        foreach (var s in segments)
        {
            int runStart = -1, last = -1;
            for (int i = 0; i < s.Count; i++)
            {
                if (!s.Keeps(i, t2)) continue;
                // The edge last → i is drawn when it can pass near the box during the window.
                bool edge = last >= 0 && s.Ticks[i] >= from && s.Ticks[last] < to && Near(box, s, last, i, tolerance);
                if (edge && runStart < 0) runStart = last;
                if (!edge && runStart >= 0) { runs.Add((s, runStart, last)); runStart = -1; }
                last = i;
            }
            if (runStart >= 0) runs.Add((s, runStart, last));
        }
        return runs;
    }

    /// <summary>The kept points of each run at the tolerance, doubled until the answer fits <paramref name="maxPoints"/> (as TrackGeoJson.Build); the runs are chosen again at each tolerance.</summary>
    private static TrackFeatureCollection Lines(Func<double, List<(SketchSegment S, int First, int Last)>> runsAt, double tolerance, int maxPoints, int fixes, bool truncated)
    {
        bool thinned = false;
        while (true)
        {
            var runs = runsAt(tolerance);
            var features = new List<TrackFeature>();
            int points = 0;
            double t2 = tolerance * tolerance;
            foreach (var (s, first, last) in runs)
            {
                var coordinates = new List<double[]>();
                int lastKept = first;
                for (int i = first; i <= last; i++)
                    if (i == first || i == last || s.Keeps(i, t2)) { coordinates.Add([Math.Round(s.Lon[i], 6), Math.Round(s.Lat[i], 6)]); lastKept = i; }
                if (coordinates.Count < 2) continue;
                points += coordinates.Count;
                bool whole = first == 0 && last == s.Count - 1;
                features.Add(new TrackFeature("Feature", new LineGeometry("LineString", coordinates),
                    new TrackProperties(s.Mmsi, s.Id, whole ? s.From : new DateTime(s.Ticks[first], DateTimeKind.Utc),
                        whole ? s.To : new DateTime(s.Ticks[lastKept], DateTimeKind.Utc), coordinates.Count)));
            }
            if (points <= maxPoints || tolerance > TrackGeoJson.MaxTolerance)
                return TrackGeoJson.Capped(features, points, maxPoints, truncated || thinned, fixes, tolerance);
            thinned = true;
            tolerance *= 2;
        }
    }

    private static bool Near(BoundingBox box, SketchSegment s, double margin) =>
        Overlaps(box, s.West, s.South, s.East, s.North, margin);

    private static bool Near(BoundingBox box, SketchSegment s, int a, int b, double margin) =>
        Overlaps(box, Math.Min(s.Lon[a], s.Lon[b]), Math.Min(s.Lat[a], s.Lat[b]), Math.Max(s.Lon[a], s.Lon[b]), Math.Max(s.Lat[a], s.Lat[b]), margin);

    /// <summary>A lon/lat rectangle within <paramref name="margin"/> degrees of the box (west above east: across the antimeridian).</summary>
    private static bool Overlaps(BoundingBox box, double west, double south, double east, double north, double margin)
    {
        if (north < box.South - margin || south > box.North + margin) return false;
        if (box.West <= box.East) return east >= box.West - margin && west <= box.East + margin;
        return east >= box.West - margin || west <= box.East + margin;
    }
}
