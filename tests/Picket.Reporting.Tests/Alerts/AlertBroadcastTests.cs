using System.Text;
using Picket.Core.Alerts;
using Picket.Reporting.Alerts;

namespace Picket.Reporting.Tests.Alerts;

/// <summary>The in-process broadcast behind the dashboard's server-sent events, and the fan-out that keeps a failing sink from stopping the others.</summary>
public class AlertBroadcastTests
{
    [Fact]
    public void A_slow_subscriber_loses_its_oldest_alerts_counted_and_a_reading_one_gets_all()
    {
        var broadcast = new AlertBroadcast(capacity: 4);
        using var slow = broadcast.Subscribe();
        using var fast = broadcast.Subscribe();
        var got = new List<PicketAlert>();
        for (var i = 0; i < 10; i++)
        {
            broadcast.Publish(SampleAlerts.Dark(i));
            while (fast.Reader.TryRead(out var a))
                got.Add(a);
        }
        Assert.Equal(10, got.Count);
        Assert.Equal(6, slow.Dropped);
        Assert.Equal(6, broadcast.Dropped);
        var kept = new List<PicketAlert>();
        while (slow.Reader.TryRead(out var a))
            kept.Add(a);
        Assert.Equal(Enumerable.Range(6, 4).Select(i => SampleAlerts.Dark(i).Id), kept.Select(a => a.Id)); // the newest four

        fast.Dispose();
        Assert.Equal(1, broadcast.Subscribers);
        Assert.True(fast.Reader.Completion.IsCompleted);
    }

    [Fact]
    public void An_alert_is_one_server_sent_event()
    {
        var alert = SampleAlerts.Dark(2, revision: 1);
        var text = Encoding.UTF8.GetString(ServerSentAlert.Format(alert));
        Assert.StartsWith($"id: {alert.Id}#1\nevent: alert\ndata: {{\"id\":", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n\n", text, StringComparison.Ordinal);
        Assert.Equal(3, text.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void A_failing_sink_is_counted_and_the_others_still_get_the_alert()
    {
        var broadcast = new AlertBroadcast();
        using var sub = broadcast.Subscribe();
        var fanOut = new AlertFanOut(new Throwing(), broadcast);
        fanOut.Publish(SampleAlerts.Dark(1));
        fanOut.Publish(SampleAlerts.Dark(2));
        Assert.Equal([2L, 0L], fanOut.Failures);
        Assert.True(sub.Reader.TryRead(out _));
        Assert.True(sub.Reader.TryRead(out _));
    }

    private sealed class Throwing : IAlertSink
    {
        public void Publish(PicketAlert alert) => throw new IOException("disk full");
    }
}
