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
    /// <summary>12 samples of 16 bytes: three cache lines, so the record a fix touches stays small.</summary>
    public const int Capacity = 12;

    private Ring _ring;
    private long _originTicks;
    private int _head, _count;

    /// <summary>One tenth of the window: ≤ 11 samples span it, the ring holds one more.</summary>
    public static long Spacing(long windowTicks) => windowTicks / 10;

    public readonly int Count => _count;

    public readonly Sample Last => _ring[Index(_count - 1)];

    public readonly long LastTicks => Ticks(Last);

    /// <summary>The sample the window ending at the newest one is measured from: the newest at least a window old, else the oldest.</summary>
    public readonly Sample Base => _ring[_head];

    public readonly long Ticks(in Sample s) => _originTicks + s.Seconds * TimeSpan.TicksPerSecond;

    public void Clear() => _head = _count = 0;

    /// <summary>Appends a sample; drops the oldest while the next-oldest is already at least <paramref name="windowTicks"/> old.</summary>
    public void Push(long ticks, double pathMetres, double lat, double lon, long windowTicks)
    {
        if (_count == 0)
            _originTicks = ticks;
        if (_count == Capacity)
            Drop();
        _ring[Index(_count++)] = new Sample((int)((ticks - _originTicks) / TimeSpan.TicksPerSecond), (float)pathMetres, (float)lat, (float)lon);
        var limit = (ticks - windowTicks - _originTicks) / TimeSpan.TicksPerSecond;
        while (_count > 2 && _ring[Index(1)].Seconds <= limit)
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

    /// <summary>
    /// One sample: seconds since the window's origin (the first sample after a clear; 68 years fit), metres sailed since
    /// then (float: under 0.1 m error over 500 nm) and the position (float: ~1 m, ample for a speed over minutes).
    /// </summary>
    internal readonly record struct Sample(int Seconds, float Path, float Lat, float Lon);

    [InlineArray(Capacity)]
    private struct Ring
    {
        private Sample _first;
    }
}
