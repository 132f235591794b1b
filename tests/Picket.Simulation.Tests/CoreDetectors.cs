using Picket.Ais;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;

namespace Picket.Simulation.Tests;

/// <summary>
/// Runs Picket's detectors on an NMEA file in process, wired as <c>picket detect</c> wires them (Core's AisFeed into a
/// VesselTracker for tracks and identities, SeaEventDetectors for the sea events), so the benchmark scores the
/// library without going through the command line.
/// </summary>
internal static class CoreDetectors
{
    public static void Run(string nmeaPath, string eventsPath)
    {
        using var stream = new BufferedStream(File.Create(eventsPath), 1 << 16);
        using var writer = new JsonLinesEventWriter(stream, leaveOpen: true);
        VesselTracker? tracker = null;
        var detectors = new SeaEventDetectors(writer, new DetectionOptions(), m => tracker!.Identities.Resolve(m));
        tracker = new VesselTracker(detectors, writer);
        using (var input = NmeaStreamReader.OpenFile(nmeaPath))
            NmeaStreamReader.Read(input, new AisDecoder(), new AisFeed(tracker, r => detectors.OnIdentity(r)));
        tracker.Flush();
        detectors.Flush();
        stream.Flush();
    }
}
