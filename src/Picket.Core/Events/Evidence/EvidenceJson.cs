using System.Text.Json;
using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>
/// The value encodings every evidence record shares, so typed records write exactly what the open
/// <see cref="Evidence"/> bag writes: numbers rounded to 6 decimals, a non-finite number as null (JSON has no
/// infinity; null means "unbounded"), times as ISO 8601 UTC with a 'Z', positions as {lat, lon}.
/// </summary>
internal static class EvidenceJson
{
    public static void Number(Utf8JsonWriter w, string key, double value)
    {
        var rounded = Math.Round(value, 6);
        if (double.IsFinite(rounded))
            w.WriteNumber(key, rounded);
        else
            w.WriteNull(key);
    }

    public static void Number(Utf8JsonWriter w, string key, double? value)
    {
        if (value is { } v)
            Number(w, key, v);
        else
            w.WriteNull(key);
    }

    public static void Long(Utf8JsonWriter w, string key, long? value)
    {
        if (value is { } v)
            w.WriteNumber(key, v);
        else
            w.WriteNull(key);
    }

    public static void Text(Utf8JsonWriter w, string key, string? value)
    {
        if (value is null)
            w.WriteNull(key);
        else
            w.WriteString(key, value);
    }

    public static void Time(Utf8JsonWriter w, string key, DateTimeOffset value) =>
        w.WriteString(key, JsonLinesEventWriter.FormatTime(value));

    public static void Position(Utf8JsonWriter w, string key, GeoPoint p)
    {
        w.WriteStartObject(key);
        w.WriteNumber("lat", Math.Round(p.Lat, 6));
        w.WriteNumber("lon", Math.Round(p.Lon, 6));
        w.WriteEndObject();
    }

    public static void Fix(Utf8JsonWriter w, string key, EvidenceFix fix)
    {
        w.WriteStartObject(key);
        Time(w, "time", fix.Time);
        Position(w, "position", fix.Position);
        w.WriteEndObject();
    }

    public static void Port(Utf8JsonWriter w, string key, PortEvidence port)
    {
        w.WriteStartObject(key);
        Text(w, "name", port.Name);
        Text(w, "country", port.Country);
        Text(w, "locode", port.Locode);
        w.WriteBoolean("dprk", port.Dprk);
        if (port.DistanceKm is { } km)
            Number(w, "distance_km", km);
        if (port.Source is { } source)
            w.WriteString("source", source);
        if (port.LastSeen is { } seen)
            Time(w, "last_seen", seen);
        w.WriteEndObject();
    }

    public static void List(Utf8JsonWriter w, string key, IReadOnlyList<string> items)
    {
        w.WriteStartArray(key);
        foreach (var item in items)
            w.WriteStringValue(item);
        w.WriteEndArray();
    }
}
