using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>
/// The ordered facts an analyst checks for one event: a small JSON object. Values are limited to what the JSON
/// Lines writer knows (numbers, text, times, positions, lists of text, nested <see cref="Evidence"/>) so every
/// event serialises the same way. Keys are snake_case and documented with the detector that writes them.
/// </summary>
public sealed class Evidence
{
    private readonly List<KeyValuePair<string, object?>> _items = [];

    public IReadOnlyList<KeyValuePair<string, object?>> Items => _items;

    public object? this[string key] => _items.FirstOrDefault(kv => kv.Key == key).Value;

    public bool ContainsKey(string key) => _items.Exists(kv => kv.Key == key);

    public Evidence Add(string key, double value) => Put(key, Math.Round(value, 6));
    public Evidence Add(string key, long value) => Put(key, value);
    public Evidence Add(string key, long? value) => Put(key, value);
    public Evidence Add(string key, string? value) => Put(key, value);
    public Evidence Add(string key, bool value) => Put(key, value);
    public Evidence Add(string key, DateTimeOffset value) => Put(key, value);
    public Evidence Add(string key, GeoPoint value) => Put(key, value);
    public Evidence Add(string key, Evidence value) => Put(key, value);
    public Evidence Add(string key, IReadOnlyList<string> value) => Put(key, value);

    private Evidence Put(string key, object? value)
    {
        if (ContainsKey(key))
            throw new ArgumentException($"Evidence key '{key}' added twice.", nameof(key));
        _items.Add(new(key, value));
        return this;
    }
}
