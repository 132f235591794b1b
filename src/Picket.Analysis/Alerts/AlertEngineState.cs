using System.Text;
using System.Text.Json;
using Picket.Core.Alerts;
using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Analysis.Alerts;

/// <summary>
/// The alert engine's state as one JSON document, saved beside the detectors' snapshot: the clock, each open alert's
/// last revision (in the alerts.jsonl layout) and whether it follows the detectors' open state, the finished ids still
/// remembered, and the vessels' facts. Restored together with the detectors' snapshot of the same moment, a restarted
/// watcher publishes exactly what an uninterrupted one would have from there on: nothing again, nothing lost.
/// A document of another format or version, or damaged, is refused whole.
/// </summary>
internal static class AlertEngineState
{
    private const string Format = "picket-alert-engine";
    private const int Version = 1;

    public static void Write(Stream stream, AlertBook book, VesselFacts facts, DateTimeOffset now, DateTimeOffset next)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteNumber("version", Version);
        w.WriteNumber("now_ticks", now.UtcTicks);
        w.WriteNumber("next_evaluation_ticks", next.UtcTicks);
        w.WriteStartArray("open");
        foreach (var (_, t) in book.Open.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteBoolean("from_progress", t.FromProgress);
            w.WritePropertyName("alert");
            JsonLinesAlertWriter.Write(w, t.Last);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("closed");
        foreach (var (id, at) in book.Closed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteNumber("at_ticks", at.UtcTicks);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("vessels");
        foreach (var (mmsi, type, imo, name, last) in facts.All())
        {
            w.WriteStartObject();
            w.WriteNumber("mmsi", mmsi.Value);
            w.WriteNumber("ship_type", type);
            if (imo is { } i)
                w.WriteNumber("imo", i);
            if (name is not null)
                w.WriteString("name", name);
            w.WriteNumber("last_ticks", last);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static bool TryRead(Stream stream, AlertBook book, VesselFacts facts, out DateTimeOffset now, out DateTimeOffset next)
    {
        ArgumentNullException.ThrowIfNull(stream);
        (now, next) = (default, default);
        var open = new List<(PicketAlert, bool)>();
        var closed = new List<(string, DateTimeOffset)>();
        var vessels = new List<(Mmsi, byte, int?, string?, long)>();
        try
        {
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 32 });
            var root = doc.RootElement;
            if (root.GetProperty("format").GetString() != Format || root.GetProperty("version").GetInt32() != Version)
                return false;
            now = new DateTimeOffset(root.GetProperty("now_ticks").GetInt64(), TimeSpan.Zero);
            next = new DateTimeOffset(root.GetProperty("next_evaluation_ticks").GetInt64(), TimeSpan.Zero);
            foreach (var o in root.GetProperty("open").EnumerateArray())
            {
                var raw = Encoding.UTF8.GetBytes(o.GetProperty("alert").GetRawText());
                if (JsonLinesAlertReader.Parse(raw, out _) is not { Evidence: not Evidence } alert)
                    return false; // an open alert whose evidence did not read back typed would publish a different body
                open.Add((alert, o.GetProperty("from_progress").GetBoolean()));
            }
            foreach (var c in root.GetProperty("closed").EnumerateArray())
                closed.Add((c.GetProperty("id").GetString()!, new DateTimeOffset(c.GetProperty("at_ticks").GetInt64(), TimeSpan.Zero)));
            foreach (var v in root.GetProperty("vessels").EnumerateArray())
                vessels.Add((new Mmsi(v.GetProperty("mmsi").GetUInt32() is var m and > 0 and <= Mmsi.MaxValue ? m : throw new FormatException("not an MMSI")), v.GetProperty("ship_type").GetByte(),
                    v.TryGetProperty("imo", out var imo) ? imo.GetInt32() : null,
                    v.TryGetProperty("name", out var name) ? name.GetString() : null, v.GetProperty("last_ticks").GetInt64()));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return false;
        }
        foreach (var (alert, fromProgress) in open)
            book.RestoreOpen(alert, fromProgress);
        foreach (var (id, at) in closed)
            book.RestoreClosed(id, at);
        foreach (var (mmsi, type, imo, name, last) in vessels)
            facts.Restore(mmsi, type, imo, name, last);
        return true;
    }
}
