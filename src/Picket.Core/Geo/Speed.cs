namespace Picket.Core.Geo;

/// <summary>A speed over ground. Stored in knots (nautical miles per hour), the unit of AIS SOG (ITU-R M.1371).</summary>
/// <param name="Knots">The speed in knots; AIS reports 0–102.2 kn, an implied speed between two fixes may be far higher or infinite.</param>
public readonly record struct Speed(double Knots) : IComparable<Speed>
{
    /// <summary>The speed in metres per second (1 kn = 1,852 m / 3,600 s).</summary>
    public double MetresPerSecond => Knots * Distance.MetresPerNauticalMile / 3600.0;

    /// <summary>A speed of <paramref name="mps"/> metres per second, converted to knots.</summary>
    public static Speed FromMetresPerSecond(double mps) => new(mps * 3600.0 / Distance.MetresPerNauticalMile);

    /// <summary>The speed needed to cover <paramref name="distance"/> in <paramref name="elapsed"/>; infinite when no time passed but the position moved.</summary>
    public static Speed Implied(Distance distance, TimeSpan elapsed)
    {
        var hours = Math.Abs(elapsed.TotalHours);
        if (hours <= 0)
            return new Speed(distance.Metres <= 0 ? 0 : double.PositiveInfinity);
        return new Speed(distance.NauticalMiles / hours);
    }

    /// <inheritdoc/>
    public int CompareTo(Speed other) => Knots.CompareTo(other.Knots);
    /// <summary>Whether <paramref name="a"/> is slower than <paramref name="b"/>.</summary>
    public static bool operator <(Speed a, Speed b) => a.Knots < b.Knots;
    /// <summary>Whether <paramref name="a"/> is faster than <paramref name="b"/>.</summary>
    public static bool operator >(Speed a, Speed b) => a.Knots > b.Knots;
    /// <summary>Whether <paramref name="a"/> is at most as fast as <paramref name="b"/>.</summary>
    public static bool operator <=(Speed a, Speed b) => a.Knots <= b.Knots;
    /// <summary>Whether <paramref name="a"/> is at least as fast as <paramref name="b"/>.</summary>
    public static bool operator >=(Speed a, Speed b) => a.Knots >= b.Knots;

    /// <summary>The speed in knots to two decimals, invariant culture (e.g. <c>11.50 kn</c>).</summary>
    public override string ToString() => FormattableString.Invariant($"{Knots:F2} kn");
}
