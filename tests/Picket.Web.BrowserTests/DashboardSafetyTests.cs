using System.Globalization;

namespace Picket.Web.BrowserTests;

/// <summary>
/// Untrusted strings stay text: a vessel whose AIS name (from CSV input) is <c>&lt;img src=x onerror=alert(1)&gt;</c>
/// appears in search results, its panel and the map with no element made from it, no dialog and no CSP violation.
/// And the map itself: WebGL through SwiftShader, the offline basemap and the data layers drawn, no request off the server.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardSafetyTests(DashboardSite site)
{
    [Fact]
    public async Task A_vessel_named_with_markup_from_CSV_shows_as_text_with_no_dialog_and_no_CSP_violation()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        string mmsi = HostileCsv.Mmsi.ToString(CultureInfo.InvariantCulture);
        await using var tab = await site.OpenAsync("/#/search?q=" + mmsi);
        var page = tab.Page;
        await tab.WaitForViewAsync("search");
        var hit = page.Locator($"#search-results a.vessel-link[data-mmsi=\"{mmsi}\"]");
        Assert.True(await hit.CountAsync() == 1, $"vessel {mmsi} from the CSV is not found: {await page.Locator("#panel").InnerTextAsync()}");
        // The name as stored may be normalised (upper case, trimmed): compare with it, case-insensitively, as text.
        string shown = (await hit.TextContentAsync())!;
        Assert.Equal(HostileCsv.Name, shown, ignoreCase: true);

        await hit.ClickAsync();
        await tab.WaitForViewAsync($"vessel/{mmsi}");
        Assert.Equal(HostileCsv.Name, await page.Locator("#vessel-name").TextContentAsync(), ignoreCase: true);
        Assert.Contains(HostileCsv.Name, await page.Locator("#identities").TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        await tab.WaitForMapAsync();
        await page.WaitForFunctionAsync("m => window.map.queryRenderedFeatures({ layers: ['focus-track'] }).some(f => Number(f.properties.mmsi) === m)", (long)HostileCsv.Mmsi, new() { Timeout = 30_000 });
        await tab.ScreenshotAsync("5-hostile-name");

        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img, [onerror]').length"));
        // Give an injected onerror (had there been one) time to fire before checking that nothing did.
        await page.WaitForTimeoutAsync(500);
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task The_map_draws_the_offline_basemap_and_every_data_layer_with_software_WebGL_and_fetches_nothing_off_the_server()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var foreign = new List<string>();
        await using var tab = await site.OpenAsync("/");
        tab.Page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(site.BaseUrl.AbsoluteUri, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) lock (foreign) foreign.Add(r.Url);
        };
        await tab.WaitForViewAsync("home");
        await tab.WaitForMapAsync();
        string renderer = await tab.Page.EvaluateAsync<string>("""
            () => {
              const gl = window.map.painter.context.gl;
              const info = gl.getExtension('WEBGL_debug_renderer_info');
              return (gl instanceof WebGL2RenderingContext ? 'webgl2 ' : 'webgl1 ') + (info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '?');
            }
            """);
        TestContext.Current.TestOutputHelper?.WriteLine($"renderer: {renderer}");
        Assert.StartsWith("webgl2", renderer, StringComparison.Ordinal);

        foreach (string layer in new[] { "land", "tracks", "events-encounter", "events-port_call", "events-loitering", "events-gap" })
        {
            await tab.Page.WaitForFunctionAsync("l => window.map.queryRenderedFeatures({ layers: [l] }).length > 0", layer, new() { Timeout = 30_000 });
        }
        await tab.ScreenshotAsync("0-overview");
        Assert.Empty(foreign);
        await tab.AssertCleanAsync();
    }
}
