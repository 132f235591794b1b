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
}
