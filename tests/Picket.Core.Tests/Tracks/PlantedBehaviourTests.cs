using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tests.Support;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

/// <summary>
/// Synthetic traffic with known answers: 1,000 vessels over 24 h with ordinary feed noise, then the same traffic
/// with four planted behaviours — a flag hop, a rename, one MMSI on two continents, a 10-fix GNSS jump. Each planted
/// behaviour must be found exactly once, and the clean traffic must produce no event at all.
/// </summary>
public sealed class PlantedBehaviourTests
{
    private const int Fleet = 1000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clean_traffic_of_1000_vessels_over_24h_produces_no_event(bool viaNmea)
    {
        var gen = new TrafficGenerator(seed: 7);
        for (var i = 0; i < Fleet; i++)
            gen.Sail(gen.NewVessel(i, i % 5 == 0 ? TransponderClass.B : TransponderClass.A), TimeSpan.Zero, TimeSpan.FromHours(24));
        var (tracker, segments, events) = Run(gen, viaNmea);

        TestData.Report($"clean{(viaNmea ? " via NMEA" : "")}: {gen.Items.Count} items; {tracker.Tracks.Stats}; events {events.Events.Count}");
        Assert.Empty(events.Events);
        // Handed in directly, the generator's 102.3 kn junk must be filtered; through NMEA it is the "not available" code and arrives as no speed.
        if (!viaNmea) Assert.True(tracker.Tracks.Stats.Rejected(FixRejection.NoiseSpeed) > 0, "the generator's 102.3 kn junk should be filtered");
        // One segment per vessel except where a reception drop-out was long enough to be a real split: almost none.
        Assert.InRange(segments.Segments.Count, Fleet, Fleet + 10);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_planted_behaviour_is_found_once(bool viaNmea)
    {
        var gen = new TrafficGenerator(seed: 11);
        for (var i = 0; i < Fleet; i++)
            gen.Sail(gen.NewVessel(i), TimeSpan.Zero, TimeSpan.FromHours(24));

        // 1. Flag hop: a tanker leaves Togo's registry for Sierra Leone at noon — new MMSI, name and call sign, same IMO.
        var hop = gen.NewVessel(5001);
        hop.Mmsi = new Mmsi(671_555_000);
        hop.Name = "SEA STAR";
        var hopImo = TrafficGenerator.ValidImo(866_031); // 8660313: a real-format number (Chon Ma San's)
        hop.Imo = hopImo;
        gen.Sail(hop, TimeSpan.Zero, TimeSpan.FromHours(12));
        hop.Mmsi = new Mmsi(667_555_000);
        hop.Name = "OCEAN GLORY";
        hop.CallSign = "9LX555";
        gen.Sail(hop, TimeSpan.FromHours(12.5), TimeSpan.FromHours(24));

        // 2. Rename: same MMSI and IMO, new name from 10:00.
        var renamed = gen.NewVessel(5002);
        gen.Sail(renamed, TimeSpan.Zero, TimeSpan.FromHours(10));
        renamed.Name = "NEW NAME 5002";
        gen.Sail(renamed, TimeSpan.FromHours(10), TimeSpan.FromHours(24));

        // 3. Clone: one MMSI broadcast by a ship in the East China Sea and another in the Gulf of Mexico, all day.
        var east = gen.NewVessel(5003);
        east.Lat = 31.2; east.Lon = 124.5;
        var west = gen.NewVessel(5004);
        west.Mmsi = east.Mmsi;
        west.Lat = 26.0; west.Lon = -90.0;
        gen.Sail(east, TimeSpan.Zero, TimeSpan.FromHours(24));
        gen.Sail(west, TimeSpan.Zero, TimeSpan.FromHours(24), identity: (_, _) => null);

        // 4. GNSS jump: from 08:00, ten consecutive fixes are displaced 300 km to the north-east, then the track returns.
        var jumper = gen.NewVessel(5005);
        var displaced = 0;
        gen.Sail(jumper, TimeSpan.Zero, TimeSpan.FromHours(24), broadcast: (t, fix) =>
        {
            if (t < TrafficGenerator.Day + TimeSpan.FromHours(8) || displaced >= 10)
                return fix;
            displaced++;
            var p = GreatCircle.Destination(GeoPoint.Create(fix.Lat, fix.Lon), 45, Distance.FromKilometres(300));
            return fix with { Lat = p.Lat, Lon = p.Lon };
        });

        var (tracker, _, events) = Run(gen, viaNmea);
        foreach (var e in events.Events)
            TestData.Report($"{e.Type.ToWireName()} {e.Vessels[0].Mmsi} {e.Start:HH:mm}–{e.End:HH:mm} conf {e.Confidence}");
        TestData.Report(tracker.Tracks.Stats.ToString());

        var changes = events.OfType(EventType.IdentityChange).ToList();
        var clashes = events.OfType(EventType.IdentityClash).ToList();
        var jumps = events.OfType(EventType.PositionJump).ToList();
        Assert.Equal(4, events.Events.Count);
        Assert.Equal(2, changes.Count);

        var hopEvent = Assert.Single(changes, e => e.Vessels[0].Mmsi.Value == 667_555_000);
        var hopEvidence = Assert.IsType<IdentityChangeEvidence>(hopEvent.Evidence);
        Assert.Equal(["mmsi", "flag", "name", "call_sign"], hopEvidence.Changes);
        Assert.Equal("TG", hopEvidence.Before.Flag);
        Assert.Equal("SL", hopEvidence.After.Flag);
        Assert.Equal((long)hopImo, hopEvidence.After.Imo);

        var renameEvent = Assert.Single(changes, e => e.Vessels[0].Mmsi == renamed.Mmsi);
        Assert.Equal(["name"], ((IdentityChangeEvidence)renameEvent.Evidence).Changes);
        Assert.Equal("NEW NAME 5002", renameEvent.Vessels[0].Name);

        var clash = Assert.Single(clashes);
        Assert.Equal(east.Mmsi, clash.Vessels[0].Mmsi);
        Assert.Equal("SIM VESSEL 5003", clash.Vessels[0].Name); // track events carry the identity known at the time
        Assert.True(((IdentityClashEvidence)clash.Evidence).DistanceKm > 10_000, "East China Sea to Gulf of Mexico");
        Assert.True(((IdentityClashEvidence)clash.Evidence).DurationS > 20 * 3600, "the clash lasted all day");

        var jump = Assert.Single(jumps);
        Assert.Equal(jumper.Mmsi, jump.Vessels[0].Mmsi);
        Assert.Equal(10L, ((PositionJumpEvidence)jump.Evidence).Fixes);
        Assert.InRange(((PositionJumpEvidence)jump.Evidence).JumpDistanceKm, 290, 310);
        Assert.True(((PositionJumpEvidence)jump.Evidence).ImpliedSpeedOutKn > 30 && ((PositionJumpEvidence)jump.Evidence).ImpliedSpeedBackKn > 30);
        Assert.Equal(TrafficGenerator.Day + TimeSpan.FromHours(8), jump.Start, TimeSpan.FromMinutes(4));

        // Every event serialises to one JSON line with the architecture's fields.
        using var ms = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(ms, leaveOpen: true))
        {
            foreach (var e in events.Events)
                writer.Emit(e);
        }
        var lines = System.Text.Encoding.UTF8.GetString(ms.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        foreach (var line in lines)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            foreach (var key in new[] { "id", "type", "start", "end", "vessels", "confidence", "evidence" })
                Assert.True(doc.RootElement.TryGetProperty(key, out _), $"{key} missing in {line}");
            TestData.Report(line);
        }
        Assert.Equal(4, events.Events.Select(e => e.Id).Distinct().Count());
    }

    /// <summary>Feeds the traffic as values, or (<paramref name="viaNmea"/>) as the NMEA a receiver would deliver, through the decoder.</summary>
    private static (VesselTracker Tracker, SegmentCollector Segments, EventCollector Events) Run(TrafficGenerator gen, bool viaNmea)
    {
        var segments = new SegmentCollector();
        var events = new EventCollector();
        var tracker = new VesselTracker(segments, events);
        if (!viaNmea)
        {
            TrafficGenerator.Feed(tracker, gen.Delivered());
            return (tracker, segments, events);
        }
        var nmea = NmeaReplay.ToNmea(gen.Delivered());
        var stats = NmeaReplay.Feed(tracker, nmea);
        TestData.Report($"NMEA: {stats.Lines} lines, {stats.Messages} messages, {stats.RejectedLines} rejected");
        Assert.Equal(0, stats.RejectedLines);
        return (tracker, segments, events);
    }
}
