namespace Picket.Core.Voyages;

/// <summary>
/// A hull's own range of declared draughts, the yardstick for laden or ballast: the same 7 m is a full load for a
/// small coaster and ballast for a Panamax, so a value is judged by where it lies between the hull's lightest and
/// deepest declarations. Too narrow a range (one value, or crews who never update the field) says nothing.
/// </summary>
internal readonly record struct DraughtScale(double Min, double Max, bool Usable)
{
    public static DraughtScale Of(IReadOnlyList<DraughtRecord> draughts, double minRange)
    {
        if (draughts.Count == 0) return default;
        double min = double.MaxValue, max = double.MinValue;
        foreach (var d in draughts)
        {
            min = Math.Min(min, d.Metres);
            max = Math.Max(max, d.Metres);
        }
        return new(min, max, max - min >= minRange);
    }

    public VoyageDraught Judge(double? metres)
    {
        if (metres is not { } m) return default;
        if (!Usable) return new(m, LoadState.Unknown);
        var f = (m - Min) / (Max - Min);
        return new(m, f >= 0.65 ? LoadState.Laden : f <= 0.35 ? LoadState.Ballast : LoadState.Part);
    }
}
