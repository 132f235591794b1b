using System.Text.Json;

namespace Picket.Reporting.Alerts;

/// <summary>
/// How far one target has taken an alert log: the byte offset after the last line it has (<see cref="Offset"/>), and the
/// delivery ids it already has beyond that offset (<see cref="Skip"/>). Those arise when the watch restarts from a
/// checkpoint older than the delivery: the log is cut back to the checkpoint and the same revisions are written again,
/// and they must not be sent twice. Kept in a small JSON file written whole to a temporary name and renamed (POSIX
/// rename(2) is atomic), so a kill leaves the old cursor or the new one.
/// </summary>
public sealed record AlertLogCursor(long Offset, IReadOnlyList<string> Skip)
{
    /// <summary>Delivery ids kept in <see cref="Skip"/> at most: a cut-back tail is one checkpoint interval of alerts.</summary>
    public const int MaxSkip = 100_000;

    /// <summary>The start of a log.</summary>
    public static AlertLogCursor Start { get; } = new(0, []);

    /// <summary>The cursor in <paramref name="path"/>; <see cref="Start"/> when there is none; null with <paramref name="problem"/> when the file is not a cursor.</summary>
    public static AlertLogCursor? Read(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
            return Start;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 4 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("offset", out var o) || !o.TryGetInt64(out var offset) || offset < 0)
            {
                problem = $"{path} is not a delivery cursor (no offset)";
                return null;
            }
            var skip = new List<string>();
            if (root.TryGetProperty("skip", out var s) && s.ValueKind == JsonValueKind.Array)
                foreach (var id in s.EnumerateArray())
                    if (id.ValueKind == JsonValueKind.String && skip.Count < MaxSkip)
                        skip.Add(id.GetString()!);
            return new AlertLogCursor(offset, skip);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = $"{path} is not a delivery cursor ({e.Message})";
            return null;
        }
    }

    /// <summary>Writes the cursor to <paramref name="path"/> atomically and durably (flushed to disk before the rename).</summary>
    /// <exception cref="IOException">The directory cannot be written.</exception>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var tmp = path + ".tmp";
        using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var w = new Utf8JsonWriter(f))
            {
                w.WriteStartObject();
                w.WriteNumber("offset", Offset);
                w.WriteStartArray("skip");
                foreach (var id in Skip)
                    w.WriteStringValue(id);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            f.Flush(flushToDisk: true);
        }
        File.Move(tmp, path, overwrite: true);
    }
}
