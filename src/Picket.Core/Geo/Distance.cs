namespace Picket.Core.Geo;

/// <summary>A length along the Earth's surface. Stored in metres; one nautical mile is exactly 1,852 m (BIPM SI brochure, Table 8).</summary>
/// <param name="Metres">The length in metres; not checked, so a difference of two distances may be negative.</param>
public readonly record struct Distance(double Metres) : IComparable<Distance>
{
    /// <summary>The international nautical mile in metres, exact by definition (1929, BIPM SI brochure Table 8).</summary>
    public const double MetresPerNauticalMile = 1852.0;

    /// <summary>The length in kilometres (1,000 m).</summary>
    public double Kilometres => Metres / 1000.0;
    /// <summary>The length in international nautical miles (1,852 m), the unit AIS speeds are based on.</summary>
    public double NauticalMiles => Metres / MetresPerNauticalMile;

    /// <summary>A distance of <paramref name="km"/> kilometres.</summary>
    public static Distance FromKilometres(double km) => new(km * 1000.0);
    /// <summary>A distance of <paramref name="nm"/> international nautical miles.</summary>
    public static Distance FromNauticalMiles(double nm) => new(nm * MetresPerNauticalMile);

    /// <inheritdoc/>
    public int CompareTo(Distance other) => Metres.CompareTo(other.Metres);
    /// <summary>Whether <paramref name="a"/> is shorter than <paramref name="b"/>.</summary>
    public static bool operator <(Distance a, Distance b) => a.Metres < b.Metres;
    /// <summary>Whether <paramref name="a"/> is longer than <paramref name="b"/>.</summary>
    public static bool operator >(Distance a, Distance b) => a.Metres > b.Metres;
    /// <summary>Whether <paramref name="a"/> is at most as long as <paramref name="b"/>.</summary>
    public static bool operator <=(Distance a, Distance b) => a.Metres <= b.Metres;
    /// <summary>Whether <paramref name="a"/> is at least as long as <paramref name="b"/>.</summary>
    public static bool operator >=(Distance a, Distance b) => a.Metres >= b.Metres;

    /// <summary>The length in kilometres to the metre, invariant culture (e.g. <c>12.345 km</c>).</summary>
    public override string ToString() => FormattableString.Invariant($"{Kilometres:F3} km");
}
