using System.Globalization;
using System.Text.Json;
using Picket.Ais.Csv;

namespace Picket.Reporting.Decoded;

/// <summary>
/// Writes a record of a CSV export (NOAA, DMA) as one JSON object with the field names the decoded-message JSON lines
/// use for NMEA (<c>mmsi</c>, <c>time</c>, <c>lat</c>, <c>lon</c>, <c>sog</c>…), <c>"type": null</c> (a CSV row is not one
/// AIS message) and <c>"source": "csv"</c>; absent values are <c>null</c>.
/// </summary>
public static class CsvRecordJsonWriter
{
    /// <summary>Writes <paramref name="record"/> as one object to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, CsvAisRecord record)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(record);
        var r = record;
        w.WriteStartObject();
        w.WriteNull("type");
        w.WriteNumber("mmsi", r.Mmsi);
        w.WriteString("time", r.Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteString("source", "csv");
        N(w, "lat", r.Latitude); N(w, "lon", r.Longitude); N(w, "sog", r.Speed); N(w, "cog", r.Course); N(w, "heading", r.Heading);
        N(w, "status", r.Status); N(w, "imo", r.Imo); S(w, "callsign", r.CallSign); S(w, "name", r.Name); N(w, "ship_type", r.ShipType);
        S(w, "ship_type_text", r.ShipTypeText); N(w, "length", r.Length); N(w, "width", r.Width); N(w, "draught", r.Draught);
        S(w, "destination", r.Destination); S(w, "class", r.TransceiverClass);
        w.WriteEndObject();
    }

    // A non-finite number has no JSON form: written as null, like an absent value.
    private static void N(Utf8JsonWriter w, string name, double? v) { if (v is double d && double.IsFinite(d)) w.WriteNumber(name, d); else w.WriteNull(name); }
    private static void N(Utf8JsonWriter w, string name, int? v) { if (v is int i) w.WriteNumber(name, i); else w.WriteNull(name); }
    private static void S(Utf8JsonWriter w, string name, string? v) { if (v == null) w.WriteNull(name); else w.WriteString(name, v); }
}
