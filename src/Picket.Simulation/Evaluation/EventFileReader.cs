using System.Globalization;
using System.Text.Json;

namespace Picket.Simulation.Evaluation;

/// <summary>
/// Reads an events file (JSON Lines, ARCHITECTURE.md §Event format) for scoring. Lines that are not an event object
/// with a type, start, end and at least one vessel MMSI are counted as bad, never thrown; blank lines are skipped.
/// </summary>
public static class EventFileReader
{
    public sealed class Result
    {
        public List<ScoredEvent> Events { get; } = [];
        public int BadLines { get; internal set; }
        public string? FirstProblem { get; internal set; }
    }

    public static Result Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new Result();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string? problem = TryParse(line, lineNumber, out var e);
            if (e != null) result.Events.Add(e);
            else
            {
                result.BadLines++;
                result.FirstProblem ??= $"line {lineNumber}: {problem}";
            }
        }
        return result;
    }

    public static Result Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static string? TryParse(string line, int lineNumber, out ScoredEvent? e)
    {
        e = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not a JSON object";
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String) return "no type";
            if (!TryTime(root, "start", out var start) || !TryTime(root, "end", out var end)) return "no valid start/end time";
            if (!root.TryGetProperty("vessels", out var vessels) || vessels.ValueKind != JsonValueKind.Array) return "no vessels";
            var mmsis = new List<uint>();
            foreach (var v in vessels.EnumerateArray())
                if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("mmsi", out var m) && m.TryGetUInt32(out uint mmsi)) mmsis.Add(mmsi);
            if (mmsis.Count == 0) return "no vessel MMSI";
            string id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : $"line-{lineNumber}";
            bool observable = true;
            string? scenario = null;
            if (root.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.Object)
            {
                if (ev.TryGetProperty("observable", out var o) && o.ValueKind == JsonValueKind.False) observable = false;
                if (ev.TryGetProperty("scenario", out var s) && s.ValueKind == JsonValueKind.String) scenario = s.GetString();
            }
            if (end < start) (start, end) = (end, start);
            var links = new List<ScoredLink>();
            if (root.TryGetProperty("evidence", out var ev2) && ev2.ValueKind == JsonValueKind.Object && ev2.TryGetProperty("links", out var ls) && ls.ValueKind == JsonValueKind.Object)
                foreach (var link in ls.EnumerateObject())
                    if (ReadLink(link.Name, link.Value) is { } l) links.Add(l);
            e = new ScoredEvent(id, type.GetString()!, start, end, mmsis, observable, scenario) { Links = links };
            return null;
        }
        catch (JsonException ex)
        {
            return "not JSON: " + ex.Message;
        }
    }

    /// <summary>A chain link object; one without a type, valid times and a hull is skipped (the chain then lacks it and cannot match).</summary>
    private static ScoredLink? ReadLink(string role, JsonElement l)
    {
        if (l.ValueKind != JsonValueKind.Object || !l.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String) return null;
        if (!TryTime(l, "start", out var s) || !TryTime(l, "end", out var e)) return null;
        if (!l.TryGetProperty("mmsi", out var m) || !m.TryGetUInt32(out uint mmsi)) return null;
        string? locode = l.TryGetProperty("locode", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        uint? partner = l.TryGetProperty("partner_mmsi", out var p) && p.TryGetUInt32(out uint pm) ? pm : null;
        return new ScoredLink(role, t.GetString()!, s, e, mmsi, locode, partner);
    }

    private static bool TryTime(JsonElement root, string name, out DateTimeOffset time)
    {
        time = default;
        return root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(el.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }
}
