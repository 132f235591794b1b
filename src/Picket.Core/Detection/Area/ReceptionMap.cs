namespace Picket.Core.Detection;

/// <summary>
/// How many distinct vessels were heard in each cell (1° by default) in each UTC hour, measured from the stream
/// itself. Comparing the hours inside a vessel's gap with the hours before it tells "everyone else went quiet too"
/// (out of coverage) from "everyone else kept talking" (this one switched off) — the role GFW gives its satellite
/// reception mask, here without an external table. Counts older than the retention are dropped in arrival order.
/// </summary>
internal sealed partial class ReceptionMap
{
    private readonly double _cellDeg;
    private readonly int _cols;
    private readonly long _cells;
    private readonly long _retentionHours;
    private readonly Dictionary<long, int> _counts = [];
    private readonly Queue<(long Hour, long Key)> _order = new();

    public ReceptionMap(double cellDeg, TimeSpan retention)
    {
        _cellDeg = cellDeg;
        _cols = (int)Math.Ceiling(360 / cellDeg);
        _cells = (long)Math.Ceiling(180 / cellDeg) * _cols;
        _retentionHours = Math.Max(1, (long)Math.Ceiling(retention.TotalHours));
    }

    public int Entries => _counts.Count;

    public long RetentionHours => _retentionHours;

    public long CellOf(double lat, double lon)
    {
        var row = Math.Clamp((long)Math.Floor((lat + 90) / _cellDeg), 0, _cells / _cols - 1);
        var col = Math.Clamp((long)Math.Floor((lon + 180) / _cellDeg), 0, _cols - 1);
        return row * _cols + col;
    }

    public long KeyOf(long cell, long hour) => hour * _cells + cell;

    /// <summary>The cells that cover every point within <paramref name="radiusKm"/> of (lat, lon); longitudes are not wrapped.</summary>
    public void CellsAround(double lat, double lon, double radiusKm, List<long> result)
    {
        const double kmPerDegree = 111.2;
        var dLat = radiusKm / kmPerDegree;
        var cos = Math.Max(Math.Cos(Math.Min(Math.Abs(lat) + dLat, 89.9) * Math.PI / 180.0), 0.01);
        var dLon = Math.Min(180, radiusKm / (kmPerDegree * cos));
        var rows = _cells / _cols;
        var r0 = Math.Clamp((long)Math.Floor((lat - dLat + 90) / _cellDeg), 0, rows - 1);
        var r1 = Math.Clamp((long)Math.Floor((lat + dLat + 90) / _cellDeg), 0, rows - 1);
        var c0 = Math.Clamp((long)Math.Floor((lon - dLon + 180) / _cellDeg), 0, _cols - 1);
        var c1 = Math.Clamp((long)Math.Floor((lon + dLon + 180) / _cellDeg), 0, _cols - 1);
        for (var r = r0; r <= r1; r++)
            for (var c = c0; c <= c1; c++)
                result.Add(r * _cols + c);
    }

    /// <summary>Counts one more distinct vessel heard in (cell, hour); the caller ensures each vessel counts once per key.</summary>
    public void Count(long cell, long hour)
    {
        var key = KeyOf(cell, hour);
        if (_counts.TryGetValue(key, out var n))
            _counts[key] = n + 1;
        else
        {
            _counts[key] = 1;
            _order.Enqueue((hour, key));
        }
        while (_order.TryPeek(out var oldest) && oldest.Hour <= hour - _retentionHours)
            _counts.Remove(_order.Dequeue().Key);
    }

    public int Heard(long cell, long hour) => _counts.TryGetValue(KeyOf(cell, hour), out var n) ? n : 0;
}
