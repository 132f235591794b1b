using Picket.Store.Queries;

namespace Picket.Web.Tracks;

/// <summary>
/// Douglas–Peucker line simplification (Douglas &amp; Peucker 1973) in degrees, iterative so a long track cannot
/// overflow the stack. The tolerance follows the map zoom: about one screen pixel of a 256-pixel Web Mercator tile.
/// </summary>
internal static class TrackSimplifier
{
    /// <summary>Degrees per pixel at <paramref name="zoom"/> (360° over 256·2^zoom pixels); no zoom keeps every point.</summary>
    public static double ToleranceDegrees(double? zoom) =>
        zoom is { } z && double.IsFinite(z) ? 360.0 / (256 * Math.Pow(2, Math.Clamp(z, 0, 22))) : 0;

    /// <summary>The indices of <paramref name="fixes"/>[start..end) to keep (both ends always kept).</summary>
    public static List<int> Keep(IReadOnlyList<TrackFix> fixes, int start, int end, double tolerance)
    {
        int n = end - start;
        if (n <= 2 || tolerance <= 0) return [.. Enumerable.Range(start, n)];
        var keep = new bool[n];
        keep[0] = keep[n - 1] = true;
        var stack = new Stack<(int A, int B)>();
        stack.Push((0, n - 1));
        double tol2 = tolerance * tolerance;
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            if (b - a < 2) continue;
            int worst = -1;
            double worstD = tol2;
            for (int i = a + 1; i < b; i++)
            {
                double d = Distance2(fixes[start + i], fixes[start + a], fixes[start + b]);
                if (d > worstD) { worstD = d; worst = i; }
            }
            if (worst < 0) continue;
            keep[worst] = true;
            stack.Push((a, worst));
            stack.Push((worst, b));
        }
        var kept = new List<int>();
        for (int i = 0; i < n; i++) if (keep[i]) kept.Add(start + i);
        return kept;
    }

    // Squared distance from p to the segment a–b, on the plane of lon/lat degrees (what the map's pixels follow).
    internal static double Distance2(TrackFix p, TrackFix a, TrackFix b)
    {
        double dx = b.Lon - a.Lon, dy = b.Lat - a.Lat;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.Clamp(((p.Lon - a.Lon) * dx + (p.Lat - a.Lat) * dy) / len2, 0, 1);
        double ex = p.Lon - (a.Lon + t * dx), ey = p.Lat - (a.Lat + t * dy);
        return ex * ex + ey * ey;
    }
}
