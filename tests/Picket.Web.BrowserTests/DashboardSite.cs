using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Picket.Simulation;
using Picket.Simulation.Lists;
using Picket.Testing;

namespace Picket.Web.BrowserTests;

/// <summary>
/// A small demo store served by the real <c>picket serve</c>, with headless chromium ready: the simulator's default
/// Yellow Sea scenario (60 vessels, 24 h, seed 42: planted STS transfers and DPRK port calls, with their truth) plus a
/// CSV vessel named <see cref="HostileCsv.Name"/>, analyzed by <c>picket analyze</c> into <c>picket.duckdb</c>.
/// Every test skips with the reason when chromium or npm is missing.
/// </summary>
public sealed class DashboardSite : IAsyncLifetime
{
    private static readonly SimulationOptions Scenario = new() { Vessels = 60, Hours = 24, Seed = 42 };

    private readonly TempDir _temp = new("picket-dashboard");
    private readonly StringBuilder _serverLog = new();
    private Process? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? SkipReason { get; private set; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The planted truth's events, as the simulator wrote them (scenario/truth.jsonl), with names.</summary>
    public IReadOnlyList<JsonElement> Truth { get; private set; } = [];

    public string ServerLog { get { lock (_serverLog) return _serverLog.ToString(); } }

    /// <summary>Where screenshots go: TestResults/ beside the test binaries (also attached to each test).</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard-screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.Present) { SkipReason = Chromium.SkipReason; return; }
        if (Repository.Root is null) { SkipReason = "not run from a checkout (no global.json above the test binaries)"; return; }
        try
        {
            if (!await BuildDashboardAsync()) return;
            string store = await AnalyzeAsync();
            await StartServerAsync(store);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = Chromium.Args });
        }
        catch
        {
            await DisposeAsync(); // a failed start must leave no server, browser or files behind
            throw;
        }
    }

    /// <summary>The same build step as <c>./picket serve</c>: builds src/Picket.Web/wwwroot when missing or stale.</summary>
    private async Task<bool> BuildDashboardAsync()
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Repository.DashboardBuildScript);
        var (exit, stdout, stderr) = await PicketCli.RunAsync(psi, TimeSpan.FromMinutes(5));
        string output = stdout + stderr;
        if (exit == 3) { SkipReason = "the dashboard cannot be built here: " + output.Trim(); return false; }
        if (exit != 0) throw new InvalidOperationException($"dashboard build exited {exit}:\n{output}");
        // picket serve serves the wwwroot beside its assembly, which the build copies only when it existed at build
        // time; refresh the copy beside the tests' picket.dll from the build just checked, as that copy would be.
        string served = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(served)) Directory.Delete(served, recursive: true);
        CopyTree(Repository.StaticFiles, served);
        return true;
    }

    private async Task<string> AnalyzeAsync()
    {
        string scenario = _temp["scenario"], analysis = _temp["analysis"];
        Directory.CreateDirectory(scenario);
        Simulator.RunToDirectory(Scenario, scenario);
        string feed = Path.Combine(scenario, "feed.nmea");
        File.Delete(Path.Combine(scenario, "feed.csv")); // the NMEA feed carries the same traffic
        var lists = SyntheticSanctions.Write(Scenario, scenario);
        string hostile = _temp["hostile.csv"];
        HostileCsv.Write(hostile, Scenario.Start);
        Truth = File.ReadLines(Path.Combine(scenario, "truth.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

        var (exit, stdout, stderr) = await PicketCli.RunAsync(
            ["analyze", feed, hostile, "--out", analysis, "--lists", lists.ListsDirectory, "--registry", lists.Registry, "--quiet"],
            TimeSpan.FromMinutes(8));
        string store = Path.Combine(analysis, "picket.duckdb");
        if (exit != 0 || !File.Exists(store)) throw new InvalidOperationException($"picket analyze exited {exit}:\n{stdout}{stderr}");
        File.Delete(feed);
        return store;
    }

    private async Task StartServerAsync(string store)
    {
        int port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var psi = PicketCli.StartInfo(["serve", "--db", store, "--urls", BaseUrl.GetLeftPart(UriPartial.Authority)]);
        _server = Process.Start(psi)!;
        _server.OutputDataReceived += (_, e) => { if (e.Data != null) lock (_serverLog) _serverLog.AppendLine(e.Data); };
        _server.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (_serverLog) _serverLog.AppendLine(e.Data); };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_server.HasExited) throw new InvalidOperationException($"picket serve exited {_server.ExitCode}:\n{ServerLog}");
            try
            {
                using var response = await http.GetAsync(new Uri("api/v1/cap", UriKind.Relative));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"picket serve did not answer on {BaseUrl} within 90 s:\n{ServerLog}");
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A fresh page (its own context) that records dialogs, console errors and page errors.</summary>
    public Task<DashboardPage> OpenAsync(string route) => OpenAsync(new Uri(BaseUrl, route));

    /// <summary>A fresh page on any server of this machine (e.g. the one <c>picket demo --serve</c> started).</summary>
    public async Task<DashboardPage> OpenAsync(Uri url)
    {
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var watched = new DashboardPage(page, context);
        await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        return watched;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser != null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        (_browser, _playwright) = (null, null);
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        _server = null;
        _temp.Dispose();
    }
}
