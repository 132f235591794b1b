using System.Buffers;
using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Store.Results;

/// <summary>
/// The <c>vessels</c> and <c>evidence</c> parts of an event exactly as <c>events.jsonl</c> has them: the event is
/// written by <see cref="JsonLinesEventWriter"/> and the two parts are cut out of its output, so the store and the
/// file can never disagree on the shape (one serialiser, not two).
/// </summary>
internal static class EventJson
{
    public static (string Vessels, string Evidence) Parts(PicketEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
            JsonLinesEventWriter.Write(w, e);
        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return (doc.RootElement.GetProperty("vessels").GetRawText(), doc.RootElement.GetProperty("evidence").GetRawText());
    }

    /// <summary>The <c>events</c> table's columns of one line of <c>events.jsonl</c>; false when the line is not an event.</summary>
    public static bool TryColumns(string line, out EventColumns columns)
    {
        columns = default;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("start", out var start) || !start.TryGetDateTimeOffset(out var startTime)
                || !root.TryGetProperty("vessels", out var vessels) || vessels.ValueKind != JsonValueKind.Array)
                return false;
            DateTime? end = root.TryGetProperty("end", out var e) && e.TryGetDateTimeOffset(out var endTime) ? endTime.UtcDateTime : null;
            int? Mmsi(int i) => vessels.GetArrayLength() > i && vessels[i].ValueKind == JsonValueKind.Object
                && vessels[i].TryGetProperty("mmsi", out var m) && m.TryGetInt32(out int v) ? v : null;
            double? Number(string name) => root.TryGetProperty(name, out var x) && x.TryGetDouble(out double d) ? d : null;
            columns = new EventColumns(id.GetString()!, type.GetString()!, startTime.UtcDateTime, end, Number("lat"), Number("lon"),
                Mmsi(0), Mmsi(1), Number("confidence"), vessels.GetRawText(),
                root.TryGetProperty("evidence", out var ev) ? ev.GetRawText() : "{}");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>One row of the <c>events</c> table.</summary>
internal readonly record struct EventColumns(string Id, string Type, DateTime Start, DateTime? End, double? Lat, double? Lon,
    int? Mmsi, int? OtherMmsi, double? Confidence, string Vessels, string Evidence);
