using System.Text.Json;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Store.Queries;

/// <summary>
/// A vessel's voyages rebuilt from what the store holds of it: its stored port calls, gaps, encounters and loitering
/// (with their evidence) and the span of its positions. The store keeps no declared draughts or destinations, so these
/// voyages carry no draught and no declared destination; <c>vessels.jsonl</c> of the analysis has them in full. An event
/// whose evidence cannot be read is left out, never guessed.
/// </summary>
public static class StoredVoyages
{
    /// <summary>The vessel's voyages, port call to port call, in time order.</summary>
    /// <param name="v">What <see cref="VesselQuery.Find"/> returned for the vessel.</param>
    /// <param name="ports">The ports to resolve calls against; null for <see cref="PortTable.Default"/>.</param>
    public static IReadOnlyList<Voyage> Of(VesselReport v, PortTable? ports = null)
    {
        ArgumentNullException.ThrowIfNull(v);
        var table = ports ?? PortTable.Default;
        var hull = new HullActivity(new Mmsi(v.Mmsi));
        if (v.FirstSeen is { } f) hull.Saw(Utc(f), Utc(f));
        if (v.LastSeen is { } l) hull.Saw(Utc(l), Utc(l));
        foreach (var e in v.Events)
        {
            var start = Utc(e.Start);
            var end = Utc(e.End ?? e.Start);
            using var doc = Parse(e.EvidenceJson);
            var ev = doc?.RootElement;
            switch (e.Type)
            {
                case "port_call" when e.Latitude is { } lat && e.Longitude is { } lon && table.Nearest(lat, lon, 1.0) is { } near:
                    bool exit = ev is { } x && x.TryGetProperty("exit_observed", out var eo) ? eo.ValueKind != JsonValueKind.False : true;
                    hull.Calls.Add(new CallRecord(e.Id, near.Port, start, end, exit));
                    break;
                case "gap" when e.Latitude is { } lat && e.Longitude is { } lon && ev is { } g && g.TryGetProperty("on", out var on) && Point(on, "position") is { } back:
                    hull.Gaps.Add(new DarkPeriod(e.Id, start, end, GeoPoint.Create(lat, lon), back, e.Confidence ?? 0));
                    break;
                case "encounter" when e.Latitude is { } lat && e.Longitude is { } lon:
                    uint? partner = e.Mmsi == (int)v.Mmsi ? (uint?)e.OtherMmsi : (uint?)e.Mmsi;
                    if (partner is { } p) hull.Meetings.Add(new MeetingRecord(e.Id, new Mmsi(p), start, end, GeoPoint.Create(lat, lon), false));
                    break;
                case "loitering" when e.Latitude is { } lat && e.Longitude is { } lon:
                    if (ev is { } lo && lo.TryGetProperty("possible_partner", out var pp) && pp.ValueKind == JsonValueKind.Object
                        && pp.TryGetProperty("mmsi", out var pm) && pm.TryGetUInt32(out uint dark))
                        hull.Meetings.Add(new MeetingRecord(e.Id, new Mmsi(dark), start, end, GeoPoint.Create(lat, lon), true));
                    else hull.Loitering.Add(new LoiterRecord(e.Id, start, end, GeoPoint.Create(lat, lon)));
                    break;
            }
        }
        return new VoyageBuilder().Build(hull);
    }

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    private static JsonDocument? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonDocument.Parse(json); }
        catch (JsonException) { return null; }
    }

    private static GeoPoint? Point(JsonElement parent, string key) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(key, out var p) && p.ValueKind == JsonValueKind.Object
        && p.TryGetProperty("lat", out var la) && la.TryGetDouble(out double lat) && p.TryGetProperty("lon", out var lo) && lo.TryGetDouble(out double lon)
        && GeoPoint.TryCreate(lat, lon, out var g) ? g : null;
}
