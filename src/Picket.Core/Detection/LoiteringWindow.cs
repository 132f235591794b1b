using System.Runtime.CompilerServices;

namespace Picket.Core.Detection;

/// <summary>
/// The last hour or so of one segment's movement, decimated to at most one sample per <see cref="Spacing"/>: enough to
/// measure the distance sailed over a sliding window ending at any fix. Decimating keeps the cost per fix flat whatever
/// the reporting rate (a class A transponder underway reports every 2–10 s, ITU-R M.1371-5 Table 1) and keeps GNSS
/// noise, which a 2-second path would sum into several knots, out of the speed. A fixed ring stored inline in the
/// segment's record (no array of its own), so a fix touches the record's own memory, not another object's.
/// </summary>
internal struct LoiteringWindow
{
    public const int Capacity = 24;

    private Ring _ring;
    private int _head, _count;

    /// <summary>One twentieth of the window: ≤ 21 samples span it, the ring holds a few more.</summary>
    public static long Spacing(long windowTicks) => windowTicks / 20;

    public readonly int Count => _count;

    public readonly Sample Last => _ring[Index(_count - 1)];

    /// <summary>The sample the window ending at the newest one is measured from: the newest at least a window old, else the oldest.</summary>
    public readonly Sample Base => _ring[_head];

    public void Clear() => _head = _count = 0;

    /// <summary>Appends a sample; drops the oldest while the next-oldest is already at least <paramref name="windowTicks"/> old.</summary>
    public void Push(long ticks, double pathMetres, double lat, double lon, long windowTicks)
    {
        if (_count == Capacity)
            Drop();
        _ring[Index(_count++)] = new Sample(ticks, pathMetres, (float)lat, (float)lon);
        while (_count > 2 && _ring[Index(1)].Ticks <= ticks - windowTicks)
            Drop();
    }

    /// <summary>Sum of the sample positions from the base to the newest, and how many: the start of a run's centroid.</summary>
    public readonly (double SumLat, double SumLon, int Count) Sums()
    {
        double lat = 0, lon = 0;
        for (var k = 0; k < _count; k++)
        {
            var s = _ring[Index(k)];
            lat += s.Lat;
            lon += s.Lon;
        }
        return (lat, lon, _count);
    }

    private void Drop()
    {
        _head = (_head + 1) % Capacity;
        _count--;
    }

    private readonly int Index(int k) => (_head + k) % Capacity;

    /// <summary>One sample: time, distance sailed since the segment's first sample, position (float: ~1 m, ample for speed).</summary>
    internal readonly record struct Sample(long Ticks, double Path, float Lat, float Lon);

    [InlineArray(Capacity)]
    private struct Ring
    {
        private Sample _first;
    }
}
