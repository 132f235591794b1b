using System.Text.Json;
using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>
/// Open evidence: an ordered bag of keys for producers that have no typed record (the simulator's truth) and for
/// evidence read back from a file that does not have its event type's shape. The detectors write typed records
/// (<see cref="EncounterEvidence"/>…); the engine never reads a bag by key. Values are limited to what the writer
/// knows (numbers, text, times, positions, lists of text, nested <see cref="Evidence"/>).
/// </summary>
public sealed record Evidence : EventEvidence
{
    private readonly List<KeyValuePair<string, object?>> _items = [];

    /// <summary>The keys and values in the order they were added, which is the order they are written.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Items => _items;

    /// <summary>The value under <paramref name="key"/>, or null when absent (also for a key whose value is null).</summary>
    public object? this[string key] => _items.FirstOrDefault(kv => kv.Key == key).Value;

    /// <summary>Whether <paramref name="key"/> has been added.</summary>
    public bool ContainsKey(string key) => _items.Exists(kv => kv.Key == key);

    /// <summary>Adds a number, rounded to 6 decimals as every evidence number is. Each Add returns this bag for chaining.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, double value) => Put(key, Math.Round(value, 6));
    /// <summary>Adds an integer.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, long value) => Put(key, value);
    /// <summary>Adds an integer, or JSON null.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, long? value) => Put(key, value);
    /// <summary>Adds a text, or JSON null.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, string? value) => Put(key, value);
    /// <summary>Adds a Boolean.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, bool value) => Put(key, value);
    /// <summary>Adds a time, written as ISO 8601 UTC with a 'Z'.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, DateTimeOffset value) => Put(key, value);
    /// <summary>Adds a position, written as <c>{"lat":…,"lon":…}</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, GeoPoint value) => Put(key, value);
    /// <summary>Adds a nested object.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, Evidence value) => Put(key, value);
    /// <summary>Adds a list of texts, written as a JSON array.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> was already added.</exception>
    public Evidence Add(string key, IReadOnlyList<string> value) => Put(key, value);

    private Evidence Put(string key, object? value)
    {
        if (ContainsKey(key))
            throw new ArgumentException($"Evidence key '{key}' added twice.", nameof(key));
        _items.Add(new(key, value));
        return this;
    }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        foreach (var (key, value) in _items)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case long l: w.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
            case double: w.WriteNullValue(); break; // JSON has no infinity; null means "unbounded" here.
            case DateTimeOffset t: w.WriteStringValue(JsonLinesEventWriter.FormatTime(t)); break;
            case GeoPoint p:
                w.WriteStartObject();
                w.WriteNumber("lat", Math.Round(p.Lat, 6));
                w.WriteNumber("lon", Math.Round(p.Lon, 6));
                w.WriteEndObject();
                break;
            case Evidence nested: nested.WriteTo(w); break;
            case IReadOnlyList<string> list:
                w.WriteStartArray();
                foreach (var item in list)
                    w.WriteStringValue(item);
                w.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"Evidence value of type {value.GetType()} is not serialisable.");
        }
    }

    /// <summary>
    /// The bag of a JSON object read back from a file, keys and order kept: integers as long, other numbers as double,
    /// lists of text as lists, objects as nested bags; anything else (mixed lists) is kept as its JSON text.
    /// </summary>
    internal static Evidence FromJson(JsonElement obj)
    {
        var bag = new Evidence();
        if (obj.ValueKind != JsonValueKind.Object)
            return bag;
        foreach (var p in obj.EnumerateObject())
        {
            if (bag.ContainsKey(p.Name))
                continue; // a duplicate key in untrusted JSON: the first one wins
            bag._items.Add(new(p.Name, FromJsonValue(p.Value)));
        }
        return bag;
    }

    private static object? FromJsonValue(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when v.TryGetInt64(out var l) => l,
        JsonValueKind.Number when v.TryGetDouble(out var d) => d,
        JsonValueKind.Number => v.GetRawText(), // beyond double's range
        JsonValueKind.Object => FromJson(v),
        JsonValueKind.Array when v.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String) =>
            v.EnumerateArray().Select(i => i.GetString()!).ToList(),
        JsonValueKind.Array => v.GetRawText(),
        _ => null,
    };
}
