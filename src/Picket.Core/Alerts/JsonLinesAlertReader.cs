using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Alerts;

/// <summary>
/// Reads <c>alerts.jsonl</c> (what <see cref="JsonLinesAlertWriter"/> writes) back into <see cref="PicketAlert"/>s with
/// typed evidence, streaming, one line of at most <see cref="MaxLineBytes"/> in memory. The file is untrusted: a line
/// that is not an alert is counted with its reason (<see cref="Problems"/>) and skipped, never thrown.
/// </summary>
public sealed class JsonLinesAlertReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 16 };
    private readonly Dictionary<string, long> _problems = [];
    private readonly Stream _stream;

    /// <summary>A reader of <paramref name="stream"/> that skips, and counts, any line longer than <paramref name="maxLineBytes"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is below 16.</exception>
    public JsonLinesAlertReader(Stream stream, int maxLineBytes = JsonLinesEventReader.DefaultMaxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        _stream = stream;
        MaxLineBytes = maxLineBytes;
    }

    /// <summary>The longest line read, in bytes; a longer line is a bad line.</summary>
    public int MaxLineBytes { get; }

    /// <summary>Lines read back as alerts.</summary>
    public long Alerts { get; private set; }

    /// <summary>Lines skipped as not an alert; reasons in <see cref="Problems"/>.</summary>
    public long BadLines { get; private set; }

    /// <summary>Why lines were skipped: reason → count.</summary>
    public IReadOnlyDictionary<string, long> Problems => _problems;

    /// <summary>The alerts, one line at a time. Enumerate once.</summary>
    public IEnumerable<PicketAlert> ReadAll()
    {
        var lines = new BoundedLineReader(_stream, MaxLineBytes);
        while (lines.TryRead(out var line, out var tooLong))
        {
            if (tooLong)
            {
                Bad($"line longer than {MaxLineBytes} bytes");
                continue;
            }
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
                continue;
            if (Parse(line) is { } alert)
            {
                Alerts++;
                yield return alert;
            }
        }
    }

    /// <summary>Parses one alert line; null (with <paramref name="problem"/>) when it is not one.</summary>
    public static PicketAlert? Parse(ReadOnlyMemory<byte> line, out string? problem)
    {
        problem = null;
        if (!Utf8.IsValid(line.Span))
            return Fail("not UTF-8", out problem);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException)
        {
            return Fail("not JSON", out problem);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail("not a JSON object", out problem);
            if (Text(root, "id") is not { Length: > 0 } id || Text(root, "event_id") is not { Length: > 0 } eventId)
                return Fail("no id or event_id", out problem);
            if (!AlertRuleNames.TryParse(Text(root, "rule"), out var rule))
                return Fail("unknown rule", out problem);
            if (!AlertStateNames.TryParse(Text(root, "state"), out var state))
                return Fail("unknown state", out problem);
            if (Text(root, "event_type") is not { } typeName || !EventTypeNames.TryParse(typeName, out var type))
                return Fail("unknown event type", out problem);
            if (!Time(root, "start", out var start) || !Time(root, "end", out var end) || !Time(root, "time", out var time) || !Time(root, "raised", out var raised))
                return Fail("no valid start/end/time/raised", out problem);
            var revision = root.TryGetProperty("revision", out var rev) && rev.ValueKind == JsonValueKind.Number && rev.TryGetInt32(out var r) && r >= 0 ? r : 0;
            var vessels = Vessels(root);
            if (vessels.Count == 0)
                return Fail("no vessel with a valid MMSI", out problem);
            GeoPoint? position = root.TryGetProperty("lat", out var lat) && root.TryGetProperty("lon", out var lon)
                && lat.ValueKind == JsonValueKind.Number && lon.ValueKind == JsonValueKind.Number
                && GeoPoint.TryCreate(lat.GetDouble(), lon.GetDouble(), out var p) ? p : null;
            var evidence = EvidenceReader.Read(type, root.TryGetProperty("evidence", out var ev) ? ev : default, out _);
            return new PicketAlert(id, rule, state, revision, type, eventId, start, end, time, raised, position, vessels, Text(root, "reason") ?? "", evidence);
        }
    }

    private PicketAlert? Parse(ReadOnlyMemory<byte> line)
    {
        var alert = Parse(line, out var problem);
        if (problem is not null)
            Bad(problem);
        return alert;
    }

    private static List<EventVessel> Vessels(JsonElement root)
    {
        var vessels = new List<EventVessel>(2);
        if (!root.TryGetProperty("vessels", out var arr) || arr.ValueKind != JsonValueKind.Array)
            return vessels;
        foreach (var v in arr.EnumerateArray())
        {
            if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("mmsi", out var m) || m.ValueKind != JsonValueKind.Number
                || !m.TryGetUInt32(out var mmsi) || mmsi is 0 or > Mmsi.MaxValue)
                continue;
            int? imo = v.TryGetProperty("imo", out var i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var iv) ? iv : null;
            vessels.Add(new EventVessel(new Mmsi(mmsi), imo, Text(v, "name")));
        }
        return vessels;
    }

    private static string? Text(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Time(JsonElement root, string key, out DateTimeOffset time)
    {
        time = default;
        return Text(root, key) is { } s
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    private static PicketAlert? Fail(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }

    private void Bad(string reason)
    {
        BadLines++;
        _problems[reason] = _problems.GetValueOrDefault(reason) + 1;
    }
}
