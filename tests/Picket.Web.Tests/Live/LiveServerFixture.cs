using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Picket.Core.Input.Live;
using Picket.Core.Events;
using Picket.Simulation;
using Picket.Testing.Feeds;
using Picket.Web.Live;

namespace Picket.Web.Tests.Live;

/// <summary>
/// A server watching a live feed: a simulated scenario (40 vessels × 12 h of the Yellow Sea with planted transfers
/// and DPRK port calls) replayed over loopback TCP by <see cref="NmeaFeedServer"/> at a pace that spreads it over
/// about <see cref="ReplaySeconds"/> s, into a server started on an empty store with <c>--watch</c>. The scenario's
/// truth (what the simulator planted) is the known answer the alerts are judged by.
/// </summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    public const double ReplaySeconds = 20;
    private readonly TempDir _dir = new("picket-web-live");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public NmeaFeedServer Feed { get; private set; } = null!;
    public string FeedPath => Path.Combine(_dir["scenario"], Simulator.FeedFile);
    public string WatchDirectory => _dir["watch"];

    /// <summary>The store the batch analysis of the same recording wrote.</summary>
    public string BatchStorePath => Path.Combine(_dir["batch"], "picket.duckdb");
    public IReadOnlyList<PicketEvent> Truth { get; private set; } = [];

    /// <summary>Lines in the recording: the watch has read it all when its source counted as many.</summary>
    public long FeedLines { get; private set; }

    internal LiveWatch Watch => _app!.Services.GetRequiredService<LiveWatch>();

    internal Picket.Web.Hosting.ServerState State => _app!.Services.GetRequiredService<Picket.Web.Hosting.ServerState>();

    public async ValueTask InitializeAsync()
    {
        Simulator.RunToDirectory(new SimulationOptions { Hours = 12, Vessels = 40, Seed = 11 }, _dir["scenario"]);
        using (var truth = File.OpenRead(Path.Combine(_dir["scenario"], Simulator.TruthFile)))
            Truth = [.. new JsonLinesEventReader(truth).ReadAll()];
        FeedLines = File.ReadLines(FeedPath).LongCount(l => l.Length > 0);
        // The known answer for the live map: the batch job (picket analyze's) on the same recording, in a store of its own.
        await new Picket.Analysis.AnalysisJob(new Picket.Analysis.AnalysisRequest
        {
            Inputs = [FeedPath], OutputDirectory = _dir["batch"],
            Outputs = Picket.Analysis.AnalysisOutputs.Events | Picket.Analysis.AnalysisOutputs.Store,
        }).RunAsync();
        Feed = new NmeaFeedServer(FeedPath, bytesPerSecond: new FileInfo(FeedPath).Length / ReplaySeconds);
        var source = LiveSourceAddress.Parse(Feed.Url);
        (_app, BaseAddress) = await ServerFixture.StartAsync(new ServeOptions
        {
            StorePath = Path.Combine(_dir["store"], "picket.duckdb"),
            ListsDirectory = TestLists.Write(_dir["lists"]),
            Urls = "http://127.0.0.1:0",
            RequestsPerSecond = 0,
            WorkDirectory = _dir["work"],
            Watch = new LiveWatchOptions
            {
                Sources = [source], Directory = WatchDirectory, PositionFramesPerSecond = 10,
                RefreshInterval = TimeSpan.FromSeconds(2), CheckpointInterval = TimeSpan.FromSeconds(2), StoreChunkInterval = TimeSpan.FromSeconds(1),
            },
        });
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        // Two position-stream clients from the start of the replay: one that reads every frame as it comes (what a
        // browser sees while vessels move), and one with a small receive window that reads nothing until a test asks.
        _recording = RecordPositionsAsync(_stop.Token);
        SlowClient = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await SlowClient.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
        await SlowClient.SendAsync(Encoding.ASCII.GetBytes("GET /api/v1/live/positions HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    private readonly CancellationTokenSource _stop = new();
    private Task _recording = Task.CompletedTask;
    private readonly List<ServerSentEvent> _recorded = [];

    /// <summary>A position-stream client connected at start that reads nothing until a test reads it.</summary>
    public Socket SlowClient { get; private set; } = null!;

    /// <summary>The frames the reading client has received so far.</summary>
    internal IReadOnlyList<ServerSentEvent> RecordedFrames
    {
        get { lock (_recorded) return [.. _recorded]; }
    }

    private async Task RecordPositionsAsync(CancellationToken ct)
    {
        try
        {
            using var response = await Client.GetAsync("/api/v1/live/positions", HttpCompletionOption.ResponseHeadersRead, ct);
            var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(ct));
            while (await reader.NextAsync(ct) is { } e)
                lock (_recorded) _recorded.Add(e);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
        }
    }

    /// <summary>Waits until the watch has read the whole recording and the store and read model have caught up with it.</summary>
    public async Task<JsonElement> WaitForReplayAsync(CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(150);
        long checkpointsAtEnd = -1;
        string last = "";
        while (DateTime.UtcNow < until)
        {
            last = await Client.GetStringAsync("/api/v1/live/status", ct);
            var status = JsonDocument.Parse(last).RootElement;
            var sources = status.GetProperty("sources");
            long lines = sources.GetArrayLength() == 1 ? sources[0].GetProperty("lines").GetInt64() : 0;
            long checkpoints = status.GetProperty("checkpoints").GetInt64();
            Assert.NotEqual("failed", status.GetProperty("state").GetString());
            if (lines >= FeedLines)
            {
                // Two checkpoints after the last line: the last chunk (≤ 1 s) and the events are in the store by then;
                // then the read model must hold what the store holds.
                if (checkpointsAtEnd < 0) checkpointsAtEnd = checkpoints;
                else if (checkpoints >= checkpointsAtEnd + 2 && status.GetProperty("readModel").GetProperty("current").GetBoolean()) return status;
            }
            await Task.Delay(500, ct);
        }
        throw new TimeoutException($"the watch did not read the whole recording ({FeedLines:N0} lines) within 150 s: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _recording;
        _stop.Dispose();
        SlowClient?.Dispose();
        Client?.Dispose();
        if (_app != null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (Feed != null) await Feed.DisposeAsync();
        _dir.Dispose();
    }
}
