namespace Picket.Core.Geo;

/// <summary>
/// A position on the WGS84 ellipsoid in decimal degrees. Unlike a raw AIS coordinate, a <see cref="GeoPoint"/>
/// is always in range: latitude −90..90, longitude −180..180. AIS "not available" values (91°, 181°) never make one.
/// </summary>
public readonly record struct GeoPoint
{
    /// <summary>Latitude in decimal degrees, −90 (south pole) to 90, WGS84.</summary>
    public double Lat { get; }
    /// <summary>Longitude in decimal degrees, −180 to 180, east positive, WGS84.</summary>
    public double Lon { get; }

    private GeoPoint(double lat, double lon)
    {
        Lat = lat;
        Lon = lon;
    }

    /// <summary>Creates a point; throws for out-of-range values (API misuse). Untrusted input goes through <see cref="TryCreate"/>.</summary>
    public static GeoPoint Create(double lat, double lon) =>
        TryCreate(lat, lon, out var p) ? p : throw new ArgumentOutOfRangeException(nameof(lat), $"({lat}, {lon}) is not a WGS84 position.");

    /// <summary>Creates a point from untrusted values: false (and <paramref name="point"/> default) for NaN, infinities or out-of-range values such as AIS "not available" (91°, 181°).</summary>
    public static bool TryCreate(double lat, double lon, out GeoPoint point)
    {
        if (IsValid(lat, lon))
        {
            point = new GeoPoint(lat, lon);
            return true;
        }
        point = default;
        return false;
    }

    /// <summary>Whether (<paramref name="lat"/>, <paramref name="lon"/>) is a finite WGS84 position in range, without making a point.</summary>
    public static bool IsValid(double lat, double lon) =>
        double.IsFinite(lat) && double.IsFinite(lon) && lat is >= -90 and <= 90 && lon is >= -180 and <= 180;

    internal static GeoPoint Trusted(double lat, double lon) => new(lat, lon);

    /// <summary>The position as <c>(lat, lon)</c> to five decimals (about a metre), invariant culture.</summary>
    public override string ToString() => FormattableString.Invariant($"({Lat:F5}, {Lon:F5})");
}
