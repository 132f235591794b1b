namespace Picket.Core.Geo;

/// <summary>
/// Land and distance from shore, from the Natural Earth 1:50m land polygons (public domain) shipped inside the
/// assembly (~60,000 boundary points, ~160 KB; prepared at build time from the npm package world-atlas by
/// make-natural-earth-land.mjs). At 1:50m the coast is generalised by a few kilometres and islets are missing, which
/// is well inside the 20 nm (37 km) distances the detectors test. Two indexes over the boundary segments: 1° cells for
/// the nearest-segment search, 0.25° latitude bands for the point-in-land ray test. Thread-safe after construction.
/// </summary>
public sealed class Shoreline
{
    private const double BandDeg = 0.25;
    private static readonly Lazy<Shoreline> LazyNaturalEarth = new(() => FromArcs(NaturalEarthLand.Decode()));

    private readonly double[] _lat, _lon;
    private readonly int[] _segStart; // segment i runs from point _segStart[i] to _segStart[i] + 1
    private readonly Dictionary<int, int[]> _cells;
    private readonly int[][] _bands;

    private Shoreline(double[] lat, double[] lon, int[] segStart, Dictionary<int, int[]> cells, int[][] bands) =>
        (_lat, _lon, _segStart, _cells, _bands) = (lat, lon, segStart, cells, bands);

    /// <summary>The shipped Natural Earth 1:50m land, decoded on first use (tens of milliseconds).</summary>
    public static Shoreline NaturalEarth => LazyNaturalEarth.Value;

    /// <summary>The name of the land data this shoreline was built from, written into loitering evidence as the shore rule (<c>natural_earth_50m</c>).</summary>
    public string Source { get; } = "natural_earth_50m";

    /// <summary>The number of coastline segments (pairs of consecutive polygon vertices) indexed for distance queries.</summary>
    public int Segments => _segStart.Length;

    /// <summary>Whether the point is on land (inside a land polygon, lakes excluded as the data has them).</summary>
    public bool IsLand(double lat, double lon)
    {
        var band = Band(lat);
        if (band < 0 || band >= _bands.Length)
            return lat < -60; // south of the data: Antarctica; north of it: Arctic Ocean
        var inside = false;
        foreach (var s in _bands[band])
        {
            var i = _segStart[s];
            double y1 = _lat[i], y2 = _lat[i + 1];
            if ((y1 > lat) == (y2 > lat))
                continue;
            var x = _lon[i] + (lat - y1) * (_lon[i + 1] - _lon[i]) / (y2 - y1);
            if (x > lon)
                inside = !inside;
        }
        return inside;
    }

    /// <summary>
    /// Distance in km from (lat, lon) to the nearest coast, 0 on land; <paramref name="maxKm"/> when no coast is that
    /// close (the search stops there: ask for what the rule needs).
    /// </summary>
    public double DistanceKm(double lat, double lon, double maxKm = 100)
    {
        if (IsLand(lat, lon))
            return 0;
        var cos = Math.Max(Math.Cos(lat * Math.PI / 180), 0.01);
        const double kmPerDeg = GreatCircle.EarthRadiusMetres * Math.PI / 180 / 1000;
        var dLat = maxKm / kmPerDeg;
        var dLon = Math.Min(180, maxKm / (kmPerDeg * cos));
        var best2 = maxKm * maxKm;
        for (var r = (int)Math.Floor(lat - dLat); r <= (int)Math.Floor(lat + dLat); r++)
            for (var c = (int)Math.Floor(lon - dLon); c <= (int)Math.Floor(lon + dLon); c++)
            {
                if (!_cells.TryGetValue(CellKey(r, c), out var segs))
                    continue;
                foreach (var s in segs)
                {
                    // Local equirectangular projection around the query: exact enough below ~200 km.
                    var i = _segStart[s];
                    var ax = (_lon[i] - lon) * cos * kmPerDeg;
                    var ay = (_lat[i] - lat) * kmPerDeg;
                    var bx = (_lon[i + 1] - lon) * cos * kmPerDeg;
                    var by = (_lat[i + 1] - lat) * kmPerDeg;
                    var d2 = PointSegment2(ax, ay, bx, by);
                    if (d2 < best2)
                        best2 = d2;
                }
            }
        return Math.Sqrt(best2);
    }

    private static double PointSegment2(double ax, double ay, double bx, double by)
    {
        var dx = bx - ax;
        var dy = by - ay;
        var len2 = dx * dx + dy * dy;
        var t = len2 > 0 ? Math.Clamp(-(ax * dx + ay * dy) / len2, 0, 1) : 0;
        var px = ax + t * dx;
        var py = ay + t * dy;
        return px * px + py * py;
    }

    private static int Band(double lat) => (int)Math.Floor((lat + 90) / BandDeg);

    private static int CellKey(int row, int col) => (row + 100) * 1000 + (col + 400);

    private static Shoreline FromArcs((double[] Lat, double[] Lon, int[] ArcStarts) arcs)
    {
        var (lat, lon, starts) = arcs;
        var segStart = new List<int>(lat.Length);
        for (var a = 0; a + 1 < starts.Length; a++)
            for (var i = starts[a]; i + 1 < starts[a + 1]; i++)
                segStart.Add(i);
        var cells = new Dictionary<int, List<int>>();
        var bands = new List<int>[(int)(180 / BandDeg)];
        for (var s = 0; s < segStart.Count; s++)
        {
            var i = segStart[s];
            var (y0, y1) = (Math.Min(lat[i], lat[i + 1]), Math.Max(lat[i], lat[i + 1]));
            var (x0, x1) = (Math.Min(lon[i], lon[i + 1]), Math.Max(lon[i], lon[i + 1]));
            for (var r = (int)Math.Floor(y0); r <= (int)Math.Floor(y1); r++)
                for (var c = (int)Math.Floor(x0); c <= (int)Math.Floor(x1); c++)
                {
                    var key = CellKey(r, c);
                    if (!cells.TryGetValue(key, out var list))
                        cells[key] = list = [];
                    list.Add(s);
                }
            for (var b = Math.Max(0, Band(y0)); b <= Math.Min(bands.Length - 1, Band(y1)); b++)
                (bands[b] ??= []).Add(s);
        }
        return new Shoreline(lat, lon, [.. segStart],
            cells.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()),
            [.. bands.Select(b => b?.ToArray() ?? [])]);
    }
}
