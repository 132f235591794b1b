using System.Text;
using Picket.Core.Alerts;
using Picket.Reporting.Alerts;


namespace Picket.Reporting.Tests.Alerts;

/// <summary>The alerts file: what is written reads back equal (typed evidence included), bad lines are counted, a failing write is retried.</summary>
public class AlertJsonLinesTests
{
    [Fact]
    public void Alerts_written_to_the_file_read_back_equal_with_typed_evidence()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "alerts.jsonl");
        var alerts = Enumerable.Range(0, 5).Select(i => SampleAlerts.Dark(i, revision: i % 2)).ToList();
        using (var file = new JsonLinesAlertFile(path))
            foreach (var a in alerts)
                file.Publish(a);

        using var stream = File.OpenRead(path);
        var reader = new JsonLinesAlertReader(stream);
        var back = reader.ReadAll().ToList();
        Assert.Equal(alerts.Count, back.Count);
        for (var i = 0; i < alerts.Count; i++)
        {
            Assert.Equal(alerts[i] with { Vessels = [] }, back[i] with { Vessels = [] });
            Assert.Equal(alerts[i].Vessels, back[i].Vessels);
        }
        Assert.Equal(0, reader.BadLines);
    }

    [Fact]
    public void A_line_that_is_not_an_alert_is_counted_and_skipped()
    {
        var good = Encoding.UTF8.GetString(JsonLinesAlertWriter.ToUtf8(SampleAlerts.Dark(1)));
        var text = string.Join('\n', "{\"id\":\"x\"}", good, "not json", "[1,2]", good.Replace("\"raised\"", "\"bogus\"", StringComparison.Ordinal),
            good.Replace("watchlist_dark", "no_such_rule", StringComparison.Ordinal), "", good);
        var reader = new JsonLinesAlertReader(new MemoryStream([.. Encoding.UTF8.GetBytes(text + "\n"), 0xFF, (byte)'\n']));
        var back = reader.ReadAll().ToList();
        Assert.Equal(2, back.Count);
        Assert.Equal(6, reader.BadLines);
        Assert.Equal(1, reader.Problems["unknown rule"]);
        Assert.Equal(1, reader.Problems["not JSON"]);
        Assert.Equal(1, reader.Problems["not UTF-8"]);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_counted_and_catches_up_when_it_can()
    {
        using var dir = new TempDir();
        var sub = Path.Combine(dir.Path, "gone");
        var file = new JsonLinesAlertFile(Path.Combine(sub, "alerts.jsonl")); // its directory does not exist yet
        file.Publish(SampleAlerts.Dark(1));
        file.Publish(SampleAlerts.Dark(2));
        Assert.Equal(2, file.Failures);
        Assert.Equal(0, file.Written);

        Directory.CreateDirectory(sub);
        file.Publish(SampleAlerts.Dark(3));
        file.Dispose();
        Assert.Equal(3, file.Written);
        Assert.Equal(3, File.ReadAllLines(file.Path).Length);
    }
}
