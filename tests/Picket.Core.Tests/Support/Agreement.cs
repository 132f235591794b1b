namespace Picket.Core.Tests.Support;

/// <summary>Agreement between two segmentations of the same fixes (labels by index).</summary>
internal static class Agreement
{
    /// <summary>Share of consecutive fix pairs on which both say the same thing: "same segment" or "different segments".</summary>
    public static double Pairwise<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b)
    {
        var agree = 0;
        for (var i = 1; i < a.Count; i++)
        {
            if (Equals(a[i], a[i - 1]) == Equals(b[i], b[i - 1]))
                agree++;
        }
        return (double)agree / (a.Count - 1);
    }

    /// <summary>Adjusted Rand index (Hubert and Arabie 1985) over all fix pairs: 1 = identical partitions, 0 = chance.</summary>
    public static double AdjustedRand<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b)
        where TA : notnull where TB : notnull
    {
        static double C2(long n) => n * (n - 1) / 2.0;
        var joint = new Dictionary<(TA, TB), long>();
        var ca = new Dictionary<TA, long>();
        var cb = new Dictionary<TB, long>();
        for (var i = 0; i < a.Count; i++)
        {
            joint[(a[i], b[i])] = joint.GetValueOrDefault((a[i], b[i])) + 1;
            ca[a[i]] = ca.GetValueOrDefault(a[i]) + 1;
            cb[b[i]] = cb.GetValueOrDefault(b[i]) + 1;
        }
        var index = joint.Values.Sum(C2);
        var sa = ca.Values.Sum(C2);
        var sb = cb.Values.Sum(C2);
        var expected = sa * sb / C2(a.Count);
        var max = (sa + sb) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    /// <summary>Labels from a naive splitter that trusts the MMSI and cuts wherever consecutive fixes imply more than <paramref name="knots"/>.</summary>
    public static int[] NaiveSplit(IReadOnlyList<GfwFix> fixes, double knots)
    {
        var labels = new int[fixes.Count];
        for (var i = 1; i < fixes.Count; i++)
        {
            var p = fixes[i - 1].Fix;
            var f = fixes[i].Fix;
            var hours = (f.Time - p.Time).TotalHours;
            var nm = Picket.Core.Geo.GreatCircle.DistanceMetres(p.Lat, p.Lon, f.Lat, f.Lon) / 1852;
            labels[i] = labels[i - 1] + (nm > knots * Math.Sqrt(hours * hours + 0.0625) || hours > 24 ? 1 : 0);
        }
        return labels;
    }
}
