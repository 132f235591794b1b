using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Reporting.Html;

/// <summary>
/// Renders an event's evidence as a nested definition list, from the same JSON <c>events.jsonl</c> holds (so the
/// report shows exactly the file's facts whatever the evidence type); every value is escaped.
/// </summary>
internal static class EvidenceHtml
{
    public static string Render(EventEvidence evidence)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
            evidence.WriteTo(w);
        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        var sb = new StringBuilder();
        Render(sb, doc.RootElement);
        return sb.ToString();
    }

    private static void Render(StringBuilder sb, JsonElement obj)
    {
        sb.Append("<dl class=\"evidence\">");
        foreach (var p in obj.EnumerateObject())
        {
            sb.Append("<dt>").Append(Html.E(p.Name)).Append("</dt><dd>");
            Value(sb, p.Value);
            sb.Append("</dd>");
        }
        sb.Append("</dl>");
    }

    private static void Value(StringBuilder sb, JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null: sb.Append('–'); break;
            case JsonValueKind.Object when IsPosition(v, out var lat, out var lon):
                sb.Append(Html.E(FormattableString.Invariant($"({lat:F5}, {lon:F5})")));
                break;
            case JsonValueKind.Object: Render(sb, v); break;
            case JsonValueKind.Number: sb.Append(v.TryGetDouble(out var d) ? Html.N(d) : Html.E(v.GetRawText())); break;
            case JsonValueKind.String when DateTimeOffset.TryParseExact(v.GetString(), ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t):
                sb.Append(Html.T(t));
                break;
            case JsonValueKind.String: sb.Append(Html.E(v.GetString()!)); break;
            case JsonValueKind.Array: sb.Append(Html.E(string.Join(", ", v.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText())))); break;
            case JsonValueKind.True: sb.Append("True"); break;
            case JsonValueKind.False: sb.Append("False"); break;
            default: sb.Append(Html.E(v.GetRawText())); break;
        }
    }

    private static bool IsPosition(JsonElement v, out double lat, out double lon)
    {
        lat = lon = 0;
        int n = 0;
        foreach (var _ in v.EnumerateObject())
            n++;
        return n == 2 && v.TryGetProperty("lat", out var a) && v.TryGetProperty("lon", out var b) && a.TryGetDouble(out lat) && b.TryGetDouble(out lon);
    }
}
