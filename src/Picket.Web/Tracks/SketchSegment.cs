using Picket.Store.Queries;

namespace Picket.Web.Tracks;

/// <summary>
/// One track segment (a run of fixes with no silence over 2 h and no jump, as <see cref="TrackGeoJson"/> cuts them) kept
/// only as the points Douglas–Peucker keeps at the sketch's finest tolerance, each with the largest tolerance at which it
/// is still kept. Douglas–Peucker splits a range at its farthest point whatever the tolerance; the tolerance only says
/// where the splitting stops, so a point survives tolerance t exactly when its own distance and every enclosing split's
/// exceed t. Keeping that minimum ("weight") per point lets any coarser tolerance be answered by a filter, with the same
/// points a run over every fix would keep.
/// </summary>
internal sealed class SketchSegment
{
    private SketchSegment(uint mmsi, string id, DateTime from, DateTime to, int fixes, double[] lon, double[] lat, long[] ticks, double[] weight2)
    {
        (Mmsi, Id, From, To, Fixes, Lon, Lat, Ticks, Weight2) = (mmsi, id, from, to, fixes, lon, lat, ticks, weight2);
        West = lon.Min(); East = lon.Max(); South = lat.Min(); North = lat.Max();
    }

    public uint Mmsi { get; }
    public string Id { get; }
    public DateTime From { get; }
    public DateTime To { get; }
    /// <summary>Fixes of the segment in the store.</summary>
    public int Fixes { get; }
    public double[] Lon { get; }
    public double[] Lat { get; }
    public long[] Ticks { get; }
    /// <summary>The squared tolerance (degrees²) up to which each point is kept; both ends are always kept.</summary>
    public double[] Weight2 { get; }
    public double West { get; }
    public double East { get; }
    public double South { get; }
    public double North { get; }
    public int Count => Lon.Length;

    /// <summary>True when Douglas–Peucker at tolerance² <paramref name="tolerance2"/> keeps point <paramref name="i"/>.</summary>
    public bool Keeps(int i, double tolerance2) => Weight2[i] > tolerance2;

    /// <summary>Condenses fixes[start..end) (one segment) to the points kept at <paramref name="finest"/> degrees or coarser.</summary>
    public static SketchSegment Of(IReadOnlyList<TrackFix> fixes, int start, int end, double finest)
    {
        int n = end - start;
        var weight = new double[n];
        weight[0] = weight[n - 1] = double.PositiveInfinity;
        // Every split of the tolerance-free run, each with the smaller of its distance and its parent's weight
        // (the same farthest point, first of equals, and the same distance as TrackSimplifier.Keep).
        var stack = new Stack<(int A, int B, double Parent)>();
        if (n > 2) stack.Push((0, n - 1, double.PositiveInfinity));
        while (stack.Count > 0)
        {
            var (a, b, parent) = stack.Pop();
            if (b - a < 2) continue;
            int worst = -1;
            double worstD = -1;
            for (int i = a + 1; i < b; i++)
            {
                double d = TrackSimplifier.Distance2(fixes[start + i], fixes[start + a], fixes[start + b]);
                if (d > worstD) { worstD = d; worst = i; }
            }
            double w = Math.Min(worstD, parent);
            weight[worst] = w;
            // Below the finest tolerance nothing under this split is ever kept.
            if (w <= finest * finest) continue;
            stack.Push((a, worst, w));
            stack.Push((worst, b, w));
        }
        var kept = new List<int>();
        for (int i = 0; i < n; i++) if (weight[i] > finest * finest || i == 0 || i == n - 1) kept.Add(i);
        if (n <= 2) weight.AsSpan().Fill(double.PositiveInfinity);
        var first = fixes[start];
        return new SketchSegment(first.Mmsi, TrackGeoJson.SegmentId(first), first.Time, fixes[end - 1].Time, n,
            [.. kept.Select(i => fixes[start + i].Lon)], [.. kept.Select(i => fixes[start + i].Lat)],
            [.. kept.Select(i => fixes[start + i].Time.Ticks)], [.. kept.Select(i => weight[i])]);
    }
}
