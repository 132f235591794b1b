using Picket.Core.Detection;
using Picket.Core.Events;

namespace Picket.Core.Tests.Detection;

public class EncounterDetectorTests
{
    /// <summary>Planted starts and ends are checked within this slack: one 10-minute grid step plus approach time.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(30);

    private static SeaScenario PlantedEncounters()
    {
        var s = new SeaScenario(seed: 7);
        Sea.Background(s, 30, seed: 11);
        // Pair 1, Yellow Sea: A waits at P from 03:00, B comes alongside 300 m away 04:00–09:00.
        var p = Sea.YellowSea;
        var pB = Sea.Offset(p, 90, 300);
        s.Vessel(445_112_000).At(0, 36.3, 123.0).At(3, p.Lat, p.Lon).Stay(10).Sail(14, 180, 10);
        s.Vessel(667_001_234).At(0, 35.6, 123.9).At(4, pB.Lat, pB.Lon).Stay(9).Sail(14, 90, 11);
        // Pair 2, East China Sea: 12:00–15:00, 200 m apart, drifting together at 0.5 kn.
        var q = Sea.EastChinaSea;
        var q2 = Sea.Offset(q, 0, 200);
        s.Vessel(636_000_001).At(10, q.Lat - 0.15, q.Lon).At(12, q.Lat, q.Lon).Sail(15, 45, 0.5).Sail(18, 180, 9);
        s.Vessel(351_000_002).At(10, q2.Lat + 0.15, q2.Lon).At(12, q2.Lat, q2.Lon).Sail(15, 45, 0.5).Sail(18, 0, 9);
        // Pair 3, Korea Bay: together 02:00–04:30, apart (3 km) 05:00–06:30, together again 07:00–09:00: one merged encounter.
        var r = Sea.KoreaBay;
        var r2 = Sea.Offset(r, 270, 250);
        var away = Sea.Offset(r, 270, 3000);
        s.Vessel(445_200_003).At(0, r.Lat + 0.2, r.Lon).At(2, r.Lat, r.Lon).Stay(9).Sail(12, 0, 8);
        s.Vessel(538_000_004).At(0, r.Lat - 0.2, r.Lon).At(2, r2.Lat, r2.Lon).Stay(4.5).At(5, away.Lat, away.Lon).Stay(6.5)
            .At(7, r2.Lat, r2.Lon).Stay(9).Sail(12, 180, 8);
        return s;
    }

    [Fact]
    public void Planted_encounters_are_found_with_their_pair_and_times()
    {
        var result = PlantedEncounters().Run();
        var found = result.Of(EventType.Encounter);
        var report = string.Join("\n", found.Select(e => $"{e.Vessels[0].Mmsi}-{e.Vessels[1].Mmsi} {e.Start:HH:mm}-{e.End:HH:mm}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report + "\n" + result.Stats);
        Assert.Equal(3, found.Count);

        AssertEncounter(result, 445_112_000, 667_001_234, SeaScenario.H(4), SeaScenario.H(9));
        AssertEncounter(result, 636_000_001, 351_000_002, SeaScenario.H(12), SeaScenario.H(15));
        var merged = AssertEncounter(result, 445_200_003, 538_000_004, SeaScenario.H(2), SeaScenario.H(9));
        Assert.Equal(2L, ((EncounterEvidence)merged.Evidence).Runs);
    }

    private static PicketEvent AssertEncounter(ScenarioResult result, uint a, uint b, DateTimeOffset start, DateTimeOffset end)
    {
        var e = Assert.Single(result.Involving(EventType.Encounter, a, b));
        Assert.Equal(2, e.Vessels.Count);
        Assert.InRange(e.Start, start - Slack, start + Slack);
        Assert.InRange(e.End, end - Slack, end + Slack);
        Assert.InRange(((EncounterEvidence)e.Evidence).MedianDistanceM, 100, 500);
        Assert.InRange(((EncounterEvidence)e.Evidence).MedianSpeedKnA, 0, 2);
        Assert.InRange(e.Confidence, 0.8, 1.0);
        return e;
    }

    [Fact]
    public void A_hole_of_over_an_hour_is_not_interpolated_so_the_encounter_is_two_merged_runs()
    {
        var s = new SeaScenario(seed: 10);
        var p = Sea.EastChinaSea;
        var p2 = Sea.Offset(p, 90, 200);
        s.Vessel(636_100_001).At(0, p.Lat, p.Lon).Stay(8).Silent(3, 4.5); // 90 minutes unheard while alongside
        s.Vessel(636_100_002).At(0, p2.Lat, p2.Lon).Stay(8);
        var e = Assert.Single(s.Run().Of(EventType.Encounter));
        Assert.Equal(2L, ((EncounterEvidence)e.Evidence).Runs);
        Assert.InRange(((EncounterEvidence)e.Evidence).TogetherS, 5 * 3600, 6.5 * 3600); // 8 h less the hole (and its edges)
        Assert.InRange(e.End - e.Start, TimeSpan.FromHours(7.5), TimeSpan.FromHours(8));
    }

    [Fact]
    public void An_encounter_built_from_sparse_reports_gets_lower_confidence()
    {
        var s = new SeaScenario(seed: 11);
        var p = Sea.EastChinaSea;
        var p2 = Sea.Offset(p, 90, 200);
        s.Vessel(636_110_001).At(0, p.Lat, p.Lon).Stay(6);
        var sparse = s.Vessel(636_110_002).At(0, p2.Lat, p2.Lon).Stay(6);
        sparse.Interval = TimeSpan.FromMinutes(30); // e.g. a Class B unit at anchor, or poor reception
        var e = Assert.Single(s.Run().Of(EventType.Encounter));
        Assert.InRange(e.Confidence, 0.4, 0.7);
        Assert.True(((EncounterEvidence)e.Evidence).RealPointsB < ((EncounterEvidence)e.Evidence).RealPointsA / 2);
    }

    [Fact]
    public void Tankers_anchored_200_m_apart_in_a_port_anchorage_give_no_encounter()
    {
        var s = new SeaScenario(seed: 3);
        var a = Sea.NampoAnchorage;
        var b = Sea.Offset(a, 45, 200);
        s.Vessel(445_300_001).At(0, a.Lat, a.Lon).Stay(12);
        s.Vessel(445_300_002).At(0, b.Lat, b.Lon).Stay(12);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Encounter));
        // The pair was seen together and dropped for being in port, not missed.
        Assert.Equal(1, result.Stats.EncounterCandidatesNearPort);
    }

