using Picket.Reporting.Html;
using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Reporting.Tests;

/// <summary>report.html: self-contained, every section present, and text from AIS or lists inert.</summary>
public sealed class ReportWriterTests
{
    private const string Hostile = "<script>alert(1)</script>";

    internal static ReportModel Model()
    {
        var t0 = new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var dprk = new Mmsi(445112000);
        var partner = new Mmsi(667001234);
        var encounter = new PicketEvent("encounter-1", EventType.Encounter, t0, t0.AddHours(6), GeoPoint.Create(38.91, 123.82),
            [new EventVessel(dprk, 8691702, Hostile), new EventVessel(partner, null, "PARTNER \"&\" CO")], 0.9,
            new Evidence().Add("median_distance_m", 180.0).Add("note", "<img src=x onerror=alert(2)>"));
        var call = new PicketEvent("port_call-1", EventType.PortCall, t0.AddHours(30), t0.AddHours(50), GeoPoint.Create(38.72, 125.40),
            [new EventVessel(dprk)], 1.0, new Evidence().Add("port", "Nampo"));
        var risk = new RiskAssessor().Assess(dprk, [encounter, call], IdentityFlags.DprkMid, [], e => e.Id == "port_call-1");
        var track = Enumerable.Range(0, 60).Select(i => new TrackPoint(t0.AddMinutes(i * 60), 38.9 - i * 0.003, 123.8 + i * 0.027, i < 8 ? 0.3 : 9.5)).ToList();
        var deliveries = new[] { new Delivery(t0.AddHours(30), Hostile, "Nampo", CargoCapacity.FromDeadweight(3_003), ["port_call-1"]) };
        return new ReportModel
        {
            Title = "Picket report",
            Generated = t0.AddDays(3),
            Inputs = ["feed.nmea", Hostile],
            Reproduce = "picket analyze feed.nmea --out out",
            Events = [encounter, call],
            Vessels =
            [
                new ReportVessel(dprk.Value, Hostile, 8691702, "KP", "tanker", risk, track, [new DraughtPoint(t0, 4.1), new DraughtPoint(t0.AddHours(8), 5.6)]),
                new ReportVessel(partner.Value, "PARTNER \"&\" CO", null, "SL", "tanker", new RiskAssessor().Assess(partner, [encounter], IdentityFlags.None, [], _ => false), track.Select(p => new TrackPoint(p.Time, p.Lat + 0.002, p.Lon, p.Sog)).ToList(), []),
            ],
            Ports = [new ReportPort("Nampo", "KP", 38.7167, 125.4, true), new ReportPort("Dalian", "CN", 38.9167, 121.6667, false)],
            CapTable = CapAccounting.ByYear(deliveries),
            Summary = [new("lines read", "1234"), new("rejected: bad_checksum", "3")],
        };
    }

    private static string Render()
    {
        var w = new StringWriter();
        HtmlReportWriter.Write(w, Model());
        // Kept as a test artifact so the page can be opened and looked at.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "report-sample.html"), w.ToString());
        return w.ToString();
    }

    [Fact]
    public void Text_from_ais_and_lists_is_escaped_everywhere()
    {
        string html = Render();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("PARTNER &quot;&amp;&quot; CO", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_has_the_map_with_land_the_high_risk_vessel_its_timeline_and_the_cap_table()
    {
        string html = Render();
        Assert.Contains("<svg id=\"map\"", html, StringComparison.Ordinal);
        Assert.True(html.Split("<path d=\"M").Length > 5, "land polygons drawn");
        Assert.Contains("class=\"port dprk\"", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"vessel\" data-mmsi=\"445112000\"", html, StringComparison.Ordinal);
        // The partner met a DPRK-flagged tanker (UNSCR 2375 OP11): high risk too, with its own article.
        Assert.Contains("<article class=\"vessel\" data-mmsi=\"667001234\"><h3>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"cap-table\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"cap-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#encounter-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
