using System.Text;

namespace Picket.Testing.Live;

/// <summary>
/// Follows a file another process appends to (a watch's <c>alerts.jsonl</c> or <c>events.jsonl</c>), stamping each new
/// whole line with the wall time it was first seen. Polled (<see cref="Poll"/>), so a stamp is late by at most the
/// polling interval: latencies measured with it err on the long side.
/// </summary>
public sealed class WatchLatencyTail(string path)
{
    private readonly List<(DateTimeOffset Seen, string Line)> _lines = [];
    private readonly StringBuilder _partial = new();
    private readonly byte[] _buffer = new byte[1 << 16];
    private long _offset;

    /// <summary>The file.</summary>
    public string Path { get; } = path;

    /// <summary>Every whole line seen so far, in file order, with when it was seen.</summary>
    public IReadOnlyList<(DateTimeOffset Seen, string Line)> Lines => _lines;

    /// <summary>Reads what was appended since the last call; lines seen now are stamped with <paramref name="now"/>.</summary>
    public void Poll(DateTimeOffset now)
    {
        if (!File.Exists(Path)) return;
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (file.Length < _offset) return; // cut back (a resumed watch): not expected in a latency run
        file.Seek(_offset, SeekOrigin.Begin);
        int n;
        while ((n = file.Read(_buffer)) > 0)
        {
            _offset += n;
            // JSON Lines are UTF-8; a multi-byte character split across reads is rare enough to decode per read: the
            // lines this tail needs (ids, times) are ASCII.
            _partial.Append(Encoding.UTF8.GetString(_buffer, 0, n));
            var text = _partial.ToString();
            int start = 0, end;
            while ((end = text.IndexOf('\n', start)) >= 0)
            {
                if (end > start) _lines.Add((now, text[start..end]));
                start = end + 1;
            }
            _partial.Clear().Append(text, start, text.Length - start);
        }
    }
}
