using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Picket.Cli.Tests;

/// <summary>
/// Names reach people through report.html, map.kml and the terminal. Control characters, ANSI escapes and bidi
/// overrides in a name (possible in CSV exports and lists, which carry any Unicode) are shown as U+FFFD there; KML
/// descriptions are plain text.
/// </summary>
public sealed class HostileNameDisplayTests
{
    // (CSV names are upper-cased on input, hence the case-blind checks.)
    // ESC [31m recolours a terminal; U+202E reverses what follows (the MMSI and IMO after the name); U+0001 is not XML.
    private const string HostileName = "EVIL\u001b[31m\u202eSHIP\u0001<b>bold</b>";

    private static string CsvWithRename(string dir)
    {
        var csv = new StringBuilder("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n");
        var t0 = new DateTime(2018, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < 24; i++)
        {
            string name = i < 12 ? "SHIP A" : HostileName;
            csv.Append(CultureInfo.InvariantCulture, $"445112000,{t0.AddMinutes(10 * i):yyyy-MM-ddTHH:mm:ss},38.5,{123.5 + i * 0.01:0.000},6,90,90,\"{name}\",IMO8691702,HMYN9,80,0,120,20,8.5,80,A\n");
        }
        string path = Path.Combine(dir, "feed.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    [Fact]
    public void Report_and_kml_show_control_and_bidi_characters_as_replacement_characters_and_kml_stays_valid_xml()
    {
        using var dir = new TempDir("picket-display");
        string feed = CsvWithRename(dir.Path);
        var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--out", dir["out"], "--kml", "--no-store");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain('\u001b', stdout + stderr);
        Assert.Contains("identity_change", File.ReadAllText(dir["out/events.jsonl"]), StringComparison.Ordinal);

        string html = File.ReadAllText(dir["out/report.html"]);
        Assert.DoesNotContain('\u202e', html);
        Assert.DoesNotContain('\u001b', html);
        Assert.DoesNotContain('\u0001', html);
        Assert.Contains("EVIL\uFFFD[31m\uFFFDSHIP\uFFFD&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.OrdinalIgnoreCase);

        var kmlText = File.ReadAllText(dir["out/map.kml"]);
        var kml = XDocument.Parse(kmlText); // a U+0001 made the file invalid XML
        XNamespace k = "http://www.opengis.net/kml/2.2";
        Assert.DoesNotContain('\u202e', kmlText);
        // Descriptions are HTML to Google Earth: after XML parsing they must still be escaped text, not markup.
        var descriptions = kml.Descendants(k + "description").Select(d => d.Value).ToList();
        Assert.Contains(descriptions, d => d.Contains("EVIL\uFFFD[31m\uFFFDSHIP\uFFFD&lt;b&gt;bold&lt;/b&gt;", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(descriptions, d => d.Contains("<b>", StringComparison.OrdinalIgnoreCase));
    }
}
