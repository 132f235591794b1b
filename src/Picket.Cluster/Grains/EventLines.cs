using System.Text;
using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Cluster.Grains;

/// <summary>Events across grain calls and storage in the event format itself (events.jsonl lines): one format to keep, read back by the library's reader.</summary>
internal static class EventLines
{
    public static string[] Write(IEnumerable<PicketEvent> events)
    {
        var lines = new List<string>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var e in events)
        {
            buffer.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(buffer))
                JsonLinesEventWriter.Write(w, e);
            lines.Add(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        return [.. lines];
    }

    public static List<PicketEvent> Read(IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines);
        var reader = new JsonLinesEventReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var events = reader.ReadAll().ToList();
        if (reader.BadLines > 0)
            throw new InvalidDataException($"{reader.BadLines} event lines from the grains could not be read back");
        return events;
    }
}
