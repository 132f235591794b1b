using System.Diagnostics;
using System.Text;
using Picket.Testing.Feeds;

namespace Picket.E2E.Tests;

/// <summary>
/// <c>picket serve --watch</c> takes the same <c>--alerts URL|FILE</c> and <c>--alerts-secret-env</c> as
/// <c>picket watch</c> (one option parser for both): the built server watching a recorded feed posts every alert
/// revision of its watch's <c>alerts.jsonl</c> to a receiver that checks each signature, once each, in order, and
/// copies them to a file target too; without <c>--watch</c>, or with a webhook but no secret, it refuses to start.
/// </summary>
public sealed class WatchServeWebhookTests(YellowSeaScenario scenario)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_watching_server_posts_every_alert_revision_signed_once_each_and_copies_them_to_a_file()
    {
        string stdout;
        var dir = scenario.NewDirectory("serve");
        var watchOut = Path.Combine(dir, "watch");
        var copy = Path.Combine(dir, "copy.jsonl");
        await using var receiver = WebhookReceiver.StartWithNewSecret();
        await using var feed = new NmeaFeedServer(scenario.Feed);
        await using (var serve = PicketProcess.Start(["serve", "--db", Path.Combine(dir, "picket.duckdb"), "--urls", "http://127.0.0.1:0",
            "--watch", feed.Url, "--watch-out", watchOut, .. receiver.AlertArguments, "--alerts", copy], receiver.SecretEnvironment))
        {
            // The recording is read as fast as the server takes it; done when every revision logged so far has been
            // delivered and nothing new came for a few seconds.
            int last = -1;
            var stableSince = Stopwatch.StartNew();
            await serve.WaitUntilAsync(() =>
            {
                int logged = WatchWebhookTests.AlertLog(watchOut).Count;
                if (logged != last || receiver.Count != logged) (last, stableSince) = (logged, Stopwatch.StartNew());
                return logged >= 10 && stableSince.Elapsed > TimeSpan.FromSeconds(8);
            }, Limit, "(the server stopped)");
            await serve.TerminateAsync(TimeSpan.FromSeconds(60));
            stdout = await serve.Stdout;
        }

        var log = WatchWebhookTests.AlertLog(watchOut);
        WatchWebhookTests.AssertOnceEachInOrder(log, receiver.Accepted);
        Assert.Equal(0, receiver.Rejected); // every delivery's signature verified
        Assert.Equal(log.Select(l => Encoding.UTF8.GetString(l.Line)), File.ReadLines(copy).Where(l => l.Length > 0));
        TestContext.Current.TestOutputHelper?.WriteLine($"serve --watch: {log.Count} alert revisions, {receiver.Count} delivered and verified; {stdout.Trim()}");
    }

    [Theory]
    [InlineData(false, true)]  // --alerts without --watch
    [InlineData(true, false)]  // a webhook without its secret
    public async Task A_server_refuses_alert_targets_it_cannot_serve(bool withWatch, bool withSecret)
    {
        var dir = scenario.NewDirectory("serve-refused");
        List<string> args = ["serve", "--db", Path.Combine(dir, "picket.duckdb"), "--urls", "http://127.0.0.1:0", "--alerts", "http://127.0.0.1:9/hook"];
        if (withWatch) args.AddRange(["--watch", "tcp://127.0.0.1:9", "--watch-out", Path.Combine(dir, "watch")]);
        if (withSecret) args.AddRange(["--alerts-secret-env", WebhookReceiver.SecretVariable]);
        await using var serve = PicketProcess.Start(args, (WebhookReceiver.SecretVariable, "a secret"));
        int exit = await serve.WaitForExitAsync(TimeSpan.FromMinutes(1));
        var stderr = await serve.Stderr;
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.Contains(withWatch ? "--alerts-secret-env" : "need --watch", stderr, StringComparison.Ordinal);
    }
}
