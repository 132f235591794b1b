namespace Picket.Core.Input.Live;

/// <summary>
/// The messages delivered lately, by payload hash and message time, to recognise a copy heard by another receiver:
/// same payload, message times within the window. Time is the messages' own, never the wall clock, so a feed replayed
/// at 500× is de-duplicated exactly as it was live, and a ship's static report repeated six minutes later stays two
/// reports. A payload is remembered once per window-wide slice of time, not once in all: receivers that lag one another
/// (a satellite feed behind a terrestrial one) deliver the copy of an identical report half an hour later, after the
/// next one, and it must still be found. Memory is a fixed number of entries, oldest forgotten first.
/// </summary>
internal sealed class RecentPayloads
{
    /// <summary>Spreads time slices over the 64-bit key space (2⁶⁴ / φ, Knuth's multiplicative hashing).</summary>
    private const ulong SliceSpread = 0x9E3779B97F4A7C15UL;

    private readonly Dictionary<ulong, long> _timeByKey;
    private readonly (ulong Key, long TimeMs)[] _ring;
    private readonly long _windowMs;
    private int _next, _count;

    public RecentPayloads(int capacity, TimeSpan window)
    {
        capacity = Math.Max(1, capacity);
        _timeByKey = new Dictionary<ulong, long>(capacity);
        _ring = new (ulong, long)[capacity];
        _windowMs = Math.Max(1, (long)window.TotalMilliseconds);
    }

    /// <summary>True when a message with this payload and a time within the window was seen; otherwise remembers it.</summary>
    public bool IsCopy(ulong hash, long timeMs)
    {
        long slice = Math.DivRem(timeMs, _windowMs, out long rem);
        if (rem < 0) slice--;
        // A copy within the window lies in this slice or a neighbour.
        if (Near(hash, slice, timeMs) || Near(hash, slice - 1, timeMs) || Near(hash, slice + 1, timeMs)) return true;
        ulong key = Key(hash, slice);
        if (_count == _ring.Length)
        {
            var (oldKey, oldTime) = _ring[_next];
            // Forget the oldest entry unless its key was stored again since (the dictionary then holds the later time).
            if (_timeByKey.TryGetValue(oldKey, out long current) && current == oldTime) _timeByKey.Remove(oldKey);
        }
        else _count++;
        _ring[_next] = (key, timeMs);
        _next = (_next + 1) % _ring.Length;
        _timeByKey[key] = timeMs;
        return false;
    }

    private bool Near(ulong hash, long slice, long timeMs) =>
        _timeByKey.TryGetValue(Key(hash, slice), out long seen) && Math.Abs(seen - timeMs) <= _windowMs;

    private static ulong Key(ulong hash, long slice) => hash + (ulong)slice * SliceSpread;
}
