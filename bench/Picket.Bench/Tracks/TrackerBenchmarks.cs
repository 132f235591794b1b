using BenchmarkDotNet.Attributes;
using Picket.Core;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Testing.Traffic;

namespace Picket.Bench.Tracks;

/// <summary>The track builder and identity history alone, per item, on the open-sea traffic the detection benchmark
/// uses (200 vessels, 8 h, a fix every 3 min); the input is made before timing.</summary>
[MemoryDiagnoser]
public class TrackerBenchmarks
{
    private List<TrafficItem> _items = [];

    [Params(200)]
    public int Vessels { get; set; }

    [GlobalSetup]
    public void Setup() => _items = new SyntheticTraffic(new TrafficOptions { Vessels = Vessels }).Items();

    [Benchmark(Description = "VesselTracker: fixes and identity reports of one sea")]
    public long Track()
    {
        var tracks = new NullTrackSink();
        var tracker = new VesselTracker(tracks, NullEventSink.Instance);
        foreach (var item in _items)
            item.FeedTo(tracker);
        tracker.Flush();
        return tracks.Fixes;
    }
}
