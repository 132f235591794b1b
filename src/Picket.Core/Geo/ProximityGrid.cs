namespace Picket.Core.Geo;

/// <summary>
/// A spatial hash for "who is near whom" at one instant: points go into cells about <c>cellKm</c> on a side (rows
/// of equal latitude height, columns widened by 1/cos(latitude) so cells stay roughly square), and a query returns
/// the points of the cell and its eight neighbours. With cells at least as wide as the search radius nothing within
/// the radius is missed, and the cost per point depends on local density, not on the number of points: pairing
/// grows linearly with traffic instead of quadratically (GFW's encounters pipeline does the same with S2 cells).
/// Reusable: <see cref="Clear"/> keeps the arrays. Longitudes are not wrapped at ±180°.
/// </summary>
public sealed class ProximityGrid
{
    private const double KmPerDegreeLat = GreatCircle.EarthRadiusMetres * Math.PI / 180.0 / 1000.0;
    private readonly double _rowDeg;
    private readonly Dictionary<long, int> _head = [];
    private int[] _next = new int[256];

    public ProximityGrid(double cellKm)
    {
        if (!(cellKm > 0))
            throw new ArgumentOutOfRangeException(nameof(cellKm));
        _rowDeg = cellKm / KmPerDegreeLat;
    }

    public int Count { get; private set; }

    public void Clear()
    {
        _head.Clear();
        Count = 0;
    }

    /// <summary>Adds point number <paramref name="index"/> (0, 1, 2… in order of adding).</summary>
    public void Add(int index, double lat, double lon)
    {
        if (index != Count)
            throw new ArgumentException("Points must be added with consecutive indices from 0.", nameof(index));
        if (index >= _next.Length)
            Array.Resize(ref _next, _next.Length * 2);
        var row = Row(lat);
        var key = Key(row, Col(row, lon));
        _next[index] = _head.TryGetValue(key, out var h) ? h : -1;
        _head[key] = index;
        Count++;
    }

    /// <summary>Appends to <paramref name="result"/> every point in the cell of (lat, lon) and its eight neighbours.</summary>
    public void Candidates(double lat, double lon, List<int> result)
    {
        var row = Row(lat);
        for (var r = row - 1; r <= row + 1; r++)
        {
            var col = Col(r, lon);
            for (var c = col - 1; c <= col + 1; c++)
            {
                if (!_head.TryGetValue(Key(r, c), out var i))
                    continue;
                for (; i >= 0; i = _next[i])
                    result.Add(i);
            }
        }
    }

    private int Row(double lat) => (int)Math.Floor(lat / _rowDeg);

    private int Col(int row, double lon)
    {
        var centreLat = (row + 0.5) * _rowDeg;
        var cos = Math.Max(Math.Cos(Math.Clamp(centreLat, -89.9, 89.9) * Math.PI / 180.0), 0.01);
        return (int)Math.Floor(lon * cos / _rowDeg);
    }

    private static long Key(int row, int col) => ((long)row << 32) ^ (uint)col;
}
