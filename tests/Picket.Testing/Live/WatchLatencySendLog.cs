using System.Globalization;

namespace Picket.Testing.Live;

/// <summary>
/// What <c>picket replay --send-log</c> wrote: after each write to a client, the lines sent to it so far and the wall
/// time. The wall time a given line (0-based, in the order the replayer sends non-empty lines) left the feed is that
/// of the first write whose count passes it.
/// </summary>
public sealed class WatchLatencySendLog
{
    private readonly long[] _lines;
    private readonly DateTimeOffset[] _at;

    private WatchLatencySendLog(long[] lines, DateTimeOffset[] at, int clients)
    {
        _lines = lines;
        _at = at;
        Clients = clients;
    }

    /// <summary>Clients the replayer served (a watch that reconnected makes more than one; the first is used).</summary>
    public int Clients { get; }

    /// <summary>Lines sent to the first client.</summary>
    public long LinesSent => _lines.Length == 0 ? 0 : _lines[^1];

    /// <summary>When the first and the last write to the first client completed.</summary>
    public (DateTimeOffset First, DateTimeOffset Last) Span => _at.Length == 0 ? default : (_at[0], _at[^1]);

    public static WatchLatencySendLog Read(string path)
    {
        var lines = new List<long>();
        var at = new List<DateTimeOffset>();
        var clients = new HashSet<long>();
        foreach (var row in File.ReadLines(path))
        {
            var parts = row.Split('\t');
            if (parts.Length != 3 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out long client)
                || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out long count)
                || !double.TryParse(parts[2], CultureInfo.InvariantCulture, out double ms)) continue;
            clients.Add(client);
            if (client != 1) continue;
            lines.Add(count);
            at.Add(DateTimeOffset.UnixEpoch.AddTicks((long)(ms * TimeSpan.TicksPerMillisecond)));
        }
        return new WatchLatencySendLog([.. lines], [.. at], clients.Count);
    }

    /// <summary>When line <paramref name="index"/> (0-based) was written to the first client; null if it never was.</summary>
    public DateTimeOffset? SentAt(long index)
    {
        int lo = 0, hi = _lines.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_lines[mid] > index) hi = mid;
            else lo = mid + 1;
        }
        return lo < _lines.Length ? _at[lo] : null;
    }
}
