namespace Picket.Core.Geo;

/// <summary>
/// Great-circle geometry on a sphere of the IUGG mean Earth radius (6,371,008.8 m). The spherical error against
/// the WGS84 ellipsoid is under 0.5 %, far below what matters for implied speeds and jump distances.
/// </summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean Earth radius R1 in metres (Moritz, Geodetic Reference System 1980).</summary>
    public const double EarthRadiusMetres = 6_371_008.8;
    private const double DegToRad = Math.PI / 180.0;
    private const double RadToDeg = 180.0 / Math.PI;

    /// <summary>The great-circle distance between two points (haversine, see <see cref="DistanceMetres"/>).</summary>
    public static Distance Distance(GeoPoint a, GeoPoint b) => new(DistanceMetres(a.Lat, a.Lon, b.Lat, b.Lon));

    /// <summary>Haversine distance; well conditioned for the short distances between consecutive fixes.</summary>
    public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * DegToRad;
        var p2 = lat2 * DegToRad;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * DegToRad;
        var s1 = Math.Sin(dp / 2);
        var s2 = Math.Sin(dl / 2);
        var h = s1 * s1 + Math.Cos(p1) * Math.Cos(p2) * s2 * s2;
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    /// <summary>Initial bearing from <paramref name="from"/> to <paramref name="to"/>, degrees clockwise from true north in [0, 360).</summary>
    public static double InitialBearing(GeoPoint from, GeoPoint to) => InitialBearingDegrees(from.Lat, from.Lon, to.Lat, to.Lon);

    /// <summary>Initial bearing from (<paramref name="lat1"/>, <paramref name="lon1"/>) to (<paramref name="lat2"/>, <paramref name="lon2"/>) in decimal degrees; degrees clockwise from true north in [0, 360). The allocation-free form of <see cref="InitialBearing"/> for hot paths.</summary>
    public static double InitialBearingDegrees(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * DegToRad;
        var p2 = lat2 * DegToRad;
        var dl = (lon2 - lon1) * DegToRad;
        var y = Math.Sin(dl) * Math.Cos(p2);
        var x = Math.Cos(p1) * Math.Sin(p2) - Math.Sin(p1) * Math.Cos(p2) * Math.Cos(dl);
        var deg = Math.Atan2(y, x) * RadToDeg;
        return (deg + 360.0) % 360.0;
    }

    /// <summary>The point reached by travelling <paramref name="distance"/> from <paramref name="start"/> on <paramref name="bearingDegrees"/>.</summary>
    public static GeoPoint Destination(GeoPoint start, double bearingDegrees, Distance distance)
    {
        var (lat, lon) = DestinationDegrees(start.Lat, start.Lon, bearingDegrees, distance.Metres);
        return GeoPoint.Trusted(lat, lon);
    }

    /// <summary>The point reached by travelling <paramref name="metres"/> from (<paramref name="lat"/>, <paramref name="lon"/>) on <paramref name="bearingDegrees"/> (clockwise from true north), as decimal degrees with the longitude wrapped into [−180, 180). The unchecked form of <see cref="Destination"/>.</summary>
    public static (double Lat, double Lon) DestinationDegrees(double lat, double lon, double bearingDegrees, double metres)
    {
        var d = metres / EarthRadiusMetres;
        var p1 = lat * DegToRad;
        var l1 = lon * DegToRad;
        var b = bearingDegrees * DegToRad;
        var sinP2 = Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(b);
        var p2 = Math.Asin(Math.Clamp(sinP2, -1.0, 1.0));
        var l2 = l1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * sinP2);
        var lonDeg = l2 * RadToDeg;
        lonDeg = ((lonDeg + 540.0) % 360.0) - 180.0;
        return (p2 * RadToDeg, lonDeg);
    }
}
