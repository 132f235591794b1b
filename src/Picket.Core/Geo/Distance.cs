namespace Picket.Core.Geo;

/// <summary>A length along the Earth's surface. Stored in metres; one nautical mile is exactly 1,852 m (BIPM SI brochure, Table 8).</summary>
public readonly record struct Distance(double Metres) : IComparable<Distance>
{
    public const double MetresPerNauticalMile = 1852.0;

    public double Kilometres => Metres / 1000.0;
    public double NauticalMiles => Metres / MetresPerNauticalMile;

    public static Distance FromKilometres(double km) => new(km * 1000.0);
    public static Distance FromNauticalMiles(double nm) => new(nm * MetresPerNauticalMile);

    public int CompareTo(Distance other) => Metres.CompareTo(other.Metres);
    public static bool operator <(Distance a, Distance b) => a.Metres < b.Metres;
    public static bool operator >(Distance a, Distance b) => a.Metres > b.Metres;
    public static bool operator <=(Distance a, Distance b) => a.Metres <= b.Metres;
    public static bool operator >=(Distance a, Distance b) => a.Metres >= b.Metres;

    public override string ToString() => FormattableString.Invariant($"{Kilometres:F3} km");
}
