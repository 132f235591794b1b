using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Picket.Testing;

namespace Picket.Web.BrowserTests;

/// <summary>
/// The README's first command ends at the dashboard: <c>picket demo --serve</c> prints the evaluation and then the
/// dashboard's URL, and a browser opening that URL gets the map and the demo's vessels. The server is stopped by the
/// test; nothing waits on it.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed partial class DemoServeTests(DashboardSite site)
{
    [Fact]
    public async Task Demo_with_serve_prints_the_dashboard_URL_and_serves_the_dashboard_of_its_analysis()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        using var temp = new TempDir("picket-demo-serve");
        string urls = $"http://127.0.0.1:{DashboardSite.FreePort()}";
        // The smallest scenario the demo accepts: the first command's path, not its size, is under test.
        using var demo = Process.Start(PicketCli.StartInfo(["demo", "--serve", "--vessels", "40", "--hours", "12", "--out", temp.Path, "--urls", urls]))!;
        var output = new StringBuilder();
        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        Uri? dashboard = null;
        demo.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            // The URL is printed as picket serve starts; serve's own line says when it listens.
            if (DashboardLine().Match(e.Data) is { Success: true } m) dashboard = new Uri(m.Groups[1].Value);
            else if (dashboard != null && e.Data.StartsWith("picket serve: ", StringComparison.Ordinal) && e.Data.Contains("(ready in", StringComparison.Ordinal))
                announced.TrySetResult(dashboard);
        };
        demo.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        demo.BeginOutputReadLine();
        demo.BeginErrorReadLine();
        try
        {
            var ct = TestContext.Current.CancellationToken;
            var finished = await Task.WhenAny(announced.Task, demo.WaitForExitAsync(ct), Task.Delay(TimeSpan.FromMinutes(6), ct));
            Assert.True(finished == announced.Task, $"picket demo --serve printed no dashboard URL and ready server:\n{output}");
            var url = await announced.Task;
            Assert.Equal(urls + "/", url.AbsoluteUri);
            string printed;
            lock (output) printed = output.ToString();
            Assert.Contains("| encounter |", printed, StringComparison.Ordinal); // the evaluation table came first

            await using var tab = await site.OpenAsync(url);
            await tab.WaitForViewAsync("home");
            await tab.WaitForMapAsync();
            await tab.Page.WaitForFunctionAsync("() => window.map.queryRenderedFeatures({ layers: ['tracks'] }).length > 0", null, new() { Timeout = 30_000 });
            await tab.ScreenshotAsync("6-demo-serve");
            await tab.AssertCleanAsync();
        }
        finally
        {
            if (!demo.HasExited) demo.Kill(entireProcessTree: true);
            await demo.WaitForExitAsync(CancellationToken.None);
        }
    }

    [GeneratedRegex(@"^Dashboard: open (http://\S+/) ")]
    private static partial Regex DashboardLine();
}
