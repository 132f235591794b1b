using System.Globalization;

namespace Picket.Store.Queries;

/// <summary>
/// A longitude/latitude box in decimal degrees WGS84, in GeoJSON bbox order (west, south, east, north). West greater
/// than east means the box crosses the antimeridian.
/// </summary>
/// <param name="West">Western edge, longitude in degrees [-180, 180].</param>
/// <param name="South">Southern edge, latitude in degrees [-90, 90].</param>
/// <param name="East">Eastern edge, longitude in degrees [-180, 180].</param>
/// <param name="North">Northern edge, latitude in degrees [-90, 90].</param>
public readonly record struct BoundingBox(double West, double South, double East, double North)
{
    /// <summary>Parses "west,south,east,north"; false with a reason for anything else.</summary>
    public static bool TryParse(string? text, out BoundingBox box, out string? error)
    {
        box = default;
        error = null;
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        var v = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out v[i])).All(ok => ok))
        {
            error = "--bbox takes four numbers: west,south,east,north (degrees)";
            return false;
        }
        // "NaN" and "Infinity" parse as doubles and fail every comparison, so they passed the range test below and
        // then matched nothing (or crashed the SQL text): refuse them by name.
        if (!v.All(double.IsFinite))
        {
            error = "--bbox takes finite numbers (not NaN or Infinity): west,south,east,north (degrees)";
            return false;
        }
        if (v[0] is < -180 or > 180 || v[2] is < -180 or > 180 || v[1] is < -90 or > 90 || v[3] is < -90 or > 90 || v[1] > v[3])
        {
            error = "--bbox out of range: longitudes -180..180, latitudes -90..90, south <= north";
            return false;
        }
        box = new BoundingBox(v[0], v[1], v[2], v[3]);
        return true;
    }

    /// <summary>
    /// A SQL predicate over the given latitude/longitude columns (numbers only, nothing user-typed is spliced).
    /// <paramref name="unitsPerDegree"/> scales the bounds for columns stored in AIS units, so DuckDB's min/max zone maps prune on the raw integers.
    /// </summary>
    internal string Sql(string lat, string lon, double unitsPerDegree = 1)
    {
        // On integer columns the tightest equivalent bounds are the ceiling of the lower and the floor of the upper.
        bool scaled = unitsPerDegree != 1;
        string s = F(scaled ? Math.Ceiling(South * unitsPerDegree) : South), n = F(scaled ? Math.Floor(North * unitsPerDegree) : North),
            w = F(scaled ? Math.Ceiling(West * unitsPerDegree) : West), e = F(scaled ? Math.Floor(East * unitsPerDegree) : East);
        string lonTest = West <= East ? $"{lon} BETWEEN {w} AND {e}" : $"({lon} >= {w} OR {lon} <= {e})";
        return $"({lat} BETWEEN {s} AND {n} AND {lonTest})";
    }

    private static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
