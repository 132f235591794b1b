using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Picket.Web.BrowserTests;

/// <summary>
/// An analyst's way through the dashboard on the demo store: find a planted ship-to-ship tanker by a misspelt name,
/// see its encounter and the partner highlighted on the map, open the event's evidence, then the cap chart. The
/// planted pair comes from the simulator's truth, never from what the dashboard shows.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardJourneyTests(DashboardSite site)
{
    [Fact]
    public async Task Misspelt_search_finds_a_planted_STS_tanker_whose_encounter_partner_evidence_and_cap_chart_show()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (tanker, tankerName, partner) = PlantedStsPair();
        string misspelt = Misspell(tankerName);
        Assert.False(tankerName.StartsWith(misspelt, StringComparison.OrdinalIgnoreCase), "the misspelling must not be a mere prefix");

        await using var tab = await site.OpenAsync("/");
        var page = tab.Page;
        await tab.WaitForViewAsync("home");
        await page.FillAsync("#q", misspelt);
        await page.PressAsync("#q", "Enter");
        await tab.WaitForViewAsync("search");
        Assert.Contains("#/search?q=", page.Url, StringComparison.Ordinal);
        var hit = page.Locator($"#search-results a.vessel-link[data-mmsi=\"{tanker}\"]");
        Assert.True(await hit.CountAsync() == 1, $"'{misspelt}' did not find planted tanker {tanker} ({tankerName}); results: {await page.Locator("#panel").InnerTextAsync()}");
        await tab.ScreenshotAsync("1-search");

        await hit.ClickAsync();
        await tab.WaitForViewAsync($"vessel/{tanker}");
        Assert.EndsWith($"#/vessel/{tanker}", page.Url, StringComparison.Ordinal);
        Assert.Equal(tankerName, await page.Locator("#vessel-name").TextContentAsync());
        var encounter = page.Locator($"#vessel-events tr:has(a.partner-link[data-mmsi=\"{partner}\"]) a.event-link[data-type=\"encounter\"]");
        Assert.True(await encounter.CountAsync() >= 1, $"no encounter with partner {partner} in the panel: {await page.Locator("#vessel-events").InnerTextAsync()}");
        Assert.True(await page.Locator("#vessel-chart canvas").CountAsync() > 0, "no speed/draught chart");

        // On the map: the tanker's track in the focus layer, the partner's in the partner layer, both actually drawn.
        await tab.WaitForMapAsync();
        Assert.Contains(partner, FilterMmsis(await tab.LayerFilterAsync("partner-track")));
        await page.WaitForFunctionAsync("m => window.map.queryRenderedFeatures({ layers: ['partner-track'] }).some(f => Number(f.properties.mmsi) === m)", partner, new() { Timeout = 30_000 });
        Assert.Contains(tanker, await tab.RenderedMmsisAsync("focus-track"));
        Assert.DoesNotContain(tanker, await tab.RenderedMmsisAsync("partner-track"));
        await tab.ScreenshotAsync("2-vessel");

        string eventId = (await encounter.First.GetAttributeAsync("data-event-id"))!;
        await encounter.First.ClickAsync();
        await tab.WaitForViewAsync($"event/{eventId}");
        Assert.Equal("encounter", await page.Locator("#event-title").GetAttributeAsync("data-type"));
        var evidence = await page.Locator("#evidence tbody tr td:first-child").AllTextContentsAsync();
        Assert.Contains("min_distance_m", evidence);
        Assert.Contains("median_distance_m", evidence);
        Assert.Equal(partner.ToString(CultureInfo.InvariantCulture), await page.Locator("#event-vessels li.partner a").First.GetAttributeAsync("data-mmsi"));
        await tab.WaitForMapAsync();
        await page.WaitForFunctionAsync("m => window.map.queryRenderedFeatures({ layers: ['partner-track'] }).some(f => Number(f.properties.mmsi) === m)", partner, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("id => window.map.queryRenderedFeatures({ layers: ['event-focus'] }).some(f => f.properties.id === id)", eventId, new() { Timeout = 30_000 });
        await tab.ScreenshotAsync("3-event");

        await page.ClickAsync("a[href='#/cap']");
        await tab.WaitForViewAsync("cap");
        await AssertCapChartAsync(page);
        await tab.ScreenshotAsync("4-cap");
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task Every_view_opens_from_its_URL_alone()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? "");
        var (tanker, _, partner) = PlantedStsPair();
        string eventId;
        await using (var vessel = await site.OpenAsync($"/#/vessel/{tanker}"))
        {
            await vessel.WaitForViewAsync($"vessel/{tanker}");
            eventId = (await vessel.Page.Locator($"#vessel-events tr:has(a.partner-link[data-mmsi=\"{partner}\"]) a.event-link[data-type=\"encounter\"]").First.GetAttributeAsync("data-event-id"))!;
            await vessel.AssertCleanAsync();
        }
        await using (var ev = await site.OpenAsync("/#/event/" + Uri.EscapeDataString(eventId)))
        {
            await ev.WaitForViewAsync($"event/{eventId}");
            Assert.True(await ev.Page.Locator("#evidence tbody tr").CountAsync() > 3, "the event opened from its URL shows no evidence");
            await ev.AssertCleanAsync();
        }
        await using (var cap = await site.OpenAsync("/#/cap"))
        {
            await cap.WaitForViewAsync("cap");
            await AssertCapChartAsync(cap.Page);
            await cap.AssertCleanAsync();
        }
        await using (var unknown = await site.OpenAsync("/#/vessel/999999999"))
        {
            // An unknown vessel is an answer (404 with a message), shown as such rather than a broken page.
            await unknown.Page.WaitForSelectorAsync("#panel .error", new() { Timeout = 30_000 });
            Assert.Empty(unknown.Dialogs);
        }
    }

    /// <summary>The cap chart: the 500,000-barrel line and bars actually drawn on its canvas, and the table behind it.</summary>
    private static async Task AssertCapChartAsync(IPage page)
    {
        Assert.Equal("500000", await page.Locator("#cap-chart").GetAttributeAsync("data-cap"));
        var years = await page.Locator("#cap-table tbody tr td:first-child").AllTextContentsAsync();
        Assert.Contains("2018", years); // the scenario's year, in which DPRK port calls were planted
        var deliveries = await page.Locator("#cap-table tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.True(deliveries.Sum(d => int.Parse(d.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)) > 0, "no deliveries in the cap table");
        // Count the bar's red and the cap line's black pixels on uPlot's canvas: drawn, not only created.
        var counts = await page.EvaluateAsync<int[]>("""
            () => {
              const c = document.querySelector('#cap-chart canvas');
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let red = 0, black = 0;
              for (let i = 0; i < d.length; i += 4) {
                if (d[i + 3] < 200) continue;
                if (d[i] > 180 && d[i + 1] < 150 && d[i + 2] < 150) red++;
                if (d[i] < 40 && d[i + 1] < 40 && d[i + 2] < 40) black++;
              }
              return [red, black];
            }
            """);
        Assert.True(counts[0] > 200, $"cap chart: only {counts[0]} bar pixels drawn");
        Assert.True(counts[1] > 100, $"cap chart: only {counts[1]} cap-line/axis pixels drawn");
    }

    /// <summary>The first planted STS transfer that was on air (truth: encounter, scenario sts_*, observable), with the tanker's name.</summary>
    private (long Tanker, string Name, long Partner) PlantedStsPair()
    {
        foreach (var e in site.Truth)
        {
            if (e.GetProperty("type").GetString() != "encounter") continue;
            var evidence = e.GetProperty("evidence");
            if (!(evidence.TryGetProperty("scenario", out var s) && s.GetString()!.StartsWith("sts_", StringComparison.Ordinal))) continue;
            if (evidence.TryGetProperty("observable", out var o) && o.ValueKind == JsonValueKind.False) continue;
            var vessels = e.GetProperty("vessels").EnumerateArray().ToList();
            if (vessels.Count != 2 || !vessels[0].TryGetProperty("name", out var name) || name.GetString() is not { Length: >= 6 } n) continue;
            return (vessels[0].GetProperty("mmsi").GetInt64(), n, vessels[1].GetProperty("mmsi").GetInt64());
        }
        Assert.Fail("the scenario's truth has no observable planted STS encounter");
        return default;
    }

    /// <summary>A typist's slip: the second-to-last letter dropped, in lower case ("BLUE HORIZON" → "blue horizn").</summary>
    internal static string Misspell(string name)
    {
        int i = name.Length - 2;
        while (i > 0 && !char.IsLetter(name[i])) i--;
        return name.Remove(i, 1).ToLowerInvariant();
    }

    private static List<long> FilterMmsis(JsonElement filter) =>
        // ["in", ["get","mmsi"], ["literal", [m1, m2]]]
        filter[2][1].EnumerateArray().Select(v => v.GetInt64()).ToList();
}
