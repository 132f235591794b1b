using Picket.Testing;
using System.Diagnostics;
using Microsoft.Playwright;
using Picket.Simulation.Evaluation;

namespace Picket.E2E.Tests;

/// <summary>
/// Runs <c>picket demo</c> once (default scenario: 500 vessels × 72 h, about 40–80 s and 0.9 GB in a temp folder) and
/// opens its <c>report.html</c> in headless Debian chromium through Playwright. Debian's browser is used by path, so
/// nothing is downloaded (never <c>playwright install</c>). Without that browser nothing runs and every test skips.
/// </summary>
public sealed class DemoReport : IAsyncLifetime
{
    /// <summary>The browser binary; <c>PICKET_CHROMIUM</c> overrides it (a missing path shows the skip).</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("PICKET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool HasChromium => File.Exists(ChromiumPath);

    public static string SkipReason => $"no chromium at {ChromiumPath} (install Debian's `chromium`, or set PICKET_CHROMIUM)";

    // The flags that make Debian's chromium start headless as root, offline, without first-run work (Chromium's documented command-line switches).
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "picket-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string ReportPath => Path.Combine(_dir, "analysis", "report.html");

    /// <summary>The planted truth's events (<c>scenario/truth.jsonl</c>): the known answers.</summary>
    public IReadOnlyList<ScoredEvent> Truth { get; private set; } = [];

    public IPage Page { get; private set; } = null!;

    /// <summary>Console messages of type error and uncaught page errors, from before the page loaded.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>alert/confirm/prompt dialogs opened by the page: any would mean a script from the data ran.</summary>
    public List<string> Dialogs { get; } = [];

    public string DemoLog { get; private set; } = "";

    public TimeSpan DemoTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!HasChromium) return;
        try
        {
            await RunDemoAndOpenReportAsync();
        }
        catch
        {
            await DisposeAsync(); // a failed start must not leave a browser or 0.9 GB behind
            throw;
        }
    }

    private async Task RunDemoAndOpenReportAsync()
    {
        Directory.CreateDirectory(_dir);
        var watch = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await PicketCli.RunAsync(["demo", "--out", _dir], TimeSpan.FromMinutes(8));
        DemoTime = watch.Elapsed;
        DemoLog = stdout + stderr;
        if (exit != 0 || !File.Exists(ReportPath)) throw new InvalidOperationException($"picket demo exited {exit}:\n{DemoLog}");
        // The feed is most of the 0.9 GB and is not needed any more.
        File.Delete(Path.Combine(_dir, "scenario", "feed.nmea"));
        File.Delete(Path.Combine(_dir, "scenario", "feed.csv"));
        var truth = EventFileReader.Read(Path.Combine(_dir, "scenario", "truth.jsonl"));
        if (truth.BadLines > 0) throw new InvalidOperationException($"truth.jsonl: {truth.BadLines} bad lines, first: {truth.FirstProblem}");
        Truth = truth.Events;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        Page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        Page.Console += (_, m) => { if (m.Type == "error") ConsoleErrors.Add(m.Text); };
        Page.PageError += (_, e) => ConsoleErrors.Add("page error: " + e);
        Page.Dialog += async (_, d) => { Dialogs.Add($"{d.Type}: {d.Message}"); await d.DismissAsync(); };
        var response = await Page.GotoAsync(new Uri(ReportPath).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        if (response is { Ok: false }) throw new InvalidOperationException($"opening {ReportPath}: HTTP-like status {response.Status}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser != null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        (_browser, _playwright) = (null, null);
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
