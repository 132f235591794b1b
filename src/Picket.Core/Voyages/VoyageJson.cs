using System.Text.Json;

namespace Picket.Core.Voyages;

/// <summary>
/// The one JSON shape of a hull's voyages, used by <c>vessels.jsonl</c> (key <c>voyages</c>) and the query commands:
/// an array of <c>{from, to, open, departure, arrival, hours, dark_hours, gaps, meetings, loitering, declared, eta,
/// destination_mismatch, departure_draught, arrival_draught, excess_hours}</c>. <c>from</c>/<c>to</c> are the port calls
/// (<c>{port, locode, country, event}</c>) or null where the voyage began before the input or had not ended by its end.
/// </summary>
public static class VoyageJson
{
    /// <summary>Writes <paramref name="voyages"/> as one JSON array at the writer's current position.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteArray(Utf8JsonWriter w, IReadOnlyList<Voyage> voyages)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(voyages);
        w.WriteStartArray();
        foreach (var v in voyages) Write(w, v);
        w.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter w, Voyage v)
    {
        w.WriteStartObject();
        Call(w, "from", v.From);
        Call(w, "to", v.To);
        w.WriteBoolean("open", v.IsOpen);
        w.WriteString("departure", v.Departure.UtcDateTime);
        w.WriteString("arrival", v.Arrival.UtcDateTime);
        w.WriteNumber("hours", Math.Round((v.Arrival - v.Departure).TotalHours, 2));
        w.WriteNumber("dark_hours", Math.Round(v.Dark.TotalHours, 2));
        w.WriteStartArray("gaps");
        foreach (var g in v.Gaps) w.WriteStringValue(g.EventId);
        w.WriteEndArray();
        w.WriteStartArray("meetings");
        foreach (var m in v.Meetings)
        {
            w.WriteStartObject();
            w.WriteString("event", m.EventId);
            w.WriteNumber("partner_mmsi", m.Partner.Value);
            w.WriteBoolean("partner_dark", m.PartnerDark);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("loitering");
        foreach (var l in v.Loitering) w.WriteStringValue(l.EventId);
        w.WriteEndArray();
        w.WriteStartArray("declared");
        foreach (var d in v.Declared)
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            if (d.Port is { } p) { w.WriteString("port", p.Name); w.WriteString("locode", p.Locode); }
            w.WriteString("match", d.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (v.DeclaredEta is { } eta) w.WriteString("eta", eta.UtcDateTime);
        w.WriteBoolean("destination_mismatch", v.DestinationMismatch);
        Draught(w, "departure_draught", v.DepartureDraught);
        Draught(w, "arrival_draught", v.ArrivalDraught);
        if (v.ExcessHours is { } x) w.WriteNumber("excess_hours", Math.Round(x, 1));
        w.WriteEndObject();
    }

    private static void Call(Utf8JsonWriter w, string key, CallRecord? c)
    {
        if (c is not { } call) { w.WriteNull(key); return; }
        w.WriteStartObject(key);
        w.WriteString("port", call.Port.Name);
        w.WriteString("locode", call.Port.Locode);
        w.WriteString("country", call.Port.Country);
        w.WriteString("event", call.EventId);
        w.WriteEndObject();
    }

    private static void Draught(Utf8JsonWriter w, string key, VoyageDraught d)
    {
        if (d.Metres is not { } m) { w.WriteNull(key); return; }
        w.WriteStartObject(key);
        w.WriteNumber("m", Math.Round(m, 1));
        w.WriteString("load", d.Load.ToString().ToLowerInvariant());
        if (d.TypedLate) w.WriteBoolean("typed_late", true);
        w.WriteEndObject();
    }
}
