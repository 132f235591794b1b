using Picket.Ais;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Voyages;

namespace Picket.Simulation.Tests;

/// <summary>
/// Runs Picket's detectors on an NMEA file in process, wired as <c>picket detect</c> wires them (Core's AisFeed into a
/// VesselTracker for tracks and identities, SeaEventDetectors for the sea events), so the benchmark scores the
/// library without going through the command line. The voyage stage follows the detectors, as in <c>picket analyze</c>,
/// so laundering chains are scored too.
/// </summary>
internal static class CoreDetectors
{
    public static void Run(string nmeaPath, string eventsPath)
    {
        using var stream = new BufferedStream(File.Create(eventsPath), 1 << 16);
        using var file = new JsonLinesEventWriter(stream, leaveOpen: true);
        var hulls = new HullActivityCollector();
        var writer = new EventFanOut(file, hulls);
        VesselTracker? tracker = null;
        var detectors = new SeaEventDetectors(writer, new DetectionOptions(), m => tracker!.Identities.Resolve(m));
        tracker = new VesselTracker(detectors, writer);
        using (var input = NmeaStreamReader.OpenFile(nmeaPath))
            NmeaStreamReader.Read(input, new AisDecoder(), new AisFeed(new VoyageFeedTap(new TrackerFeedTarget(tracker, r => detectors.OnIdentity(r)), hulls)));
        tracker.Flush();
        detectors.Flush();
        new VoyageStage().Run(hulls, writer, m => tracker.Identities.Resolve(m));
        stream.Flush();
    }
}

internal sealed class EventFanOut(params IEventSink[] sinks) : IEventSink
{
    public void Emit(PicketEvent e)
    {
        foreach (var s in sinks) s.Emit(e);
    }
}
