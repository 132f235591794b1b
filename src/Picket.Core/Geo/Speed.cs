namespace Picket.Core.Geo;

/// <summary>A speed over ground. Stored in knots (nautical miles per hour), the unit of AIS SOG (ITU-R M.1371).</summary>
public readonly record struct Speed(double Knots) : IComparable<Speed>
{
    public double MetresPerSecond => Knots * Distance.MetresPerNauticalMile / 3600.0;

    public static Speed FromMetresPerSecond(double mps) => new(mps * 3600.0 / Distance.MetresPerNauticalMile);

    /// <summary>The speed needed to cover <paramref name="distance"/> in <paramref name="elapsed"/>; infinite when no time passed but the position moved.</summary>
    public static Speed Implied(Distance distance, TimeSpan elapsed)
    {
        var hours = Math.Abs(elapsed.TotalHours);
        if (hours <= 0)
            return new Speed(distance.Metres <= 0 ? 0 : double.PositiveInfinity);
        return new Speed(distance.NauticalMiles / hours);
    }

    public int CompareTo(Speed other) => Knots.CompareTo(other.Knots);
    public static bool operator <(Speed a, Speed b) => a.Knots < b.Knots;
    public static bool operator >(Speed a, Speed b) => a.Knots > b.Knots;
    public static bool operator <=(Speed a, Speed b) => a.Knots <= b.Knots;
    public static bool operator >=(Speed a, Speed b) => a.Knots >= b.Knots;

    public override string ToString() => FormattableString.Invariant($"{Knots:F2} kn");
}
