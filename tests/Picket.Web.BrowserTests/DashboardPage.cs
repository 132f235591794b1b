using System.Text.Json;
using Microsoft.Playwright;

namespace Picket.Web.BrowserTests;

/// <summary>
/// One browser tab on the dashboard, with everything that would betray a problem recorded: dialogs (a script from the
/// data ran), console errors, uncaught page errors, and the page's own <c>window.probe</c> (map errors, failed API
/// calls, CSP violations).
/// </summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly List<string> _dialogs = [];
    private readonly List<string> _consoleErrors = [];
    private readonly IBrowserContext _context;

    /// <summary>Hooks the page before it navigates, so nothing from the first load is missed.</summary>
    public DashboardPage(IPage page, IBrowserContext context)
    {
        (Page, _context) = (page, context);
        page.Dialog += async (_, d) => { lock (_dialogs) _dialogs.Add($"{d.Type}: {d.Message}"); await d.DismissAsync(); };
        page.Console += (_, m) => { if (m.Type == "error") lock (_consoleErrors) _consoleErrors.Add(m.Text); };
        page.PageError += (_, e) => { lock (_consoleErrors) _consoleErrors.Add("page error: " + e); };
    }

    /// <summary>Waits until the dashboard has rendered the view fully (window.probe.view), e.g. "vessel/441234567".</summary>
    public async Task WaitForViewAsync(string view, int timeoutMs = 60_000)
    {
        try
        {
            await Page.WaitForFunctionAsync("v => window.probe && window.probe.view === v", view, new() { Timeout = timeoutMs });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"view {view} not rendered in {timeoutMs} ms; page is at {Page.Url}, probe: {await ProbeJsonAsync()}");
        }
    }

    /// <summary>Waits until MapLibre says the map is loaded and has no tiles or sources pending.</summary>
    public Task WaitForMapAsync(int timeoutMs = 60_000) =>
        Page.WaitForFunctionAsync("() => window.probe && window.probe.loaded && window.map && window.map.loaded() && !window.map.isMoving()", null, new() { Timeout = timeoutMs });

    public async Task<string> ProbeJsonAsync() => await Page.EvaluateAsync<string>("() => JSON.stringify(window.probe ?? null)");

    public async Task<string[]> ProbeListAsync(string name) => await Page.EvaluateAsync<string[]>($"() => window.probe.{name}");

    /// <summary>MMSIs of the features drawn in a map layer right now (rendered, not merely in the source).</summary>
    public async Task<long[]> RenderedMmsisAsync(string layer) => await Page.EvaluateAsync<long[]>(
        "l => [...new Set(window.map.queryRenderedFeatures({ layers: [l] }).map(f => Number(f.properties.mmsi)))]", layer);

    public async Task<JsonElement> LayerFilterAsync(string layer) => await Page.EvaluateAsync<JsonElement>("l => window.map.getFilter(l)", layer);

    /// <summary>Asserts the page saw no dialog, no console or page error, no map/API error and no CSP violation.</summary>
    public async Task AssertCleanAsync()
    {
        Assert.Empty(_dialogs);
        Assert.Empty(await ProbeListAsync("cspViolations"));
        Assert.Empty(await ProbeListAsync("errors"));
        Assert.Empty(_consoleErrors);
    }

    /// <summary>Saves a screenshot under TestResults/dashboard-screenshots, attaches it to the test and prints the path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(DashboardSite.ScreenshotDirectory);
        string path = Path.Combine(DashboardSite.ScreenshotDirectory, name + ".png");
        var bytes = await Page.ScreenshotAsync(new() { Path = path, Timeout = 60_000 });
        Assert.True(bytes.Length > 10_000, $"screenshot {name} is only {bytes.Length} bytes");
        TestContext.Current.AddAttachment(name, bytes, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path} ({bytes.Length:N0} bytes)");
        return path;
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Dialogs => _dialogs;

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
