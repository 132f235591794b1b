using System.Globalization;
using System.Text.Json;
using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>
/// Reads the typed fields of one evidence object from untrusted JSON. A required field that is missing or of the
/// wrong kind clears <see cref="Ok"/> and names itself in <see cref="Problem"/>; nothing throws. A null number reads
/// back as +∞, the value the writer wrote as null.
/// </summary>
internal sealed class EvidenceFields(JsonElement obj)
{
    public bool Ok { get; private set; } = obj.ValueKind == JsonValueKind.Object;
    public string? Problem { get; private set; } = obj.ValueKind == JsonValueKind.Object ? null : "evidence is not an object";

    public bool Has(string key) => Ok && obj.TryGetProperty(key, out _);

    private bool Fail(string key, string what)
    {
        if (Ok)
            Problem = $"evidence '{key}' {what}";
        Ok = false;
        return false;
    }

    private T Bad<T>(string key, string what, T value)
    {
        Fail(key, what);
        return value;
    }

    private bool Get(string key, out JsonElement value)
    {
        value = default;
        return Ok && (obj.TryGetProperty(key, out value) || Fail(key, "missing"));
    }

    public double Number(string key) => Get(key, out var v) ? AsNumber(key, v) ?? 0 : 0;

    public double? NullableNumber(string key) =>
        Get(key, out var v) ? v.ValueKind == JsonValueKind.Null ? null : AsNumber(key, v) : null;

    public double? OptionalNumber(string key) => Has(key) ? Number(key) : null;

    private double? AsNumber(string key, JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetDouble(out var d) => d,
        JsonValueKind.Null => double.PositiveInfinity,
        _ => Bad<double?>(key, "is not a number", null),
    };

    public long Long(string key) => Get(key, out var v) ? AsLong(key, v) ?? 0 : 0;

    public long? NullableLong(string key) =>
        Get(key, out var v) ? v.ValueKind == JsonValueKind.Null ? null : AsLong(key, v) : null;

    private long? AsLong(string key, JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var l) ? l : Bad<long?>(key, "is not an integer", null);

    public bool Bool(string key) => Get(key, out var v) && v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => Fail(key, "is not true or false"),
    };

    public bool? OptionalBool(string key) => Has(key) ? Bool(key) : null;

    public string? Text(string key) => Get(key, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null => null,
        _ => Bad<string?>(key, "is not text", null),
    } : null;

    public string RequiredText(string key) => Text(key) ?? (Ok ? Bad(key, "is null", "") : "");

    public string? OptionalText(string key) => Has(key) ? Text(key) : null;

    public DateTimeOffset Time(string key) => Get(key, out var v) ? AsTime(key, v) : default;

    public DateTimeOffset? OptionalTime(string key) => Has(key) ? Time(key) : null;

    private DateTimeOffset AsTime(string key, JsonElement v) =>
        v.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : Bad<DateTimeOffset>(key, "is not a time", default);

    public GeoPoint Position(string key) => Get(key, out var v) ? AsPosition(key, v) : default;

    public GeoPoint? OptionalPosition(string key) => Has(key) ? Position(key) : null;

    private GeoPoint AsPosition(string key, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("lat", out var lat) && v.TryGetProperty("lon", out var lon)
            && lat.TryDouble(out var la) && lon.TryDouble(out var lo) && GeoPoint.TryCreate(la, lo, out var p))
            return p;
        Fail(key, "is not a position");
        return default;
    }

    public EvidenceFix Fix(string key)
    {
        var inner = Object(key);
        if (inner is null)
            return default;
        var fix = new EvidenceFix(inner.Time("time"), inner.Position("position"));
        return Adopt(key, inner) ? fix : default;
    }

    public PortEvidence? OptionalPort(string key) => Has(key) ? Port(key) : null;

    public PortEvidence? Port(string key)
    {
        var p = Object(key);
        if (p is null)
            return null;
        var port = new PortEvidence(p.RequiredText("name"), p.Text("country"), p.Text("locode"), p.Bool("dprk"),
            p.OptionalNumber("distance_km"), p.OptionalText("source"), p.OptionalTime("last_seen"));
        return Adopt(key, p) ? port : null;
    }

    public IReadOnlyList<string> List(string key)
    {
        if (!Get(key, out var v))
            return [];
        if (v.ValueKind != JsonValueKind.Array)
            return Bad<IReadOnlyList<string>>(key, "is not a list", []);
        var items = new List<string>(v.GetArrayLength());
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                return Bad<IReadOnlyList<string>>(key, "holds a value that is not text", []);
            items.Add(item.GetString()!);
        }
        return items;
    }

    public IReadOnlyList<string>? OptionalList(string key) => Has(key) ? List(key) : null;

    /// <summary>The nested object under <paramref name="key"/>, or null (and not <see cref="Ok"/>) when there is none.</summary>
    public EvidenceFields? Object(string key)
    {
        if (!Get(key, out var v))
            return null;
        if (v.ValueKind != JsonValueKind.Object)
            return Bad<EvidenceFields?>(key, "is not an object", null);
        return new EvidenceFields(v);
    }

    /// <summary>Takes a nested reader's failure as this one's.</summary>
    public bool Adopt(string key, EvidenceFields inner)
    {
        if (!inner.Ok)
            Fail(key, "→ " + inner.Problem);
        return inner.Ok;
    }
}
