using Picket.Core.Alerts;
using Picket.Reporting.Alerts;

namespace Picket.Reporting.Tests.Alerts;

/// <summary>
/// <see cref="AlertLogDelivery"/> on a real log file with a scripted target: a target failing several times gets every
/// line after, once, in order; a restart whose log was cut back to an older checkpoint (and written again, as the
/// restored engine does) does not send again what the target had; a line that is not an alert is passed over and counted.
/// </summary>
public sealed class AlertLogDeliveryTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(5);

    [Fact]
    public async Task A_target_failing_a_while_gets_every_line_after_once_in_order()
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, "alerts.jsonl");
        var lines = Write(log, Enumerable.Range(0, 12).Select(i => SampleAlerts.Dark(i / 3, i % 3)));
        var target = new ScriptedTarget(failFirst: 7);
        await using (var delivery = new AlertLogDelivery(log, Path.Combine(dir.Path, "t.cursor"), 0, target, Short, Short * 4))
        {
            delivery.Start();
            Assert.True(await delivery.DrainAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            Assert.Equal(12, delivery.Delivered);
            Assert.Equal(7, delivery.Failures);
            Assert.Equal(0, delivery.PendingBytes);
        }
        Assert.Equal(lines.Select(l => l.Delivery), target.Got.Select(g => g.Delivery));
        Assert.Equal(lines.Select(l => l.Json), target.Got.Select(g => g.Json));
        Assert.Equal(19, target.Attempts);
    }

    [Fact]
    public async Task A_restart_from_an_older_checkpoint_does_not_send_again_what_the_target_had()
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, "alerts.jsonl");
        var cursor = Path.Combine(dir.Path, "t.cursor");
        var alerts = Enumerable.Range(0, 8).Select(i => SampleAlerts.Dark(i)).ToList();
        Write(log, alerts.Take(6));
        long kept = Lengths(log)[2]; // the checkpoint kept the first three lines
        var target = new ScriptedTarget(failFirst: 0);
        await using (var first = new AlertLogDelivery(log, cursor, 0, target, Short, Short))
        {
            first.Start();
            Assert.True(await first.DrainAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        }
        Assert.Equal(6, target.Got.Count);

        // Restart: the delivery is made before the log is cut back; the restored engine writes lines 4–6 again, then 7–8.
        await using (var second = new AlertLogDelivery(log, cursor, kept, target, Short, Short))
        {
            using (var f = new FileStream(log, FileMode.Open, FileAccess.Write)) f.SetLength(kept);
            Append(log, alerts.Skip(3));
            second.Start();
            Assert.True(await second.DrainAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            Assert.Equal(3, second.Skipped);
            Assert.Equal(2, second.Delivered);
        }
        Assert.Equal(alerts.Select(AlertOutbox.DeliveryId), target.Got.Select(g => g.Delivery));

        // And again, from the cursor alone, nothing is sent twice.
        await using (var third = new AlertLogDelivery(log, cursor, new FileInfo(log).Length, target, Short, Short))
        {
            third.Start();
            Assert.True(await third.DrainAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            Assert.Equal(0, third.Delivered);
        }
        Assert.Equal(8, target.Got.Count);
    }

    [Fact]
    public async Task A_line_that_is_not_an_alert_is_passed_over_and_counted()
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, "alerts.jsonl");
        Write(log, [SampleAlerts.Dark(1)]);
        File.AppendAllText(log, "{\"id\":\"x\"}\nnot json at all\n");
        Append(log, [SampleAlerts.Dark(2)]);
        var target = new ScriptedTarget(failFirst: 0);
        await using var delivery = new AlertLogDelivery(log, Path.Combine(dir.Path, "t.cursor"), 0, target, Short, Short);
        delivery.Start();
        Assert.True(await delivery.DrainAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.Equal(2, delivery.Delivered);
        Assert.Equal(2, delivery.BadLines);
    }

    [Fact]
    public void A_damaged_cursor_is_refused_with_its_path()
    {
        using var dir = new TempDir();
        var cursor = Path.Combine(dir.Path, "t.cursor");
        File.WriteAllText(cursor, "{\"offset\":");
        var e = Assert.Throws<InvalidDataException>(() => new AlertLogDelivery(Path.Combine(dir.Path, "a.jsonl"), cursor, 0, new ScriptedTarget(0), Short, Short));
        Assert.Contains(cursor, e.Message, StringComparison.Ordinal);
    }

    private static List<(string Delivery, string Json)> Write(string path, IEnumerable<PicketAlert> alerts)
    {
        File.WriteAllText(path, "");
        return Append(path, alerts);
    }

    private static List<(string Delivery, string Json)> Append(string path, IEnumerable<PicketAlert> alerts)
    {
        var written = new List<(string, string)>();
        using var f = new FileStream(path, FileMode.Append, FileAccess.Write);
        using var w = new JsonLinesAlertWriter(f, leaveOpen: true);
        foreach (var a in alerts)
        {
            w.Publish(a);
            written.Add((AlertOutbox.DeliveryId(a), System.Text.Encoding.UTF8.GetString(JsonLinesAlertWriter.ToUtf8(a))));
        }
        return written;
    }

    /// <summary>The offset after each line.</summary>
    private static List<long> Lengths(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return [.. bytes.Select((b, i) => (b, i)).Where(x => x.b == (byte)'\n').Select(x => (long)x.i + 1)];
    }

    private sealed class ScriptedTarget(int failFirst) : IAlertLogTarget
    {
        public List<(string Delivery, string Json)> Got { get; } = [];

        public int Attempts { get; private set; }

        public string Name => "scripted";

        public Task<WebhookOutcome> DeliverAsync(string delivery, ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
        {
            if (++Attempts <= failFirst) return Task.FromResult(WebhookOutcome.Retry);
            Got.Add((delivery, System.Text.Encoding.UTF8.GetString(line.Span)));
            return Task.FromResult(WebhookOutcome.Delivered);
        }
    }
}
