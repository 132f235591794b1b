namespace Picket.Core.Input.Live;

/// <summary>
/// The messages delivered lately, by payload hash and message time, to recognise a copy heard by another receiver:
/// same payload, message times within the window. Time is the messages' own, never the wall clock, so a feed replayed
/// at 500× is de-duplicated exactly as it was live (a ship's static report repeated six minutes later stays two
/// reports). Memory is a fixed number of entries, oldest forgotten first.
/// </summary>
internal sealed class RecentPayloads
{
    private readonly Dictionary<ulong, long> _timeByHash;
    private readonly (ulong Hash, long TimeMs)[] _ring;
    private readonly long _windowMs;
    private int _next, _count;

    public RecentPayloads(int capacity, TimeSpan window)
    {
        capacity = Math.Max(1, capacity);
        _timeByHash = new Dictionary<ulong, long>(capacity);
        _ring = new (ulong, long)[capacity];
        _windowMs = (long)window.TotalMilliseconds;
    }

    /// <summary>True when a message with this payload and a time within the window was seen; otherwise remembers it.</summary>
    public bool IsCopy(ulong hash, long timeMs)
    {
        if (_timeByHash.TryGetValue(hash, out long seen) && Math.Abs(seen - timeMs) <= _windowMs) return true;
        if (_count == _ring.Length)
        {
            var (oldHash, oldTime) = _ring[_next];
            // Forget the oldest entry unless its payload was seen again since (the dictionary holds the later time).
            if (_timeByHash.TryGetValue(oldHash, out long current) && current == oldTime) _timeByHash.Remove(oldHash);
        }
        else _count++;
        _ring[_next] = (hash, timeMs);
        _next = (_next + 1) % _ring.Length;
        _timeByHash[hash] = timeMs;
        return false;
    }
}
