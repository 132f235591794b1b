namespace Picket.Core.Detection;

internal static class Statistic
{
    /// <summary>The median of a short list (copied, then sorted); NaN when empty.</summary>
    public static double Median(IReadOnlyList<float> values)
    {
        if (values.Count == 0)
            return double.NaN;
        var copy = values.ToArray();
        Array.Sort(copy);
        var mid = copy.Length / 2;
        return copy.Length % 2 == 1 ? copy[mid] : (copy[mid - 1] + copy[mid]) / 2.0;
    }

    public static double Min(IReadOnlyList<float> values)
    {
        var min = double.PositiveInfinity;
        foreach (var v in values)
            min = Math.Min(min, v);
        return min;
    }
}
