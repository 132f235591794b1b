using System.Text;
using System.Text.Json;
using Picket.Testing.Feeds;

namespace Picket.E2E.Tests;

/// <summary>
/// The built <c>picket watch --alerts URL</c> posting to a real receiver on loopback that checks every signature with
/// its own HMAC code (<see cref="WebhookReceiver"/>): taken down for a minute in the middle, the receiver gets every
/// alert revision of <c>alerts.jsonl</c> after it returns, once each, in the file's order; a watcher stopped
/// mid-delivery and started again leaves none out and sends none twice; one killed (SIGKILL) and started again leaves
/// none out and repeats at most the one request that was under way.
/// </summary>
public sealed class WatchWebhookTests(YellowSeaScenario scenario)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_receiver_down_for_a_minute_gets_every_alert_revision_once_after_it_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        var output = scenario.NewDirectory("down");
        await using var receiver = WebhookReceiver.StartWithNewSecret();
        // The recording served over about 45 s, so alerts keep being raised while the receiver is away.
        await using var feed = new NmeaFeedServer(scenario.Feed, bytesPerSecond: new FileInfo(scenario.Feed).Length / 45.0);
        await using var watch = Start(feed.Url, output, receiver, stopWhenIdle: true, "--alerts-retry-max", "2");

        await watch.WaitUntilAsync(() => receiver.Count >= 3, Limit, "before the receiver went down");
        await receiver.StopAsync();
        var downAt = receiver.Now;
        int beforeDown = receiver.Count, loggedAtDown = AlertLog(output).Count;
        await Task.Delay(TimeSpan.FromSeconds(60), ct);
        int loggedAtUp = AlertLog(output).Count, raisedMeanwhile = loggedAtUp - beforeDown;
        receiver.Start();
        var upAt = receiver.Now;

        // The receiver refuses a request whose signature does not match its body, and does not keep it.
        using (var http = new HttpClient())
        using (var forged = new HttpRequestMessage(HttpMethod.Post, receiver.Url) { Content = new StringContent("{\"id\":\"forged\"}") })
        {
            forged.Headers.Add("X-Picket-Timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            forged.Headers.Add("X-Picket-Signature", "sha256=" + new string('0', 64));
            forged.Headers.Add("X-Picket-Delivery", "forged#0");
            using var answer = await http.SendAsync(forged, ct);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, answer.StatusCode);
        }

        int exit = await watch.WaitForExitAsync(Limit);
        Assert.True(exit == 0, await watch.OutputAsync());
        var log = AlertLog(output);
        var got = receiver.Accepted;
        AssertOnceEachInOrder(log, got);
        Assert.Equal(1, receiver.Rejected); // the forged request only: every real delivery's signature verified
        Assert.True(raisedMeanwhile > 0, $"no alert was raised while the receiver was down: {beforeDown} delivered before, {loggedAtDown} in the log then, {loggedAtUp} at the return, {log.Count} at the end; down at {downAt}, first delivery at {got[0].At}");
        var afterReturn = got.Where(d => d.At >= upAt).ToList();
        Assert.True(afterReturn.Count >= raisedMeanwhile, $"{afterReturn.Count} delivered after the return, {raisedMeanwhile} raised while down");
        var drained = afterReturn.Max(d => d.At) - upAt;
        var firstBack = afterReturn.Min(d => d.At) - upAt;
        Assert.True(firstBack < TimeSpan.FromSeconds(5), $"the first delivery after the return came {firstBack.TotalSeconds:F1} s after it");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"webhook down: {log.Count} alert revisions in alerts.jsonl, {got.Count} delivered, duplicates {got.Count - got.Select(d => d.Delivery).Distinct().Count()}, "
            + $"missing {log.Select(l => l.Delivery).Except(got.Select(d => d.Delivery)).Count()}, down {(upAt - downAt).TotalSeconds:F1} s, "
            + $"{beforeDown} before, {afterReturn.Count} after the return (first after {firstBack.TotalSeconds:F2} s, all after {drained.TotalSeconds:F2} s); {(await watch.Stdout).Trim()}");
    }

    [Fact]
    public async Task A_watch_stopped_mid_delivery_and_restarted_delivers_each_revision_once()
    {
        var output = scenario.NewDirectory("stop");
        // A slow receiver (0.15 s an answer), so deliveries lag the analysis and the stop falls in the middle of them.
        await using var receiver = WebhookReceiver.StartWithNewSecret(answerAfter: TimeSpan.FromMilliseconds(150));
        int firstRun;
        await using (var feed = new NmeaFeedServer(scenario.Feed))
        await using (var watch = Start(feed.Url, output, receiver, stopWhenIdle: false, "--checkpoint-every", "0.5"))
        {
            await watch.WaitUntilAsync(() => receiver.Count >= 10, Limit, "before it was stopped");
            // SIGTERM, which the watch takes as Ctrl+C: a last checkpoint, exit 130.
            var exit = await watch.TerminateAsync(Limit);
            Assert.True(exit == 130, $"exit {exit}: {await watch.Stderr}");
            firstRun = receiver.Count;
        }
        await using (var feed = new NmeaFeedServer(scenario.Feed))
        await using (var watch = Start(feed.Url, output, receiver, stopWhenIdle: true))
        {
            Assert.True(await watch.WaitForExitAsync(Limit) == 0, await watch.OutputAsync());
            Assert.Contains("(resumed)", await watch.Stdout, StringComparison.Ordinal);
        }
        var log = AlertLog(output);
        Assert.True(firstRun < log.Count, $"the first run delivered all {log.Count} before it was stopped");
        AssertOnceEachInOrder(log, receiver.Accepted);
        TestContext.Current.TestOutputHelper?.WriteLine($"stopped mid-delivery: {firstRun} delivered before the stop, {log.Count} in alerts.jsonl, {receiver.Count} delivered in all");
    }

    [Fact]
    public async Task A_watch_killed_mid_delivery_and_restarted_leaves_none_out_and_repeats_at_most_the_request_under_way()
    {
        var output = scenario.NewDirectory("kill");
        await using var receiver = WebhookReceiver.StartWithNewSecret();
        int beforeKill;
        // Served over about 25 s with a checkpoint every 3 s: the kill falls between two checkpoints, after deliveries
        // the last one does not cover, so the restart cuts alerts.jsonl back behind what the receiver already has.
        await using (var feed = new NmeaFeedServer(scenario.Feed, bytesPerSecond: new FileInfo(scenario.Feed).Length / 25.0))
        await using (var watch = Start(feed.Url, output, receiver, stopWhenIdle: false, "--checkpoint-every", "3"))
        {
            await watch.WaitUntilAsync(() => receiver.Count >= 30, Limit, "before it was killed");
            await watch.KillAsync(); // SIGKILL: no last checkpoint, no cursor written after this
            beforeKill = receiver.Count;
        }
        string summary;
        await using (var feed = new NmeaFeedServer(scenario.Feed))
        await using (var watch = Start(feed.Url, output, receiver, stopWhenIdle: true))
        {
            Assert.True(await watch.WaitForExitAsync(Limit) == 0, await watch.OutputAsync());
            summary = (await watch.Stdout).Trim();
        }
        var log = AlertLog(output);
        var got = receiver.Accepted;
        var missing = log.Select(l => l.Delivery).Except(got.Select(d => d.Delivery)).ToList();
        Assert.True(missing.Count == 0, "never delivered: " + string.Join(", ", missing));
        var repeated = got.GroupBy(d => d.Delivery).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count <= 1, "delivered twice: " + string.Join(", ", repeated));
        // In the order of the log, counting each delivery id at its first arrival.
        Assert.Equal(log.Select(l => l.Delivery), got.Select(d => d.Delivery).Distinct());
        Assert.True(beforeKill < log.Count, $"all {log.Count} were delivered before the kill");
        TestContext.Current.TestOutputHelper?.WriteLine($"killed mid-delivery: {beforeKill} delivered before the kill, {log.Count} in alerts.jsonl, {got.Count} delivered in all, {repeated.Count} repeated; {summary}");
    }

    /// <summary><c>picket watch</c> of <paramref name="feed"/> into <paramref name="output"/>, posting its alerts to <paramref name="receiver"/>, signed.</summary>
    private static PicketProcess Start(string feed, string output, WebhookReceiver receiver, bool stopWhenIdle, params string[] more) =>
        PicketProcess.Start(["watch", feed, "--out", output, "--no-store", .. receiver.AlertArguments,
            "--alerts-drain", "240", "--status-every", "5", .. stopWhenIdle ? new[] { "--stop-when-idle", "3" } : [], .. more], receiver.SecretEnvironment);

    /// <summary>The receiver got exactly the revisions of the log, in the log's order (so in order per alert id), each once, each body as written.</summary>
    internal static void AssertOnceEachInOrder(IReadOnlyList<(string Delivery, byte[] Line)> log, IReadOnlyList<ReceivedDelivery> got)
    {
        Assert.True(log.Count >= 10, $"only {log.Count} alert revisions");
        var duplicates = got.GroupBy(d => d.Delivery).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "delivered twice: " + string.Join(", ", duplicates));
        var missing = log.Select(l => l.Delivery).Except(got.Select(d => d.Delivery)).ToList();
        Assert.True(missing.Count == 0, "never delivered: " + string.Join(", ", missing));
        Assert.Equal(log.Select(l => l.Delivery), got.Select(d => d.Delivery));
        for (var i = 0; i < log.Count; i++) Assert.Equal(log[i].Line, got[i].Body);
    }

    internal static List<(string Delivery, byte[] Line)> AlertLog(string output)
    {
        var path = Path.Combine(output, "alerts.jsonl");
        if (!File.Exists(path)) return [];
        var lines = new List<(string, byte[])>();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            lines.Add((doc.RootElement.GetProperty("id").GetString() + "#" + doc.RootElement.GetProperty("revision").GetInt32(), Encoding.UTF8.GetBytes(line)));
        }
        return lines;
    }
}
