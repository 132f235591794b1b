using System.Globalization;

namespace Picket.Store.Queries;

/// <summary>Query results as aligned plain-text tables for a terminal.</summary>
public static class QueryText
{
    public static void Vessels(TextWriter w, IReadOnlyList<VesselReport> reports)
    {
        foreach (var v in reports)
        {
            w.WriteLine(F($"MMSI {v.Mmsi}: {v.Positions:N0} positions, {T(v.FirstSeen)} .. {T(v.LastSeen)}"));
            w.WriteLine("  identity history:");
            Table(w, ["imo", "name", "call sign", "type", "first seen", "last seen", "reports"],
                v.Identities.Select(i => new[] { S(i.Imo), i.Name ?? "", i.CallSign ?? "", S(i.ShipType), T(i.FirstSeen), T(i.LastSeen), F($"{i.Reports:N0}") }));
            w.WriteLine("  latest positions:");
            Table(w, ["time", "lat", "lon", "sog", "cog", "heading", "status"],
                v.LastPositions.Select(p => new[] { T(p.Time), D(p.Latitude, "F5"), D(p.Longitude, "F5"), D(p.Speed, "F1"), D(p.Course, "F1"), S(p.Heading), S(p.Status) }));
            w.WriteLine(F($"  events: {v.Events.Count}"));
            Events(w, v.Events);
            w.WriteLine();
        }
    }

    public static void Area(TextWriter w, AreaReport a)
    {
        w.WriteLine(F($"box {a.Box.West},{a.Box.South},{a.Box.East},{a.Box.North}, {T(a.Window.From)} .. {T(a.Window.To)}: {a.Vessels.Count}{(a.Truncated ? "+" : "")} vessels, {a.Events.Count} events"));
        Table(w, ["mmsi", "imo", "name", "positions", "first", "last", "last lat", "last lon"],
            a.Vessels.Select(v => new[] { F($"{v.Mmsi}"), S(v.Imo), v.Name ?? "", F($"{v.Positions:N0}"), T(v.First), T(v.Last), D(v.LastLatitude, "F5"), D(v.LastLongitude, "F5") }));
        Events(w, a.Events);
    }

    private static void Events(TextWriter w, IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0) return;
        Table(w, ["type", "start", "end", "lat", "lon", "mmsi", "other", "confidence"],
            events.Select(e => new[] { e.Type, T(e.Start), T(e.End), D(e.Latitude, "F4"), D(e.Longitude, "F4"), S(e.Mmsi), S(e.OtherMmsi), D(e.Confidence, "F2") }));
    }

    private static void Table(TextWriter w, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        if (all.Count == 1) { w.WriteLine("    (none)"); return; }
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var r in all) w.WriteLine("    " + string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    private static string S(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
    private static string D(double? v, string format) => v is { } x && !double.IsNaN(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "";
    private static string D(float? v, string format) => v is { } x && !float.IsNaN(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "";
    private static string T(DateTime? t) => t?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
