using System.Net;
using System.Text;
using Picket.Core.Alerts;
using Picket.Reporting.Alerts;

namespace Picket.Reporting.Tests.Alerts;

/// <summary>
/// The webhook against a local receiver that verifies signatures: while the receiver is down for a minute (on a clock
/// running 60× fast) alerts queue on disk, survive the sink's restart, and arrive after it returns — every one, once,
/// in order; the signature proves the body and refuses a stale timestamp; a refusal for good is dropped, a 503 retried.
/// </summary>
public class WebhookSinkTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a shared secret of 32 bytes, ok!");

    private static WebhookOptions Options(Uri url, string dir) => new()
    {
        Target = new WebhookTarget { Url = url, Secret = Secret, InitialBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(8) },
        QueueDirectory = dir,
    };

    [Fact]
    public async Task Alerts_raised_while_the_receiver_is_down_arrive_after_it_returns_once_each()
    {
        var time = new ScaledTime(60);
        using var dir = new TempDir();
        await using var receiver = new WebhookReceiver(Secret, time);
        var alerts = Enumerable.Range(0, 30).Select(i => SampleAlerts.Dark(i / 2, revision: i % 2)).ToList();
        var downUntil = time.GetUtcNow() + TimeSpan.FromMinutes(1);

        var sink = new WebhookSink(Options(receiver.Url, dir.Path), time: time);
        foreach (var a in alerts.Take(20))
            sink.Publish(a);
        while (sink.Failures < 3)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        await sink.DisposeAsync(); // the watcher restarts while the receiver is still down: the queue is on disk
        Assert.Equal(20, new AlertOutbox(dir.Path).Count);

        await using var restarted = new WebhookSink(Options(receiver.Url, dir.Path), time: time);
        foreach (var a in alerts.Skip(20))
            restarted.Publish(a);
        while (time.GetUtcNow() < downUntil)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        Assert.Empty(receiver.Received);
        receiver.Start();

        Assert.True(await restarted.DrainAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken), "the queue drained");
        Assert.Equal(alerts.Select(AlertOutbox.DeliveryId), receiver.Received.Select(r => r.Delivery));
        Assert.Equal(alerts.Select(a => Encoding.UTF8.GetString(JsonLinesAlertWriter.ToUtf8(a))), receiver.Received.Select(r => Encoding.UTF8.GetString(r.Body)));
        Assert.Equal(0, receiver.Repeats);
        Assert.Equal(0, receiver.BadSignatures);
        Assert.True(restarted.Failures > 0);
        Assert.Equal(30, restarted.Delivered); // the first sink's 20 came from the queue on disk
        Assert.Equal(0, restarted.Outbox.Count);
    }

    [Fact]
    public void The_signature_proves_the_body_the_secret_and_a_recent_time()
    {
        var body = JsonLinesAlertWriter.ToUtf8(SampleAlerts.Dark(3));
        var now = DateTimeOffset.FromUnixTimeSeconds(1_520_000_000);
        var ts = now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(Secret, ts, body);
        var tolerance = WebhookSignature.DefaultTolerance;
        Assert.Matches("^sha256=[0-9a-f]{64}$", signature);
        Assert.True(WebhookSignature.Verify(Secret, signature, ts.ToString(System.Globalization.CultureInfo.InvariantCulture), body, now.AddMinutes(4), tolerance));

        var tampered = (byte[])body.Clone();
        tampered[^3] ^= 1;
        Assert.False(WebhookSignature.Verify(Secret, signature, $"{ts}", tampered, now, tolerance));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes("another secret of 32 bytes, no!!"), signature, $"{ts}", body, now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, signature, $"{ts + 1}", body, now, tolerance)); // the time is signed too
        Assert.False(WebhookSignature.Verify(Secret, signature, $"{ts}", body, now.AddMinutes(6), tolerance)); // a replay, too late
        Assert.False(WebhookSignature.Verify(Secret, "sha256=zz", $"{ts}", body, now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, null, $"{ts}", body, now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, signature, "99999999999999999999", body, now, tolerance));
        // A known answer, computed independently: printf '1520000000.{}' | openssl dgst -sha256 -hmac '<secret>'
        Assert.Equal("sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Secret, Encoding.ASCII.GetBytes("1520000000.{}"))),
            WebhookSignature.Sign(Secret, 1_520_000_000, "{}"u8));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    public async Task A_refusal_for_good_is_dropped_and_a_temporary_one_retried(HttpStatusCode answer, bool retried)
    {
        var time = new ScaledTime(60);
        using var dir = new TempDir();
        await using var receiver = new WebhookReceiver(Secret, time) { Answer = answer };
        receiver.Start();
        await using var sink = new WebhookSink(Options(receiver.Url, dir.Path), time: time);
        sink.Publish(SampleAlerts.Dark(1));
        if (!retried)
        {
            Assert.True(await sink.DrainAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken));
            Assert.Equal(1, sink.Rejected);
            return;
        }
        while (sink.Failures < 2)
            await Task.Delay(10, TestContext.Current.CancellationToken);
        Assert.Equal(1, sink.Outbox.Count);
        receiver.Answer = HttpStatusCode.OK;
        Assert.True(await sink.DrainAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken));
        Assert.Single(receiver.Received);
        Assert.Equal(1, sink.Delivered);
    }

    [Fact]
    public void The_outbox_is_bounded_dropping_the_oldest()
    {
        using var dir = new TempDir();
        var outbox = new AlertOutbox(dir.Path, capacity: 3);
        for (var i = 0; i < 5; i++)
            outbox.Enqueue($"d{i}", Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"));
        Assert.Equal(3, outbox.Count);
        Assert.Equal(2, outbox.Dropped);
        Assert.True(outbox.TryPeek(out _, out var delivery, out var body));
        Assert.Equal("d2", delivery);
        Assert.Equal("{\"n\":2}", Encoding.UTF8.GetString(body));
        File.WriteAllText(Path.Combine(dir.Path, "000000000000001.alert.json"), "no delivery line");
        var reopened = new AlertOutbox(dir.Path, capacity: 3);
        Assert.True(reopened.TryPeek(out _, out delivery, out _));
        Assert.Equal("d2", delivery);
        Assert.Equal(1, reopened.Damaged);
    }
}
