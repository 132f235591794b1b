using Picket.Simulation;
using Picket.Testing.Feeds;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// A small simulated recording (40 vessels, 12 hours: about 100,000 messages, planted encounters, identity games and
/// port calls, with copies heard by two receivers) and <c>picket analyze</c>'s final events on it, made once for the
/// tests of the watch's source kinds and their resume; also its first 30,000 lines and their batch events, for the paced UDP test.
/// </summary>
public sealed class SmallFeed : IDisposable
{
    /// <summary>The test collection that shares one <see cref="SmallFeed"/>.</summary>
    public const string Collection = "small simulated feed";

    private readonly TempDir _dir = new("picket-watch-kinds");
    private readonly Lazy<Task<Dictionary<string, string>>> _events;
    private readonly Lazy<Task<Dictionary<string, string>>> _headEvents;

    public SmallFeed()
    {
        Simulator.RunToDirectory(new SimulationOptions { Vessels = 40, Hours = 12, Seed = 11 }, _dir.Path);
        File.WriteAllLines(Head, File.ReadLines(Feed).Take(30_000));
        _events = new(() => BatchAsync(Feed, "batch"));
        _headEvents = new(() => BatchAsync(Head, "batch-head"));
    }

    /// <summary>The recording (plain NMEA).</summary>
    public string Feed => _dir["feed.nmea"];

    /// <summary>Its first 30,000 lines.</summary>
    public string Head => _dir["head.nmea"];

    /// <summary><c>picket analyze</c>'s final events on <see cref="Feed"/>, by id.</summary>
    public Task<Dictionary<string, string>> Events => _events.Value;

    /// <summary><c>picket analyze</c>'s final events on <see cref="Head"/>, by id.</summary>
    public Task<Dictionary<string, string>> HeadEvents => _headEvents.Value;

    private async Task<Dictionary<string, string>> BatchAsync(string feed, string name)
    {
        var dir = _dir[name];
        await new AnalysisJob(new AnalysisRequest { Inputs = [feed], OutputDirectory = dir, Outputs = AnalysisOutputs.Events })
            .RunAsync(CancellationToken.None);
        return FinalEvents.Read(Path.Combine(dir, "events.jsonl"));
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>The tests of the watch's sources share one <see cref="SmallFeed"/> (its batch run is the slow part).</summary>
[CollectionDefinition(SmallFeed.Collection)]
public sealed class SmallFeedCollection : ICollectionFixture<SmallFeed>;
