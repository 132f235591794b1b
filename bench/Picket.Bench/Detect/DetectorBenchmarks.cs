using BenchmarkDotNet.Attributes;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Testing.Traffic;

namespace Picket.Bench.Detect;

/// <summary>Tracks plus every sea-event detector on the open sea with planted encounters and drifters (the
/// detect-scaling command's 1× sea, shorter); the input is made before timing.</summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private List<TrafficItem> _items = [];

    [Params(200)]
    public int Vessels { get; set; }

    [GlobalSetup]
    public void Setup() => _items = new SyntheticTraffic(new TrafficOptions { Vessels = Vessels }).Items();

    [Benchmark(Description = "VesselTracker + SeaEventDetectors: one sea")]
    public long Detect()
    {
        var events = new NullEventSink();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        foreach (var item in _items)
        {
            if (!item.IsIdentity)
            {
                tracker.Add(item.Fix);
                continue;
            }
            tracker.Add(item.Identity);
            detectors.OnIdentity(item.Identity);
        }
        tracker.Flush();
        detectors.Flush();
        return detectors.Stats.EventsEmitted;
    }
}
