using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Events;

/// <summary>
/// Reads <c>events.jsonl</c> (the layout <see cref="JsonLinesEventWriter"/> writes) back into <see cref="PicketEvent"/>s
/// with typed evidence, streaming: one line in memory at a time, each at most <see cref="MaxLineBytes"/>. The file is
/// untrusted: a line that is not an event is counted with its reason (<see cref="BadLines"/>, <see cref="Problems"/>)
/// and skipped, never thrown; evidence without its type's shape is kept as an open <see cref="Evidence"/> bag and
/// counted in <see cref="UntypedEvidence"/>. Blank lines are skipped.
/// </summary>
public sealed class JsonLinesEventReader
{
    /// <summary>1 MiB: the longest event Picket writes is a few kilobytes.</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 16 };
    private readonly Dictionary<string, long> _problems = [];
    private readonly Stream _stream;

    /// <summary>A reader of <paramref name="stream"/> (UTF-8 JSON Lines) that skips, and counts, any line longer than <paramref name="maxLineBytes"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is below 16.</exception>
    public JsonLinesEventReader(Stream stream, int maxLineBytes = DefaultMaxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        _stream = stream;
        MaxLineBytes = maxLineBytes;
    }

    /// <summary>The longest line read, in bytes without the line feed; a longer line is a bad line. Bounds the memory one line can take.</summary>
    public int MaxLineBytes { get; }

    /// <summary>
    /// When false, a line without an id still reads, with id <c>line-N</c> (hand-written truth files); a store that
    /// upserts by id keeps the default, true.
    /// </summary>
    public bool RequireId { get; init; } = true;

    /// <summary>
    /// When false, evidence is always read as an open <see cref="Evidence"/> bag with every key the line has (a
    /// producer's own labels, such as the simulator truth's <c>observable</c> and <c>scenario</c>).
    /// </summary>
    public bool TypedEvidence { get; init; } = true;

    /// <summary>Lines read so far, blank ones included.</summary>
    public long Lines { get; private set; }
    /// <summary>Lines read back as events.</summary>
    public long Events { get; private set; }
    /// <summary>Lines skipped as not an event (invalid JSON or UTF-8, too long, a missing or bad field); reasons in <see cref="Problems"/>.</summary>
    public long BadLines { get; private set; }
    /// <summary>Events whose evidence did not have its type's shape and was kept as an open <see cref="Evidence"/> bag.</summary>
    public long UntypedEvidence { get; private set; }

    /// <summary>Why lines were skipped or evidence left untyped: reason → count.</summary>
    public IReadOnlyDictionary<string, long> Problems => _problems;

    /// <summary>The first bad line, as "line N: reason".</summary>
    public string? FirstProblem { get; private set; }

    /// <summary>The events, one line at a time. Enumerate once.</summary>
    public IEnumerable<PicketEvent> ReadAll()
    {
        var lines = new BoundedLineReader(_stream, MaxLineBytes);
        while (lines.TryRead(out var line, out var tooLong))
        {
            Lines = lines.LineNumber;
            if (tooLong)
            {
                Bad(lines.LineNumber, $"line longer than {MaxLineBytes} bytes");
                continue;
            }
            if (IsBlank(line.Span))
                continue;
            var e = Parse(line, lines.LineNumber);
            if (e is not null)
            {
                Events++;
                yield return e;
            }
        }
    }

    private PicketEvent? Parse(ReadOnlyMemory<byte> line, long lineNumber)
    {
        // System.Text.Json checks a string's UTF-8 only when the string is read (GetString throws
        // InvalidOperationException), so a line is checked whole first: RFC 8259 §8.1 requires UTF-8.
        if (!Utf8.IsValid(line.Span))
            return Bad(lineNumber, "not UTF-8");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException)
        {
            return Bad(lineNumber, "not JSON");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Bad(lineNumber, "not a JSON object");
            string id;
            if (root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String && idEl.GetString() is { Length: > 0 } s)
                id = s;
            else if (RequireId)
                return Bad(lineNumber, "no id");
            else
                id = string.Create(CultureInfo.InvariantCulture, $"line-{lineNumber}");
            if (!root.TryGetProperty("type", out var typeEl) || typeEl.ValueKind != JsonValueKind.String)
                return Bad(lineNumber, "no type");
            if (!EventTypeNames.TryParse(typeEl.GetString()!, out var type))
                return Bad(lineNumber, "unknown event type");
            if (!TryTime(root, "start", out var start) || !TryTime(root, "end", out var end))
                return Bad(lineNumber, "no valid start/end time");
            if (ReadVessels(root) is not { Count: > 0 } vessels)
                return Bad(lineNumber, "no vessel with a valid MMSI");
            GeoPoint? position = root.TryGetProperty("lat", out var lat) && root.TryGetProperty("lon", out var lon)
                && lat.TryDouble(out var la) && lon.TryDouble(out var lo) && GeoPoint.TryCreate(la, lo, out var p) ? p : null;
            var confidence = root.TryGetProperty("confidence", out var c) && c.TryDouble(out var cv) && double.IsFinite(cv) ? Math.Clamp(cv, 0, 1) : 0;
            var evidenceEl = root.TryGetProperty("evidence", out var ev) ? ev : default;
            string? problem = null;
            var evidence = TypedEvidence ? EvidenceReader.Read(type, evidenceEl, out problem) : Evidence.FromJson(evidenceEl);
            if (problem is not null)
            {
                UntypedEvidence++;
                Count("untyped evidence: " + problem);
            }
            return new PicketEvent(id, type, start, end, position, vessels, confidence, evidence);
        }
    }

    private static List<EventVessel>? ReadVessels(JsonElement root)
    {
        if (!root.TryGetProperty("vessels", out var arr) || arr.ValueKind != JsonValueKind.Array)
            return null;
        var vessels = new List<EventVessel>(2);
        foreach (var v in arr.EnumerateArray())
        {
            if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("mmsi", out var m) || !m.TryUInt32(out var mmsi) || mmsi > Mmsi.MaxValue)
                continue;
            int? imo = v.TryGetProperty("imo", out var i) && i.TryInt32(out var iv) ? iv : null;
            string? name = v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            vessels.Add(new EventVessel(new Mmsi(mmsi), imo, name));
        }
        return vessels;
    }

    private static bool TryTime(JsonElement root, string name, out DateTimeOffset time)
    {
        time = default;
        return root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(el.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                return false;
        return true;
    }

    private PicketEvent? Bad(long lineNumber, string reason)
    {
        BadLines++;
        Count(reason);
        FirstProblem ??= string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {reason}");
        return null;
    }

    private void Count(string reason) => _problems[reason] = _problems.GetValueOrDefault(reason) + 1;
}
