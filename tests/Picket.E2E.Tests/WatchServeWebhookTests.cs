using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Picket.Testing;
using Picket.Testing.Feeds;

namespace Picket.E2E.Tests;

/// <summary>
/// <c>picket serve --watch</c> takes the same <c>--alerts URL|FILE</c> and <c>--alerts-secret-env</c> as
/// <c>picket watch</c> (one option parser for both): the built server watching a recorded feed posts every alert
/// revision of its watch's <c>alerts.jsonl</c> to a receiver that checks each signature, once each, in order, and
/// copies them to a file target too; without <c>--watch</c>, or with a webhook but no secret, it refuses to start.
/// </summary>
public sealed class WatchServeWebhookTests(WebhookScenario scenario) : IClassFixture<WebhookScenario>
{
    private const string SecretVariable = "PICKET_E2E_SERVE_WEBHOOK_SECRET";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private readonly string _secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task A_watching_server_posts_every_alert_revision_signed_once_each_and_copies_them_to_a_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = Path.Combine(scenario.Directory, "serve-" + Guid.NewGuid().ToString("N")[..8]);
        var watchOut = Path.Combine(dir, "watch");
        var copy = Path.Combine(dir, "copy.jsonl");
        await using var receiver = new WebhookReceiver(Encoding.UTF8.GetBytes(_secret));
        receiver.Start();
        await using var feed = new NmeaFeedServer(scenario.Feed);
        var psi = PicketCli.StartInfo(["serve", "--db", Path.Combine(dir, "picket.duckdb"), "--urls", "http://127.0.0.1:0",
            "--watch", feed.Url, "--watch-out", watchOut, "--alerts", receiver.Url, "--alerts", copy, "--alerts-secret-env", SecretVariable]);
        psi.Environment[SecretVariable] = _secret;
        using var serve = Process.Start(psi)!;
        var stderr = serve.StandardError.ReadToEndAsync(ct);
        var stdout = serve.StandardOutput.ReadToEndAsync(ct);
        try
        {
            // The recording is read as fast as the server takes it; done when every revision logged so far has been
            // delivered and nothing new came for a few seconds.
            var waited = Stopwatch.StartNew();
            int last = -1;
            var stableSince = Stopwatch.StartNew();
            while (waited.Elapsed < Limit && !serve.HasExited)
            {
                int logged = WatchWebhookTests.AlertLog(watchOut).Count;
                if (logged != last || receiver.Count != logged) (last, stableSince) = (logged, Stopwatch.StartNew());
                else if (logged >= 10 && stableSince.Elapsed > TimeSpan.FromSeconds(8)) break;
                await Task.Delay(200, ct);
            }
            if (serve.HasExited) Assert.Fail("the server stopped: " + await stderr); // awaited only then: the text is there once the process ended
        }
        finally
        {
            if (!serve.HasExited)
            {
                using (var term = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                    await term.WaitForExitAsync(ct);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(60));
                try { await serve.WaitForExitAsync(timeout.Token); }
                catch (OperationCanceledException) { serve.Kill(entireProcessTree: true); }
            }
        }

        var log = WatchWebhookTests.AlertLog(watchOut);
        WatchWebhookTests.AssertOnceEachInOrder(log, receiver.Accepted);
        Assert.Equal(0, receiver.Rejected); // every delivery's signature verified
        Assert.Equal(log.Select(l => Encoding.UTF8.GetString(l.Line)), File.ReadLines(copy).Where(l => l.Length > 0));
        TestContext.Current.TestOutputHelper?.WriteLine($"serve --watch: {log.Count} alert revisions, {receiver.Count} delivered and verified; {(await stdout).Trim()}");
    }

    [Theory]
    [InlineData(false, true)]  // --alerts without --watch
    [InlineData(true, false)]  // a webhook without its secret
    public async Task A_server_refuses_alert_targets_it_cannot_serve(bool withWatch, bool withSecret)
    {
        var dir = Path.Combine(scenario.Directory, "serve-refused-" + Guid.NewGuid().ToString("N")[..8]);
        List<string> args = ["serve", "--db", Path.Combine(dir, "picket.duckdb"), "--urls", "http://127.0.0.1:0", "--alerts", "http://127.0.0.1:9/hook"];
        if (withWatch) args.AddRange(["--watch", "tcp://127.0.0.1:9", "--watch-out", Path.Combine(dir, "watch")]);
        if (withSecret) args.AddRange(["--alerts-secret-env", SecretVariable]);
        var psi = PicketCli.StartInfo(args);
        psi.Environment[SecretVariable] = _secret;
        var (exit, _, stderr) = await PicketCli.RunAsync(psi, TimeSpan.FromMinutes(1));
        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.Contains(withWatch ? "--alerts-secret-env" : "need --watch", stderr, StringComparison.Ordinal);
    }
}
