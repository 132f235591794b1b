using System.Text.Json;
using Picket.Core.Vessels;
using Picket.Simulation.Evaluation;

namespace Picket.Simulation.Tests;

/// <summary>Each planted case leaves in the truth what a detector could see of it, with the identities on air.</summary>
public sealed class TruthTests(BenchmarkScenario scenario) : IClassFixture<BenchmarkScenario>
{
    private List<ScoredEvent> Truth => EventFileReader.Read(scenario.Truth).Events;

    private IEnumerable<ScoredEvent> Of(string scenarioName, string type) => Truth.Where(e => e.Scenario == scenarioName && e.Type == type);

    [Fact]
    public void Transfers_with_ais_on_are_observable_encounters_with_a_dprk_tanker_and_a_draught_rise()
    {
        var encounters = Of("sts_ais_on", "encounter").ToList();
        Assert.Equal(scenario.Summary.Planted["sts_ais_on"], encounters.Count);
        Assert.All(encounters, e =>
        {
            Assert.True(e.Observable);
            Assert.Contains(e.Mmsis, m => new Mmsi(m).Mid == 445);
            Assert.True(e.End - e.Start >= TimeSpan.FromHours(6));
        });
        Assert.Equal(encounters.Count, Of("sts_ais_on", "draught_change").Count());
        Assert.True(Of("sts_ais_on", "loitering").Count() >= encounters.Count);
    }

    [Fact]
    public void Dark_transfers_are_in_the_truth_but_not_observable_and_leave_gaps()
    {
        var dprkDark = Of("sts_dprk_dark", "encounter").ToList();
        Assert.Equal(scenario.Summary.Planted["sts_dprk_dark"], dprkDark.Count);
        Assert.All(dprkDark, e => Assert.False(e.Observable));
        Assert.All(Of("sts_both_dark", "encounter"), e => Assert.False(e.Observable));
        // The dark DPRK tanker's silence closes when it switches back on before home: one gap per transfer.
        Assert.Equal(dprkDark.Count, Of("sts_dprk_dark", "gap").Count());
        Assert.All(Of("sts_dprk_dark", "gap"), g => Assert.Equal(445, new Mmsi(g.Mmsis[0]).Mid));
        Assert.Equal(2 * scenario.Summary.Planted["sts_both_dark"], Of("sts_both_dark", "gap").Count());
        // Planted gaps are the transmitter's silence; silences of reception alone are background.
        foreach (var line in File.ReadLines(scenario.Truth).Where(l => l.Contains("\"type\":\"gap\"", StringComparison.Ordinal)))
        {
            using var doc = JsonDocument.Parse(line);
            var ev = doc.RootElement.GetProperty("evidence");
            Assert.Equal(ev.GetProperty("planted").GetBoolean(), ev.GetProperty("cause").GetString() == "dark");
        }
    }

    [Fact]
    public void A_tanker_on_a_borrowed_mmsi_shows_as_an_encounter_under_that_mmsi_and_an_identity_clash()
    {
        var encounter = Assert.Single(Of("sts_cloned_mmsi", "encounter"));
        var clash = Assert.Single(Of("sts_cloned_mmsi", "identity_clash"));
        Assert.True(encounter.Observable);
        // The detector sees the innocent ship's MMSI on the tanker: the encounter pairs the supplier with that MMSI.
        Assert.Contains(clash.Mmsis[0], encounter.Mmsis);
        Assert.DoesNotContain(encounter.Mmsis, m => new Mmsi(m).Mid == 445);
        Assert.True(clash.Start <= encounter.Start && clash.End >= encounter.End);
    }

    [Fact]
    public void Identity_plants_and_jumps_are_in_the_truth()
    {
        Assert.Equal(scenario.Summary.Planted["gnss_jump"], Of("gnss_jump", "position_jump").Count());
        Assert.Equal(scenario.Summary.Planted["mmsi_clone"], Of("mmsi_clone", "identity_clash").Count());
        Assert.Equal(scenario.Summary.Planted["rename"], Of("rename", "identity_change").Count());
        var hop = Assert.Single(Of("flag_hop", "identity_change"));
        using var doc = JsonDocument.Parse(File.ReadLines(scenario.Truth).First(l => l.Contains($"\"id\":\"{hop.Id}\"", StringComparison.Ordinal)));
        var ev = doc.RootElement.GetProperty("evidence");
        long before = ev.GetProperty("before").GetProperty("mmsi").GetInt64(), after = ev.GetProperty("after").GetProperty("mmsi").GetInt64();
        Assert.NotEqual(before / 1_000_000, after / 1_000_000);
        Assert.Equal(ev.GetProperty("before").GetProperty("imo").GetInt64(), ev.GetProperty("after").GetProperty("imo").GetInt64());
        Assert.True(ImoNumber.HasValidCheckDigit((int)ev.GetProperty("after").GetProperty("imo").GetInt64()));
        Assert.Equal(after, hop.Mmsis[0]);
        Assert.Contains(Of("dprk_port_call", "port_call"), p => File.ReadLines(scenario.Truth).Any(l => l.Contains($"\"id\":\"{p.Id}\"", StringComparison.Ordinal) && l.Contains("\"country\":\"KP\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_short_meeting_at_sea_is_a_decoy_with_no_encounter_or_loitering_in_the_truth()
    {
        Assert.True(scenario.Summary.Planted["decoy_short_meeting"] >= 1);
        Assert.Empty(Of("decoy_short_meeting", "encounter"));
        Assert.Empty(Of("decoy_short_meeting", "loitering"));
    }

    [Fact]
    public void Draught_patterns_around_ports_and_shared_mmsis_leave_the_truth_a_detector_should_report()
    {
        // Typed 0.5–4 h after sailing, after the old value was heard at sea: a change at sea as far as AIS can tell.
        var late = Assert.Single(Of("draught_typed_late", "draught_change"));
        using (var doc = JsonDocument.Parse(File.ReadLines(scenario.Truth).First(l => l.Contains($"\"id\":\"{late.Id}\"", StringComparison.Ordinal))))
            Assert.InRange(doc.RootElement.GetProperty("evidence").GetProperty("hours_since_port").GetDouble(), 0.3, 4.5);
        // Typed at the berth: the port's, no truth event; two hulls on one MMSI: a clash, never a draught change.
        Assert.Empty(Of("decoy_port_draught", "draught_change"));
        Assert.Empty(Of("decoy_shared_mmsi_draught", "draught_change"));
        Assert.Single(Of("decoy_shared_mmsi_draught", "identity_clash"));
        // A transfer whose crew never types the laden draught leaves an encounter and no draught change.
        Assert.Single(Of("sts_draught_not_updated", "encounter"));
        Assert.Empty(Of("sts_draught_not_updated", "draught_change"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_does_not()
    {
        var options = scenario.Options with { Vessels = 40, Hours = 12, MovingIntervalSeconds = 120 };
        static (string, string, string) Run(SimulationOptions o)
        {
            var nmea = new StringWriter();
            var csv = new StringWriter();
            using var truth = new MemoryStream();
            Simulator.Run(o, nmea, csv, truth);
            return (nmea.ToString(), csv.ToString(), System.Text.Encoding.UTF8.GetString(truth.ToArray()));
        }
        var a = Run(options);
        var b = Run(options);
        var c = Run(options with { Seed = options.Seed + 1 });
        Assert.Equal(a, b);
        Assert.NotEqual(a.Item1, c.Item1);
        Assert.NotEqual(a.Item3, c.Item3);
    }
}