    [Fact]
    public void Pair_trawlers_700_m_apart_at_3_kn_give_no_encounter()
    {
        var s = new SeaScenario(seed: 4);
        var a = Sea.YellowSea;
        var b = Sea.Offset(a, 90, 700);
        s.Vessel(412_400_001).At(0, a.Lat, a.Lon).Sail(10, 0, 3);
        s.Vessel(412_400_002).At(0, b.Lat, b.Lon).Sail(10, 0, 3);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Encounter));
        Assert.Equal(0, result.Stats.EncounterCandidatesTooFast + result.Stats.EncounterCandidatesNearPort + result.Stats.EncounterCandidatesTooShort);
    }

    [Fact]
    public void Trawlers_300_m_apart_at_3_kn_are_paired_but_dropped_as_too_fast()
    {
        var s = new SeaScenario(seed: 5);
        var a = Sea.YellowSea;
        var b = Sea.Offset(a, 90, 300);
        s.Vessel(412_500_001).At(0, a.Lat, a.Lon).Sail(10, 0, 3);
        s.Vessel(412_500_002).At(0, b.Lat, b.Lon).Sail(10, 0, 3);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Encounter));
        Assert.Equal(1, result.Stats.EncounterCandidatesTooFast);
    }

    [Fact]
    public void A_meeting_shorter_than_two_hours_is_not_an_encounter()
    {
        var s = new SeaScenario(seed: 6);
        var p = Sea.EastChinaSea;
        var p2 = Sea.Offset(p, 0, 150);
        s.Vessel(636_600_001).At(0, p.Lat, p.Lon).Stay(1.5).Sail(4, 90, 10);
        s.Vessel(636_600_002).At(0, p2.Lat, p2.Lon).Stay(1.5).Sail(4, 270, 10);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Encounter));
        Assert.Equal(1, result.Stats.EncounterCandidatesTooShort);
    }

    [Fact]
    public void A_pair_on_land_is_dropped()
    {
        var s = new SeaScenario(seed: 9);
        var a = (39.03, 125.75); // Pyongyang, 35 km from the nearest port: bad fixes or inland water, not a transfer
        var b = Sea.Offset(a, 0, 200);
        s.Vessel(445_900_001).At(0, a.Item1, a.Item2).Stay(6);
        s.Vessel(445_900_002).At(0, b.Lat, b.Lon).Stay(6);
        var result = s.Run();
        Assert.Empty(result.Of(EventType.Encounter));
        Assert.Equal(1, result.Stats.EncounterCandidatesOnLand);
    }

    [Fact]
    public void With_the_port_filter_off_the_anchorage_pair_is_reported()
    {
        var s = new SeaScenario(seed: 3);
        var a = Sea.NampoAnchorage;
        var b = Sea.Offset(a, 45, 200);
        s.Vessel(445_300_001).At(0, a.Lat, a.Lon).Stay(12);
        s.Vessel(445_300_002).At(0, b.Lat, b.Lon).Stay(12);
        var e = Assert.Single(s.Run(new DetectionOptions { EncounterMinPortDistanceKm = 0 }).Of(EventType.Encounter));
        var port = Assert.IsType<EncounterEvidence>(e.Evidence).NearestPort!;
        Assert.Equal("Nampo", port.Name);
        Assert.True(port.Dprk);
    }

    [Fact]
    public void Pairing_compares_neighbours_only_so_checks_grow_with_density_not_with_the_square_of_traffic()
    {
        var s = new SeaScenario(seed: 8);
        Sea.Background(s, 200, seed: 12);
        var result = s.Run();
        var perPoint = (double)result.Stats.PairChecks / result.Stats.GridPoints;
        TestContext.Current.TestOutputHelper?.WriteLine($"grid points {result.Stats.GridPoints}, pair checks {result.Stats.PairChecks} ({perPoint:F4} per point; all pairs would be ~100)");
        // All pairs would be ~100 checks per grid point (200 vessels / 2); cells of 2 km in a 270 km sea give well under 1.
        Assert.True(perPoint < 1, $"{perPoint} pair checks per grid point");
    }
}
