using System.Text.Json;
using Picket.Core.GeoJson;

namespace Picket.Store.Queries;

/// <summary>Query results as JSON (times ISO 8601 UTC, positions in decimal degrees) and as GeoJSON (RFC 7946, through the one <see cref="GeoJsonWriter"/>).</summary>
public static class QueryJson
{
    /// <summary>Writes the vessels as one JSON array value: identities, positions, events, risk, list matches, companies.</summary>
    /// <param name="w">The writer, at a value position.</param>
    /// <param name="reports">What <see cref="VesselQuery.Find"/> returned.</param>
    public static void WriteVessels(Utf8JsonWriter w, IReadOnlyList<VesselReport> reports)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(reports);
        w.WriteStartArray();
        foreach (var v in reports)
        {
            w.WriteStartObject();
            w.WriteNumber("mmsi", v.Mmsi);
            w.WriteNumber("positions", v.Positions);
            Time(w, "first_seen", v.FirstSeen);
            Time(w, "last_seen", v.LastSeen);
            w.WriteStartArray("identities");
            foreach (var i in v.Identities)
            {
                w.WriteStartObject();
                Number(w, "imo", i.Imo);
                w.WriteString("name", i.Name);
                w.WriteString("call_sign", i.CallSign);
                Number(w, "ship_type", i.ShipType);
                Time(w, "first_seen", i.FirstSeen);
                Time(w, "last_seen", i.LastSeen);
                w.WriteNumber("reports", i.Reports);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("last_positions");
            foreach (var p in v.LastPositions) Position(w, p);
            w.WriteEndArray();
            Events(w, v.Events);
            w.WritePropertyName("voyages");
            Picket.Core.Voyages.VoyageJson.WriteArray(w, StoredVoyages.Of(v));
            Risk(w, v.Risk);
            ListMatches(w, v.ListMatches);
            CompanyQueryJson.VesselCompanies(w, v.Companies);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary><c>"risk": {"score", "high_risk", "factors": [{"practice", "points", "reason", "events": [ids]}]}</c>, or null if never assessed.</summary>
    internal static void Risk(Utf8JsonWriter w, StoredRisk? risk)
    {
        if (risk == null) { w.WriteNull("risk"); return; }
        w.WriteStartObject("risk");
        Number(w, "score", risk.Score);
        if (risk.HighRisk is { } high) w.WriteBoolean("high_risk", high); else w.WriteNull("high_risk");
        w.WriteStartArray("factors");
        foreach (var f in risk.Factors)
        {
            w.WriteStartObject();
            w.WriteString("practice", f.Practice);
            w.WriteNumber("points", f.Points);
            w.WriteString("reason", f.Reason);
            w.WriteStartArray("events");
            foreach (var id in f.EventIds) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>"list_matches"</c>, highest score first, each as <c>vessels.jsonl</c> writes it (list, id, name, matched_on, score) plus when it was screened.</summary>
    private static void ListMatches(Utf8JsonWriter w, IReadOnlyList<StoredListMatch> matches)
    {
        w.WriteStartArray("list_matches");
        foreach (var m in matches)
        {
            w.WriteStartObject();
            w.WriteString("list", m.ListSource);
            w.WriteString("id", m.EntryId);
            w.WriteString("name", m.EntryName);
            w.WriteString("matched_on", m.MatchedOn);
            Number(w, "score", m.Score);
            Time(w, "screened_at", m.ScreenedAt);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes the area query as one JSON object: its box and window, the vessels and the events.</summary>
    /// <param name="w">The writer, at a value position.</param>
    /// <param name="area">What <see cref="AreaQuery.Find"/> returned.</param>
    public static void WriteArea(Utf8JsonWriter w, AreaReport area)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(area);
        w.WriteStartObject();
        w.WriteStartArray("bbox");
        w.WriteNumberValue(area.Box.West); w.WriteNumberValue(area.Box.South); w.WriteNumberValue(area.Box.East); w.WriteNumberValue(area.Box.North);
        w.WriteEndArray();
        Time(w, "from", area.Window.From);
        Time(w, "to", area.Window.To);
        w.WriteBoolean("truncated", area.Truncated);
        w.WriteStartArray("vessels");
        foreach (var v in area.Vessels)
        {
            w.WriteStartObject();
            w.WriteNumber("mmsi", v.Mmsi);
            Number(w, "imo", v.Imo);
            w.WriteString("name", v.Name);
            w.WriteNumber("positions", v.Positions);
            Time(w, "first", v.First);
            Time(w, "last", v.Last);
            w.WriteNumber("last_lat", v.LastLatitude);
            w.WriteNumber("last_lon", v.LastLongitude);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Events(w, area.Events);
        w.WriteEndObject();
    }

    /// <summary>A FeatureCollection (the one <see cref="GeoJsonWriter"/>): per vessel a LineString of its recent track and a Point at its latest position; a Point per event.</summary>
    public static void WriteVesselsGeoJson(Utf8JsonWriter w, IReadOnlyList<VesselReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var geo = new GeoJsonWriter(w);
        foreach (var v in reports)
        {
            var fixes = v.LastPositions.Where(p => p.Latitude is { } lat && p.Longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon)).Reverse().ToList();
            if (fixes.Count >= 2)
            {
                geo.BeginFeature(GeoJsonGeometry.LineString);
                foreach (var p in fixes) geo.Position(p.Longitude!.Value, p.Latitude!.Value);
                var props = geo.BeginProperties();
                props.WriteNumber("mmsi", v.Mmsi);
                props.WriteString("kind", "track");
                geo.EndFeature();
            }
            if (fixes.Count >= 1)
            {
                var last = fixes[^1];
                geo.BeginFeature(GeoJsonGeometry.Point);
                geo.Position(last.Longitude!.Value, last.Latitude!.Value);
                var props = geo.BeginProperties();
                props.WriteNumber("mmsi", v.Mmsi);
                props.WriteString("kind", "last_position");
                props.WriteString("name", v.Identities.Count > 0 ? v.Identities[^1].Name : null);
                Time(props, "time", last.Time);
                geo.EndFeature();
            }
            EventFeatures(geo, v.Events);
        }
        geo.End();
    }

    /// <summary>A FeatureCollection (the one <see cref="GeoJsonWriter"/>): a Point per vessel at its last position in the box, a Point per event.</summary>
    /// <param name="w">The writer, at a value position.</param>
    /// <param name="area">What <see cref="AreaQuery.Find"/> returned.</param>
    public static void WriteAreaGeoJson(Utf8JsonWriter w, AreaReport area)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(area);
        var geo = new GeoJsonWriter(w);
        foreach (var v in area.Vessels.Where(v => double.IsFinite(v.LastLatitude) && double.IsFinite(v.LastLongitude)))
        {
            geo.BeginFeature(GeoJsonGeometry.Point);
            geo.Position(v.LastLongitude, v.LastLatitude);
            var props = geo.BeginProperties();
            props.WriteNumber("mmsi", v.Mmsi);
            props.WriteString("kind", "vessel");
            props.WriteString("name", v.Name);
            Number(props, "imo", v.Imo);
            props.WriteNumber("positions", v.Positions);
            Time(props, "first", v.First);
            Time(props, "last", v.Last);
            geo.EndFeature();
        }
        EventFeatures(geo, area.Events);
        geo.End();
    }

    private static void EventFeatures(GeoJsonWriter geo, IReadOnlyList<StoredEvent> events)
    {
        foreach (var e in events.Where(e => e.Latitude is { } lat && e.Longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon)))
        {
            geo.BeginFeature(GeoJsonGeometry.Point);
            geo.Position(e.Longitude!.Value, e.Latitude!.Value);
            var w = geo.BeginProperties();
            w.WriteString("kind", "event");
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            Time(w, "start", e.Start);
            Time(w, "end", e.End);
            Number(w, "mmsi", e.Mmsi);
            Number(w, "other_mmsi", e.OtherMmsi);
            geo.EndFeature();
        }
    }

    private static void Events(Utf8JsonWriter w, IReadOnlyList<StoredEvent> events)
    {
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            Time(w, "start", e.Start);
            Time(w, "end", e.End);
            if (e.Latitude is { } lat) w.WriteNumber("lat", lat);
            if (e.Longitude is { } lon) w.WriteNumber("lon", lon);
            if (e.VesselsJson != null) { w.WritePropertyName("vessels"); w.WriteRawValue(e.VesselsJson); }
            if (e.Confidence is { } c) w.WriteNumber("confidence", c);
            if (e.EvidenceJson != null) { w.WritePropertyName("evidence"); w.WriteRawValue(e.EvidenceJson); }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter w, StoredPosition p)
    {
        w.WriteStartObject();
        Time(w, "time", p.Time);
        if (p.Latitude is { } lat) w.WriteNumber("lat", lat);
        if (p.Longitude is { } lon) w.WriteNumber("lon", lon);
        if (p.Speed is { } s) w.WriteNumber("sog", Math.Round(s, 1));
        if (p.Course is { } c) w.WriteNumber("cog", Math.Round(c, 1));
        Number(w, "heading", p.Heading);
        Number(w, "status", p.Status);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void Time(Utf8JsonWriter w, string name, DateTime? t)
    {
        if (t is { } v) w.WriteString(name, DateTime.SpecifyKind(v, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }
}
