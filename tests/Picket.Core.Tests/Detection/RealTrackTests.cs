using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tests.Support;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// Real tracks (GFW gpsdio-segment test data in ../shared/data/tracks/gfw) through the real pipeline. The oracle for
/// gaps is computed independently from the raw file: consecutive fixes with a valid position ≥ 6 h apart. Both
/// tracks are in the open Pacific/Indian Ocean, far from every port in the table, and alone (reception unknown).
/// </summary>
public class RealTrackTests
{
    [Theory]
    [InlineData("263576000.json")]
    [InlineData("338013000.json")]
    public void Gaps_in_real_tracks_match_the_raw_file(string file)
    {
        var fixes = GfwTrack.Read(SharedData.Require("tracks", "gfw", file), null, out _)
            .Select(f => f.Fix)
            .Where(f => Picket.Core.Geo.GeoPoint.IsValid(f.Lat, f.Lon))
            .ToList();
        var expected = fixes.Zip(fixes.Skip(1))
            .Where(p => p.Second.Time - p.First.Time >= TimeSpan.FromHours(6))
            .Select(p => (p.First.Time, p.Second.Time))
            .ToList();

        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        foreach (var f in fixes)
            tracker.Add(f);
        tracker.Flush();
        detectors.Flush();

        var gaps = events.OfType(EventType.Gap).Select(e => (e.Start, e.End)).ToList();
        TestData.Report($"{file}: {fixes.Count} fixes, expected gaps {expected.Count}, found {gaps.Count}; {detectors.Stats}");
        Assert.Equal(expected, gaps);
        foreach (var e in events.OfType(EventType.Gap))
        {
            Assert.Null(((GapEvidence)e.Evidence).Reception); // nobody else in these files
            Assert.Equal(0.1, e.Confidence);
        }
    }
}
