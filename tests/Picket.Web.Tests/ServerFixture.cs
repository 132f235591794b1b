using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Picket.Analysis;
using Picket.Simulation;
using Picket.Simulation.Lists;

[assembly: AssemblyFixture(typeof(Picket.Web.Tests.ServerFixture))]

namespace Picket.Web.Tests;

/// <summary>
/// One server for the tests: a small simulated scenario (40 vessels × 12 h of the Yellow Sea, with planted transfers
/// and DPRK port calls) analysed in-process by <see cref="AnalysisJob"/> into a store, served by <see cref="Picket.Web.PicketServer"/>
/// on a free loopback port with an API key, screening against the tests' own small list.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-5b1f";
    private readonly TempDir _dir = new("picket-web-tests");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public AnalysisResult Analysis { get; private set; } = null!;
    public string ScenarioDirectory => _dir["scenario"];
    public string AnalysisDirectory => _dir["analysis"];
    public string StorePath => Path.Combine(AnalysisDirectory, "picket.duckdb");
    public string WorkDirectory => _dir["work"];

    /// <summary>The running server's shared state (its store readers and the sorted position copies' rebuilds).</summary>
    internal Picket.Web.Hosting.ServerState State => _app!.Services.GetRequiredService<Picket.Web.Hosting.ServerState>();

    /// <summary>The options the server writes its JSON answers with.</summary>
    public JsonSerializerOptions Json => _app!.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    public async ValueTask InitializeAsync()
    {
        var sim = new SimulationOptions { Hours = 12, Vessels = 40, Seed = 11 };
        Simulator.RunToDirectory(sim, ScenarioDirectory);
        var synthetic = SyntheticSanctions.Write(sim, ScenarioDirectory);
        Analysis = await new AnalysisJob(new AnalysisRequest
        {
            Inputs = [Path.Combine(ScenarioDirectory, "feed.nmea")],
            OutputDirectory = AnalysisDirectory,
            ListsDirectory = synthetic.ListsDirectory,
            Registry = synthetic.Registry,
            Outputs = AnalysisOutputs.Events | AnalysisOutputs.Vessels | AnalysisOutputs.Store,
        }).RunAsync();

        var options = new ServeOptions
        {
            StorePath = StorePath,
            ListsDirectory = TestLists.Write(_dir["lists"]),
            Urls = "http://127.0.0.1:0",
            ApiKey = ApiKey,
            RequestsPerSecond = 0,
            MaxUploadBytes = 64 * 1024,
            InputDirectory = ScenarioDirectory,
            WorkDirectory = WorkDirectory,
        };
        (_app, BaseAddress) = await StartAsync(options);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Builds and starts a server; the address it listens on (port 0 = any free one).</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(ServeOptions options)
    {
        var app = PicketServer.Build(options, out var refusal) ?? throw new InvalidOperationException(refusal!.Message);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app != null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _dir.Dispose();
    }
}
