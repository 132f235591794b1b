using System.Globalization;

namespace Picket.Store.Queries;

/// <summary>
/// Query results as aligned plain-text tables for a terminal. Names, reasons and list entries are untrusted (anyone can
/// broadcast any name), so every cell has its control and Unicode format characters (ESC, U+202E …) replaced by U+FFFD:
/// a vessel name must not move the cursor, recolour or reverse the screen.
/// </summary>
public static class QueryText
{
    /// <summary>Writes each vessel's identities, recent positions, events, risk and list matches as terminal text.</summary>
    /// <param name="w">The terminal or file to write to.</param>
    /// <param name="reports">What <see cref="VesselQuery.Find"/> returned.</param>
    public static void Vessels(TextWriter w, IReadOnlyList<VesselReport> reports)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(reports);
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
            Voyages(w, StoredVoyages.Of(v));
            Risk(w, v.Risk);
            w.WriteLine(F($"  list matches: {v.ListMatches.Count}"));
            if (v.ListMatches.Count > 0)
                Table(w, ["score", "list", "entry", "entry name", "matched on"],
                    v.ListMatches.Select(m => new[] { D(m.Score, "F2"), m.ListSource, m.EntryId, m.EntryName ?? "", m.MatchedOn ?? "" }));
            CompanyQueryText.VesselCompanies(w, v.Companies);
            w.WriteLine();
        }
    }

    /// <summary>Writes the area query's vessels and events as terminal text.</summary>
    /// <param name="w">The terminal or file to write to.</param>
    /// <param name="a">What <see cref="AreaQuery.Find"/> returned.</param>
    public static void Area(TextWriter w, AreaReport a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteLine(F($"box {a.Box.West},{a.Box.South},{a.Box.East},{a.Box.North}, {T(a.Window.From)} .. {T(a.Window.To)}: {a.Vessels.Count}{(a.Truncated ? "+" : "")} vessels, {a.Events.Count} events"));
        Table(w, ["mmsi", "imo", "name", "positions", "first", "last", "last lat", "last lon"],
            a.Vessels.Select(v => new[] { F($"{v.Mmsi}"), S(v.Imo), v.Name ?? "", F($"{v.Positions:N0}"), T(v.First), T(v.Last), D(v.LastLatitude, "F5"), D(v.LastLongitude, "F5") }));
        Events(w, a.Events);
    }

    /// <summary>The voyages rebuilt from the stored events, port call to port call.</summary>
    private static void Voyages(TextWriter w, IReadOnlyList<Picket.Core.Voyages.Voyage> voyages)
    {
        w.WriteLine(F($"  voyages: {voyages.Count}"));
        if (voyages.Count > 0)
            Table(w, ["from", "to", "departed", "arrived", "hours", "dark h", "gaps", "meetings"],
                voyages.Select(v => new[] { v.FromPort?.Name ?? "(before)", v.ToPort?.Name ?? "(at sea)", T(v.Departure.UtcDateTime), v.IsOpen ? "" : T(v.Arrival.UtcDateTime),
                    D((v.Arrival - v.Departure).TotalHours, "0.#"), D(v.Dark.TotalHours, "0.#"), F($"{v.Gaps.Count}"), F($"{v.Meetings.Count}") }));
    }

    /// <summary>"risk 85 (high)" and a line per factor, or "risk: not assessed".</summary>
    internal static void Risk(TextWriter w, StoredRisk? risk)
    {
        if (risk == null) { w.WriteLine("  risk: not assessed"); return; }
        string level = risk.HighRisk switch { true => " (high)", false => " (not high)", null => "" };
        w.WriteLine(F($"  risk {D(risk.Score, "0.#")}{level}"));
        if (risk.Factors.Count > 0)
            Table(w, ["points", "practice", "reason", "events"],
                risk.Factors.Select(f => new[] { f.Points.ToString("0.##", CultureInfo.InvariantCulture), f.Practice, f.Reason, string.Join(", ", f.EventIds) }));
    }

    internal static void Events(TextWriter w, IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0) return;
        Table(w, ["type", "start", "end", "lat", "lon", "mmsi", "other", "confidence"],
            events.Select(e => new[] { e.Type, T(e.Start), T(e.End), D(e.Latitude, "F4"), D(e.Longitude, "F4"), S(e.Mmsi), S(e.OtherMmsi), D(e.Confidence, "F2") }));
    }

    internal static void Table(TextWriter w, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).Select(r => r.Select(Printable).ToArray()).ToList();
        if (all.Count == 1) { w.WriteLine("    (none)"); return; }
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var r in all) w.WriteLine("    " + string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }

    /// <summary><paramref name="text"/> with C0/C1 controls and Unicode format characters as U+FFFD (as the CLI's tables do).</summary>
    internal static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(Unsafe)) return text;
        return string.Create(text.Length, text, (span, t) =>
        {
            for (int i = 0; i < t.Length; i++) span[i] = Unsafe(t[i]) ? '\uFFFD' : t[i];
        });
    }

    private static bool Unsafe(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    private static string S(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
    private static string D(double? v, string format) => v is { } x && !double.IsNaN(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "";
    private static string D(float? v, string format) => v is { } x && !float.IsNaN(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "";
    private static string T(DateTime? t) => t?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
