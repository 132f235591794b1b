using System.Diagnostics;
using System.Text;
using Picket.Simulation;
using Picket.Testing;
using Picket.Testing.Feeds;

namespace Picket.Web.BrowserTests;

/// <summary>
/// <c>picket serve DIR --watch tcp://…</c> in a browser: a simulated scenario (40 vessels × 12 h, planted meetings)
/// replayed over loopback TCP over about a minute and a half into the real CLI's server on an empty folder; the
/// dashboard's live view shows the vessels moving on the map and an alert in the panel, whose vessel link opens that
/// vessel's page.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class LiveWatchBrowserTests(DashboardSite site)
{
    [Fact]
    public async Task The_live_view_shows_vessels_moving_and_an_alert_that_leads_to_its_vessel()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDir("picket-live-serve");
        Simulator.RunToDirectory(new SimulationOptions { Vessels = 40, Hours = 12, Seed = 11 }, temp["scenario"]);
        string feed = Path.Combine(temp["scenario"], Simulator.FeedFile);
        await using var replay = new NmeaFeedServer(feed, bytesPerSecond: new FileInfo(feed).Length / 90.0);
        string urls = $"http://127.0.0.1:{DashboardSite.FreePort()}";
        using var serve = Process.Start(PicketCli.StartInfo(["serve", temp["live"], "--watch", replay.Url, "--urls", urls]))!;
        var log = new StringBuilder();
        serve.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.AppendLine(e.Data); };
        serve.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.AppendLine(e.Data); };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
            {
                var until = Stopwatch.StartNew();
                while (true)
                {
                    Assert.False(serve.HasExited, $"picket serve --watch exited: {log}");
                    try
                    {
                        using var r = await http.GetAsync(new Uri(urls + "/api/v1/live/status"), ct);
                        if (r.IsSuccessStatusCode) break;
                    }
                    catch (HttpRequestException) { }
                    catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
                    Assert.True(until.Elapsed < TimeSpan.FromSeconds(90), $"picket serve --watch did not answer within 90 s: {log}");
                    await Task.Delay(250, ct);
                }
            }

            await using var tab = await site.OpenAsync(new Uri(urls + "/#/live"));
            await tab.WaitForViewAsync("live");
            await tab.WaitForMapAsync();
            // Vessels move: at least five seen at more than one place, and drawn on the live layer.
            await tab.Page.WaitForFunctionAsync("() => window.probe.live.moved >= 5", null, new() { Timeout = 120_000 });
            await tab.Page.WaitForFunctionAsync("() => window.map.queryRenderedFeatures({ layers: ['live-positions'] }).length >= 5", null, new() { Timeout = 30_000 });
            // An alert (a planted meeting held for two hours at sea) appears in the panel.
            await tab.Page.WaitForFunctionAsync("() => window.probe.live.alerts >= 1", null, new() { Timeout = 180_000 });
            var alert = tab.Page.Locator("#live-alerts li").First;
            Assert.False(string.IsNullOrEmpty(await alert.GetAttributeAsync("data-rule")));
            await tab.ScreenshotAsync("7-live-watch");
            Assert.Empty(await tab.ProbeListAsync("cspViolations"));
            Assert.Empty(await tab.ProbeListAsync("errors"));

            // Its vessel link opens the vessel's page (the pages are rebuilt from the store as the watch writes; give it two rounds).
            var vessel = alert.Locator("a[data-mmsi]").First;
            string mmsi = (await vessel.GetAttributeAsync("data-mmsi"))!;
            await vessel.ClickAsync();
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    await tab.WaitForViewAsync($"vessel/{mmsi}", 20_000);
                    break;
                }
                catch (TimeoutException) when (attempt < 2)
                {
                    await tab.Page.ReloadAsync();
                }
            }
            Assert.Empty(await tab.ProbeListAsync("cspViolations"));
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync(CancellationToken.None);
        }
    }
}
