using System.Text;
using Picket.Core.Assessment;
using Picket.Core.Events;

namespace Picket.Reporting.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained file (inline CSS and SVG, no script, no network) with a summary, the map,
/// a timeline per high-risk vessel, the cap table and chart, the events and vessels with their evidence, and how to
/// reproduce it. Every string from AIS or a list is HTML-escaped (<see cref="Html.E"/>).
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the whole report to <paramref name="output"/> in one piece.</summary>
    /// <param name="output">Receives the HTML document; left open.</param>
    /// <param name="model">What the report shows; its strings are treated as untrusted and escaped.</param>
    public static void Write(TextWriter output, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(model);
        var high = model.Vessels.Where(v => v.Risk.IsHighRisk).OrderByDescending(v => v.Risk.Score).ToList();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Html.E(model.Title)).Append("</title>");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").Append(Css).Append("</style></head><body>");
        sb.Append("<header><h1>").Append(Html.E(model.Title)).Append("</h1><p>Generated ").Append(Html.T(model.Generated)).Append(" by Picket from ")
          .Append(Html.E(string.Join(", ", model.Inputs))).Append(".</p></header>");

        sb.Append("<section id=\"summary\"><h2>Summary</h2><table class=\"kv\">");
        foreach (var (k, v) in model.Summary) sb.Append("<tr><th>").Append(Html.E(k)).Append("</th><td>").Append(Html.E(v)).Append("</td></tr>");
        sb.Append($"<tr><th>vessels</th><td>{model.Vessels.Count}</td></tr><tr><th>high-risk vessels</th><td>{high.Count}</td></tr><tr><th>events</th><td>{model.Events.Count}</td></tr>");
        foreach (var g in model.Events.GroupBy(e => e.Type).OrderBy(g => g.Key)) sb.Append("<tr><th>").Append(g.Key.ToWireName()).Append("</th><td>").Append(g.Count()).Append("</td></tr>");
        if (model.RoutinePortCalls > 0) sb.Append($"<tr><th>port_call outside the DPRK (in events.jsonl, not listed here)</th><td>{model.RoutinePortCalls:N0}</td></tr>");
        sb.Append("</table></section>");

        sb.Append("<section id=\"map-section\"><h2>Map</h2>").Append(SvgMap.Render(model))
          .Append("<p class=\"legend\"><span class=\"k high\"></span> high-risk track <span class=\"k track\"></span> other track <span class=\"k dprk\"></span> DPRK port <span class=\"k ev\"></span> event. Land: Natural Earth 1:50m.</p></section>");
        Flush(sb, output);

        sb.Append("<section id=\"high-risk\"><h2>High-risk vessels</h2>");
        if (high.Count == 0) sb.Append("<p>None at the threshold of ").Append(VesselRisk.HighRiskThreshold).Append(".</p>");
        foreach (var v in high)
        {
            sb.Append($"<article class=\"vessel\" data-mmsi=\"{v.Mmsi}\"><h3>").Append(Html.E(v.Name ?? "(no name)")).Append($" — MMSI {v.Mmsi}");
            if (v.Imo is int imo) sb.Append($", IMO {imo}");
            sb.Append(", flag ").Append(Html.E(v.Flag ?? "unknown")).Append($" — risk {Html.N(v.Risk.Score, "0")}</h3>");
            sb.Append(SvgTimeline.Render(v, model.Events)).Append(Factors(v.Risk)).Append("</article>");
            Flush(sb, output);
        }
        sb.Append("</section>");

        ChainsHtml.AppendChains(sb, model.Events);
        ChainsHtml.AppendVoyages(sb, high);
        sb.Append("<section id=\"cap\"><h2>Refined petroleum delivered to DPRK ports against the UN cap</h2>")
          .Append("<p>Deliveries are tanker calls at DPRK ports; barrels = cargo capacity × load (UNSCR 2397 OP5 cap: 500,000 bbl a year). Capacities from stated deadweight where known, else estimated from AIS dimensions. The second table is an independent estimate: the cargo implied by the tankers' draught rises at sea before the call (tonnes per cm immersion from length, beam and a block coefficient by ship type).</p>")
          .Append(CapTable(model.CapTable)).Append(SvgCapChart.Render(model.CapTable)).Append("</section>");

        var shown = EventsToShow(model.Events, high);
        sb.Append("<section id=\"events\"><h2>Events</h2>");
        if (model.RoutinePortCalls > 0)
            sb.Append($"<p class=\"note\">{model.RoutinePortCalls:N0} port calls outside the DPRK carry no risk and are not listed; they are in events.jsonl and in the events table of picket.duckdb.</p>");
        if (shown.Count < model.Events.Count)
            sb.Append($"<p class=\"note\">{shown.Count:N0} of {model.Events.Count:N0} events shown: those of high-risk vessels first, then calls at DPRK ports, events at sea and routine port calls. All of them are in events.jsonl and in the events table of picket.duckdb.</p>");
        sb.Append("<div class=\"scroll\"><table class=\"list\"><thead><tr><th>id</th><th>type</th><th>start</th><th>end</th><th>vessels</th><th>confidence</th><th>evidence</th></tr></thead><tbody>");
        foreach (var e in shown)
        {
            sb.Append("<tr id=\"").Append(Html.E(e.Id)).Append($"\" data-type=\"{e.Type.ToWireName()}\" data-mmsi=\"{string.Join(' ', e.Vessels.Select(v => v.Mmsi.Value))}\"><td>").Append(Html.E(e.Id)).Append("</td><td>").Append(e.Type.ToWireName()).Append("</td><td>")
              .Append(Html.T(e.Start)).Append("</td><td>").Append(Html.T(e.End)).Append("</td><td>")
              .Append(string.Join("<br>", e.Vessels.Select(v => $"{v.Mmsi.Value} {Html.E(v.Name)}"))).Append("</td><td>").Append(Html.N(e.Confidence, "0.00"))
              .Append("</td><td>").Append(EvidenceHtml.Render(e.Evidence)).Append("</td></tr>");
        }
        sb.Append("</tbody></table></div></section>");
        Flush(sb, output);

        var listed = model.Vessels.OrderByDescending(v => v.Risk.Score).ThenBy(v => v.Mmsi).Take(Math.Max(MaxVesselRows, high.Count)).ToList();
        sb.Append("<section id=\"vessels\"><h2>Vessels</h2>");
        if (listed.Count < model.Vessels.Count)
            sb.Append($"<p class=\"note\">The {listed.Count:N0} highest-scoring of {model.Vessels.Count:N0} vessels; all are in vessels.jsonl and in the vessel_risk table of picket.duckdb.</p>");
        sb.Append("<div class=\"scroll\"><table class=\"list\"><thead><tr><th>MMSI</th><th>name</th><th>IMO</th><th>flag</th><th>type</th><th>risk</th><th>why</th></tr></thead><tbody>");
        foreach (var v in listed)
        {
            sb.Append($"<tr class=\"{(v.Risk.IsHighRisk ? "high" : "")}\" data-mmsi=\"{v.Mmsi}\"><td>{v.Mmsi}</td><td>").Append(Html.E(v.Name)).Append("</td><td>").Append(v.Imo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
              .Append("</td><td>").Append(Html.E(v.Flag)).Append("</td><td>").Append(Html.E(v.ShipType)).Append("</td><td>").Append(Html.N(v.Risk.Score, "0")).Append("</td><td>")
              .Append(Factors(v.Risk)).Append("</td></tr>");
        }
        sb.Append("</tbody></table></div></section>");

        ListLeadsHtml.Append(sb, model.Vessels, MaxVesselRows);
        CompaniesHtml.Append(sb, model.Companies);
        sb.Append("<section id=\"reproduce\"><h2>How to reproduce</h2><pre>").Append(Html.E(model.Reproduce)).Append("</pre></section></body></html>");
        Flush(sb, output);
    }

    /// <summary>Rows of the events table; the report stays readable (and its writer's memory bounded) on a year of global AIS.</summary>
    public const int MaxEventRows = 1_000;

    /// <summary>Rows of the vessels table beyond the high-risk ones.</summary>
    public const int MaxVesselRows = 1_000;

    /// <summary>
    /// The events an analyst reads first, up to <see cref="MaxEventRows"/>: those of high-risk vessels, then calls at DPRK
    /// ports, then events at sea (anything but a port call) by confidence, then routine port calls. Shown in time order.
    /// </summary>
    private static List<PicketEvent> EventsToShow(IReadOnlyList<PicketEvent> events, List<ReportVessel> high)
    {
        if (events.Count <= MaxEventRows) return [.. events.OrderBy(e => e.Start)];
        var highMmsi = high.Select(v => v.Mmsi).ToHashSet();
        int Rank(PicketEvent e) =>
            e.Vessels.Any(v => highMmsi.Contains(v.Mmsi.Value)) ? 0 : e.Type != EventType.PortCall ? 2 : e.Evidence is PortCallEvidence { DprkPort: true } ? 1 : 3;
        return [.. events.OrderBy(Rank).ThenByDescending(e => e.Confidence).ThenBy(e => e.Start).Take(MaxEventRows).OrderBy(e => e.Start)];
    }

    /// <summary>Writes what is built so far and starts again, so the whole page is never held twice in memory.</summary>
    private static void Flush(StringBuilder sb, TextWriter output)
    {
        foreach (var chunk in sb.GetChunks()) output.Write(chunk.Span);
        sb.Clear();
    }

    private static string Factors(VesselRisk risk)
    {
        if (risk.Factors.Count == 0) return "";
        var sb = new StringBuilder("<ul class=\"factors\">");
        foreach (var f in risk.Factors)
        {
            sb.Append("<li>+").Append(Html.N(f.Points, "0.#")).Append(' ').Append(Html.E(f.Practice.ToString())).Append(": ").Append(Html.E(f.Reason));
            foreach (var id in f.EventIds) sb.Append(" <a href=\"#").Append(Html.E(id)).Append("\">").Append(Html.E(id)).Append("</a>");
            sb.Append("</li>");
        }
        return sb.Append("</ul>").ToString();
    }

    private static string CapTable(IReadOnlyList<CapYear> years)
    {
        var sb = new StringBuilder($"<table id=\"cap-table\" class=\"list\" data-cap-barrels=\"{CapAccounting.AnnualCapBarrels:0}\"><thead><tr><th>year</th><th>deliveries</th><th>capacity (bbl)</th>");
        foreach (var load in CapAccounting.LoadScenarios) sb.Append("<th>at ").Append(Html.N(load * 100, "0")).Append(" % load</th>");
        sb.Append("<th>officially reported</th></tr></thead><tbody>");
        foreach (var y in years)
        {
            sb.Append($"<tr data-year=\"{y.Year}\"><td>{y.Year}</td><td>{y.Deliveries}</td><td>{y.CapacityBarrels:N0}</td>");
            foreach (var (_, barrels, share) in y.Scenarios) sb.Append($"<td class=\"{(share > 1 ? "over" : "")}\">{barrels:N0} ({Html.N(share * 100, "0")} %)</td>");
            sb.Append("<td>").Append(y.ReportedBarrels is double r ? r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "–").Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
        // Beside the load scenarios, not in their table: a second, independent estimate with its range.
        sb.Append("<table id=\"cap-draught\" class=\"list\"><thead><tr><th>year</th><th>deliveries with an at-sea draught rise</th><th>cargo from draught, estimate (bbl)</th><th>range (bbl)</th></tr></thead><tbody>");
        foreach (var y in years)
            sb.Append($"<tr data-year=\"{y.Year}\"><td>{y.Year}</td><td>{y.DeliveriesWithDraught} of {y.Deliveries}</td>").Append(y.FromDraught is { } fd
                ? $"<td>≈ {Html.N(fd.Barrels, "N0")}</td><td>{Html.N(fd.Low, "N0")}–{Html.N(fd.High, "N0")}</td></tr>"
                : "<td>–</td><td>–</td></tr>");
        return sb.Append("</tbody></table>").ToString();
    }

    private const string Css = """
        body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:0 16px;color:#1b1f24}
        h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccd;margin-top:28px}h3{font-size:15px}
        svg{width:100%;height:auto;display:block}.sea{fill:#e8f1f8}.land path{fill:#d9d4c7;stroke:#b3ab98;stroke-width:.5}
        .track{fill:none;stroke:#8a94a6;stroke-width:1;opacity:.6}.track.high{stroke:#c62828;stroke-width:2;opacity:1}
        .port{fill:#37474f}.port.dprk{fill:#b71c1c}.ports text{font-size:11px;fill:#b71c1c}
        .event{fill:none;stroke:#e65100;stroke-width:2}.event.encounter{stroke:#6a1b9a}.event.gap{stroke:#455a64;stroke-dasharray:2}.chain{fill:none;stroke:#ad1457;stroke-width:2.5;stroke-dasharray:8 4}
        .timeline .sog{fill:none;stroke:#1565c0;stroke-width:1.2}.timeline .draught{fill:none;stroke:#2e7d32;stroke-width:1.5}
        .timeline .gap{fill:#90a4ae;opacity:.35}.timeline .mark{fill:#e65100}.timeline .mark.encounter{fill:#6a1b9a}.timeline text{font-size:10px;fill:#555}
        .bar.s0{fill:#90caf9}.bar.s1{fill:#42a5f5}.bar.s2{fill:#1e88e5}.bar.s3{fill:#0d47a1}.bar.reported{fill:#9e9e9e}.cap{stroke:#c62828;stroke-dasharray:6 4;stroke-width:2}
        .scroll{overflow-x:auto}.note{color:#555}td{overflow-wrap:anywhere}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ea;padding:3px 6px;text-align:left;vertical-align:top}
        table.kv{width:auto}td.over{color:#b71c1c;font-weight:600}tr.high td{background:#fff3f3}
        dl.evidence{margin:0;display:grid;grid-template-columns:max-content auto;gap:0 8px;font-size:12px}dl.evidence dt{color:#555}dl.evidence dd{margin:0}
        .legend .k{display:inline-block;width:14px;height:4px;margin:0 4px 2px 10px}.k.high{background:#c62828}.k.track{background:#8a94a6}.k.dprk{background:#b71c1c;height:10px}.k.ev{border:2px solid #e65100;height:6px;width:6px;border-radius:50%}
        pre{background:#f4f6f8;padding:8px;white-space:pre-wrap}#cap-chart{max-width:640px}#cap-chart text{font-size:11px;fill:#555}
        """;
}
