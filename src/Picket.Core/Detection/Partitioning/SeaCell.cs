namespace Picket.Core.Detection;

/// <summary>
/// One area partition: a latitude/longitude box it owns (south and west edges inclusive) and a halo around it that
/// it also hears, so that what happens near its edge — a pair meeting across the line, a partner gone dark 50 km
/// away, the reception of the next cell — is seen whole. An event belongs to the cell that holds its position.
/// </summary>
/// <param name="South">Southern edge, degrees latitude (inclusive).</param>
/// <param name="North">Northern edge, degrees latitude (exclusive).</param>
/// <param name="West">Western edge, degrees longitude (inclusive).</param>
/// <param name="East">Eastern edge, degrees longitude (exclusive).</param>
/// <param name="HaloDegrees">Width of the halo in degrees; whole reception cells (1°) keep the reception counts of the halo exact.</param>
internal readonly record struct SeaCell(double South, double North, double West, double East, double HaloDegrees)
{
    public bool Owns(double lat, double lon) => lat >= South && lat < North && lon >= West && lon < East;

    public bool Hears(double lat, double lon) =>
        lat >= South - HaloDegrees && lat < North + HaloDegrees && lon >= West - HaloDegrees && lon < East + HaloDegrees;

    /// <summary>The four quadrants around (<paramref name="lat"/>, <paramref name="lon"/>), open to the poles and the antimeridian.</summary>
    public static SeaCell[] Quadrants(double lat, double lon, double haloDegrees) =>
    [
        new(-90, lat, -180, lon, haloDegrees),
        new(-90, lat, lon, 180.000001, haloDegrees),
        new(lat, 90.000001, -180, lon, haloDegrees),
        new(lat, 90.000001, lon, 180.000001, haloDegrees),
    ];
}
