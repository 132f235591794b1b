using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tests.Support;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Testing.Traffic;

namespace Picket.Core.Tests.Tracks;

/// <summary>
/// Synthetic traffic (<see cref="SyntheticTraffic"/>) with known answers: 1,000 vessels over 24 h with ordinary feed noise, then the same traffic
/// with four planted behaviours — a flag hop, a rename, one MMSI on two continents, a 10-fix GNSS jump. Each planted
/// behaviour must be found exactly once, and the clean traffic must produce no event at all.
/// </summary>
public sealed class PlantedBehaviourTests
{
    private const int Fleet = 1000;

    /// <summary>The normal mess of a real feed, with no evasion: 1,000 vessels on slowly turning courses over the
    /// world's shipping latitudes under several flags, a fix every ~3 min (± 20 s) with ~10 m of GNSS noise, full static
    /// reports every 30 min, occasional reception drop-outs of up to 3 h, fixes heard twice, junk 102.3 kn speeds and
    /// delivery disorder within 60 s.</summary>
    private static TrafficOptions RealFeed(int seed) => new()
    {
        Vessels = Fleet, Seed = seed, Duration = TimeSpan.FromHours(24), Sea = SeaBox.World,
        Mids = [636, 538, 351, 371, 563, 477, 412, 431, 440, 273, 229, 311, 256, 667, 671, 312, 525, 574],
        MinKnots = 6, MaxKnots = 18, FullStatics = true, DriftEvery = 0, EncounterEvery = 0,
        CourseWanderDegrees = 2, SpeedNoiseKnots = 0.2, ReportJitter = TimeSpan.FromSeconds(20),
        DropoutChance = 0.0005, DuplicateChance = 0.01, JunkSpeedChance = 0.002, DeliveryDelay = TimeSpan.FromSeconds(60),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clean_traffic_of_1000_vessels_over_24h_produces_no_event(bool viaNmea)
    {
        var items = new SyntheticTraffic(RealFeed(seed: 7) with { ClassBEvery = 5 }).Items();
        var (tracker, segments, events) = Run(items, viaNmea);

        TestData.Report($"clean{(viaNmea ? " via NMEA" : "")}: {items.Count} items; {tracker.Tracks.Stats}; events {events.Events.Count}");
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
        var traffic = new SyntheticTraffic(RealFeed(seed: 11));
        var start = TrafficOptions.DefaultStart;

        // 1. Flag hop: a tanker leaves Togo's registry for Sierra Leone at noon — new MMSI, name and call sign, same IMO —
        // after half an hour of silence.
        var hopImo = SyntheticVessel.ImoWithCheckDigit(866_031); // 8660313: a real-format number (Chon Ma San's)
        Mmsi togo = new(671_555_000), sierraLeone = new(667_555_000);
        DateTimeOffset silent = start + TimeSpan.FromHours(12), reflagged = start + TimeSpan.FromHours(12.5);
        traffic.Add(new SyntheticVessel
        {
            Mmsi = togo, Name = "SEA STAR", Imo = hopImo, CallSign = "5VSS1", ShipType = 80, Lat = 4.0, Lon = 2.0, Course = 200,
            Broadcast = fix => fix.Time < silent ? fix : fix.Time < reflagged ? null : fix with { Mmsi = sierraLeone },
            Identity = r => r.Time < silent ? r : r.Time < reflagged ? null : r with { Mmsi = sierraLeone, Name = "OCEAN GLORY", CallSign = "9LX555" },
        });

        // 2. Rename: same MMSI and IMO, new name from 10:00.
        var renamed = new SyntheticVessel
        {
            Mmsi = new Mmsi(636_105_002), Name = "SIM VESSEL 5002", Imo = SyntheticVessel.ImoWithCheckDigit(235_014), CallSign = "S05002",
            Lat = -20.0, Lon = 60.0, Course = 90,
            Identity = r => r.Time < start + TimeSpan.FromHours(10) ? r : r with { Name = "NEW NAME 5002" },
        };
        traffic.Add(renamed);

        // 3. Clone: one MMSI broadcast by a ship in the East China Sea and another in the Gulf of Mexico, all day.
        var east = new SyntheticVessel
        {
            Mmsi = new Mmsi(412_105_003), Name = "SIM VESSEL 5003", Imo = SyntheticVessel.ImoWithCheckDigit(235_021), CallSign = "S05003",
            Lat = 31.2, Lon = 124.5, Course = 160,
        };
        traffic.Add(east);
        traffic.Add(new SyntheticVessel { Mmsi = east.Mmsi, Lat = 26.0, Lon = -90.0, Course = 270, Identity = _ => null });

        // 4. GNSS jump: from 08:00, ten consecutive fixes are displaced 300 km to the north-east, then the track returns.
        var displaced = 0;
        var jumper = new SyntheticVessel
        {
            Mmsi = new Mmsi(538_105_005), Name = "SIM VESSEL 5005", Imo = SyntheticVessel.ImoWithCheckDigit(235_035), CallSign = "S05005",
            Lat = 40.0, Lon = -40.0, Course = 300,
            Broadcast = fix =>
            {
                if (fix.Time < start + TimeSpan.FromHours(8) || displaced >= 10)
                    return fix;
                displaced++;
                var p = GreatCircle.Destination(GeoPoint.Create(fix.Lat, fix.Lon), 45, Distance.FromKilometres(300));
                return fix with { Lat = p.Lat, Lon = p.Lon };
            },
        };
        traffic.Add(jumper);

        var (tracker, _, events) = Run(traffic.Items(), viaNmea);
        foreach (var e in events.Events)
            TestData.Report($"{e.Type.ToWireName()} {e.Vessels[0].Mmsi} {e.Start:HH:mm}–{e.End:HH:mm} conf {e.Confidence}");
        TestData.Report(tracker.Tracks.Stats.ToString());

        var changes = events.OfType(EventType.IdentityChange).ToList();
        var clashes = events.OfType(EventType.IdentityClash).ToList();
        var jumps = events.OfType(EventType.PositionJump).ToList();
        Assert.Equal(4, events.Events.Count);
        Assert.Equal(2, changes.Count);

        var hopEvent = Assert.Single(changes, e => e.Vessels[0].Mmsi == sierraLeone);
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
        Assert.Equal(start + TimeSpan.FromHours(8), jump.Start, TimeSpan.FromMinutes(4));

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
    private static (VesselTracker Tracker, SegmentCollector Segments, EventCollector Events) Run(List<TrafficItem> items, bool viaNmea)
    {
        var segments = new SegmentCollector();
        var events = new EventCollector();
        var tracker = new VesselTracker(segments, events);
        if (!viaNmea)
        {
            TrafficItem.FeedAll(tracker, items);
            return (tracker, segments, events);
        }
        var stats = NmeaReplay.Feed(tracker, TrafficNmea.ToText(items));
        TestData.Report($"NMEA: {stats.Lines} lines, {stats.Messages} messages, {stats.RejectedLines} rejected");
        Assert.Equal(0, stats.RejectedLines);
        return (tracker, segments, events);
    }
}
