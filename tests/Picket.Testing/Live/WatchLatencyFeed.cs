namespace Picket.Testing.Live;

/// <summary>What kind of sentence can carry a fact: a position report, a static report, or any sentence at all (the clock).</summary>
public enum FactSentenceKind
{
    Position,
    Static,
    Any,
}

/// <summary>
/// A question to the feed: the first sentence, in the order the replayer sends them, of <see cref="Kind"/> from one of
/// <see cref="Mmsis"/> (any vessel when empty) whose own time is at or after <see cref="At"/>.
/// </summary>
public sealed record FactSentenceQuery(DateTimeOffset At, IReadOnlyList<long> Mmsis, FactSentenceKind Kind)
{
    /// <summary>The answer: the sentence's 0-based line number among the non-empty lines, and its time; null when none.</summary>
    public (long Line, DateTimeOffset Time)? Found { get; set; }
}

/// <summary>
/// Answers <see cref="FactSentenceQuery"/>s in one pass over a recorded NMEA feed. A line's time is its IEC 61162-1 tag
/// block <c>c:</c> (UNIX seconds), or the last line's; the MMSI and message type are read from the AIS payload (ITU-R
/// M.1371-5: type in bits 0–5, MMSI in bits 8–37) of lines whose NMEA checksum holds; a multi-sentence message is
/// carried by its last sentence, with the MMSI of its first. Lines are counted as <c>picket replay</c> sends them:
/// every non-empty line.
/// </summary>
public static class WatchLatencyFeed
{
    public static void Answer(string feedPath, IReadOnlyList<FactSentenceQuery> queries)
    {
        var pending = queries.Where(q => q.Found == null).OrderBy(q => q.At).ToList();
        var active = new List<FactSentenceQuery>();
        var firstParts = new Dictionary<string, (long Mmsi, int Type)>(StringComparer.Ordinal);
        int next = 0;
        long line = -1, time = long.MinValue;
        foreach (var text in File.ReadLines(feedPath))
        {
            if (text.Length == 0) continue;
            line++;
            if (TagTime(text) is { } t) time = t;
            if (time == long.MinValue) continue;
            var now = DateTimeOffset.FromUnixTimeSeconds(time);
            while (next < pending.Count && pending[next].At <= now) active.Add(pending[next++]);
            if (active.Count == 0)
            {
                if (next == pending.Count) break;
                continue;
            }
            var message = Message(text, firstParts);
            for (int i = active.Count - 1; i >= 0; i--)
            {
                var q = active[i];
                bool kind = q.Kind == FactSentenceKind.Any
                    || (message is { } m && (q.Kind == FactSentenceKind.Position ? IsPosition(m.Type) : IsStatic(m.Type)));
                if (!kind || (q.Mmsis.Count > 0 && (message is not { } mm || !q.Mmsis.Contains(mm.Mmsi)))) continue;
                q.Found = (line, now);
                active.RemoveAt(i);
            }
        }
    }

    private static bool IsPosition(int type) => type is 1 or 2 or 3 or 18 or 19 or 27;

    private static bool IsStatic(int type) => type is 5 or 24;

    private static long? TagTime(string text)
    {
        if (text.Length < 2 || text[0] != '\\') return null;
        int end = text.IndexOf('\\', 1);
        if (end < 0) return null;
        foreach (var field in text[1..end].Split('*')[0].Split(','))
            if (field.StartsWith("c:", StringComparison.Ordinal) && long.TryParse(field.AsSpan(2), out long s))
                return s > 100_000_000_000 ? s / 1000 : s; // some receivers write milliseconds
        return null;
    }

    /// <summary>The message a line completes: its type and MMSI; null for a first fragment, a damaged line or no AIS.</summary>
    private static (int Type, long Mmsi)? Message(string text, Dictionary<string, (long Mmsi, int Type)> firstParts)
    {
        int bang = text.IndexOf('!');
        int star = bang < 0 ? -1 : text.IndexOf('*', bang);
        if (bang < 0 || star < 0 || star + 3 > text.Length) return null;
        int sum = 0;
        for (int i = bang + 1; i < star; i++) sum ^= text[i];
        if (!int.TryParse(text.AsSpan(star + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out int given) || given != sum) return null;
        var f = text[(bang + 1)..star].Split(',');
        if (f.Length < 7 || !int.TryParse(f[1], out int total) || !int.TryParse(f[2], out int number)) return null;
        string key = f[3] + "/" + f[4];
        if (total > 1 && number > 1)
        {
            if (number < total || !firstParts.Remove(key, out var first)) return null;
            return (first.Type, first.Mmsi);
        }
        var payload = f[5];
        if (payload.Length < 7) return null;
        long bits = 0;
        for (int i = 0; i < 7; i++)
        {
            int c = payload[i] - 48;
            if (c > 40) c -= 8;
            if (c is < 0 or > 63) return null;
            bits = (bits << 6) | (uint)c;
        }
        int type = (int)(bits >> 36);
        long mmsi = (bits >> 4) & 0x3FFF_FFFF;
        if (total > 1)
        {
            firstParts[key] = (mmsi, type);
            return null;
        }
        return (type, mmsi);
    }
}
