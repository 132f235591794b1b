using Picket.Core.Tracks;

namespace Picket.Web.Live;

/// <summary>One vessel's latest position on the live map, stamped with the board's version when it was set.</summary>
internal readonly record struct LivePosition(uint Mmsi, long Version, DateTimeOffset Time, double Lat, double Lon, double? Sog, double? Cog, int? Heading);

/// <summary>
/// The latest position of each vessel the watch has seen, for the live map. Every accepted fix replaces its vessel's
/// entry and takes the next version number, so a reader that remembers the last version it sent asks for what changed
/// since (<see cref="ChangedSince"/>): a reader that falls behind gets each vessel once, at its newest position, and the
/// positions it never saw were superseded, not queued. The vessels held are capped; beyond the cap the longest silent are
/// forgotten (counted). Written by the analysis thread, read by the stream connections: one lock, held briefly.
/// </summary>
internal sealed class LivePositionBoard(int capacity = LivePositionBoard.DefaultCapacity)
{
    public const int DefaultCapacity = 50_000;
    private readonly Lock _lock = new();
    private readonly Dictionary<uint, LivePosition> _latest = [];
    private long _version, _updates, _older, _invalid, _evicted;

    /// <summary>The version of the newest change (0 before any).</summary>
    public long Version { get { lock (_lock) return _version; } }

    public int Vessels { get { lock (_lock) return _latest.Count; } }

    /// <summary>Fixes taken onto the board.</summary>
    public long Updates => Interlocked.Read(ref _updates);

    /// <summary>Fixes older than the vessel's position on the board (a receiver's late copy), not taken.</summary>
    public long Older => Interlocked.Read(ref _older);

    /// <summary>Fixes whose position is not a place on Earth (AIS "not available" 91°/181° or garbage), not taken.</summary>
    public long Invalid => Interlocked.Read(ref _invalid);

    /// <summary>Vessels forgotten because the board was full.</summary>
    public long Evicted => Interlocked.Read(ref _evicted);

    public void Add(VesselFix fix)
    {
        // ITU-R M.1371-5 uses 91° and 181° for "not available"; the track builder refuses them too.
        if (!(fix.Lat is >= -90 and <= 90) || !(fix.Lon is >= -180 and <= 180))
        {
            Interlocked.Increment(ref _invalid);
            return;
        }
        uint mmsi = fix.Mmsi.Value;
        lock (_lock)
        {
            if (_latest.TryGetValue(mmsi, out var held) && held.Time > fix.Time)
            {
                _older++;
                return;
            }
            if (!_latest.ContainsKey(mmsi) && _latest.Count >= capacity) Evict();
            _latest[mmsi] = new LivePosition(mmsi, ++_version, fix.Time, fix.Lat, fix.Lon, fix.Sog, fix.Cog, fix.Heading);
            _updates++;
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> positions changed after <paramref name="version"/>, oldest change first, into
    /// <paramref name="into"/> (cleared); returns the version to ask from next time.
    /// </summary>
    public long ChangedSince(long version, int max, List<LivePosition> into)
    {
        into.Clear();
        lock (_lock)
        {
            if (version >= _version) return version;
            foreach (var p in _latest.Values)
                if (p.Version > version) into.Add(p);
        }
        into.Sort(static (a, b) => a.Version.CompareTo(b.Version));
        if (into.Count > max) into.RemoveRange(max, into.Count - max);
        return into.Count == 0 ? version : into[^1].Version;
    }

    // Under the lock. A tenth at a time, so a board at its cap does not scan all vessels for every new one.
    private void Evict()
    {
        int n = Math.Max(1, capacity / 10);
        foreach (var p in _latest.Values.OrderBy(p => p.Time).Take(n).ToList())
        {
            _latest.Remove(p.Mmsi);
            _evicted++;
        }
    }
}
