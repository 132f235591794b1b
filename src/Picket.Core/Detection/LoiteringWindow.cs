namespace Picket.Core.Detection;

/// <summary>
/// The last hour or so of one segment's movement, decimated to at most one sample per <see cref="Spacing"/> (a
/// fixed-size ring): enough to measure the distance sailed over a sliding window ending at any fix. Decimating keeps
/// the cost per fix flat whatever the reporting rate (a class A transponder underway reports every 2–10 s, ITU-R
/// M.1371-5 Table 1) and keeps GNSS noise, which a 2-second path would sum into several knots, out of the speed.
/// </summary>
internal sealed class LoiteringWindow
{
    private const int Capacity = 40;

    private readonly long[] _ticks = new long[Capacity];
    private readonly double[] _path = new double[Capacity];
    private readonly double[] _lat = new double[Capacity];
    private readonly double[] _lon = new double[Capacity];
    private int _head, _count;

    /// <summary>One thirtieth of the window: ≤ 31 samples span it, the ring holds one more before it.</summary>
    public static long Spacing(long windowTicks) => windowTicks / 30;

    public int Count => _count;

    public long LastTicks => _ticks[Index(_count - 1)];

    public double LastLat => _lat[Index(_count - 1)];

    public double LastLon => _lon[Index(_count - 1)];

    public double LastPath => _path[Index(_count - 1)];

    public void Clear() => _head = _count = 0;

    /// <summary>Appends a sample; drops the oldest while the next-oldest is already at least <paramref name="windowTicks"/> old.</summary>
    public void Push(long ticks, double pathMetres, double lat, double lon, long windowTicks)
    {
        if (_count == Capacity)
            Drop();
        var i = Index(_count++);
        (_ticks[i], _path[i], _lat[i], _lon[i]) = (ticks, pathMetres, lat, lon);
        while (_count > 2 && _ticks[Index(1)] <= ticks - windowTicks)
            Drop();
    }

    /// <summary>The sample the window ending at the newest one is measured from: the newest at least a window old, else the oldest.</summary>
    public (long Ticks, double Path, double Lat, double Lon) Base()
    {
        var i = _head;
        return (_ticks[i], _path[i], _lat[i], _lon[i]);
    }

    /// <summary>Sum of the sample positions from the base to the newest, and how many: the start of a run's centroid.</summary>
    public (double SumLat, double SumLon, int Count) Sums()
    {
        double lat = 0, lon = 0;
        for (var k = 0; k < _count; k++)
        {
            var i = Index(k);
            lat += _lat[i];
            lon += _lon[i];
        }
        return (lat, lon, _count);
    }

    private void Drop()
    {
        _head = (_head + 1) % Capacity;
        _count--;
    }

    private int Index(int k) => (_head + k) % Capacity;
}
