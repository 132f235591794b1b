using Picket.Store.Queries;

namespace Picket.Store.Tests;

/// <summary>Voyages rebuilt from stored events as <c>picket query vessel</c> shows them: calls, a gap read from its evidence, a cut last call.</summary>
public sealed class StoredVoyagesTests
{
    private static readonly DateTime T0 = new(2017, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Calls_and_a_gap_give_voyages_and_a_call_cut_by_the_end_starts_none()
    {
        const uint mmsi = 667_001_111;
        StoredEvent[] events =
        [
            new("pc1", "port_call", T0, T0.AddHours(10), 42.2333, 130.3, (int)mmsi, null, 1, null, """{"exit_observed":true}"""),
            new("gap1", "gap", T0.AddHours(12), T0.AddHours(30), 42.1, 130.6, (int)mmsi, null, 0.9, null, """{"on":{"time":"2017-09-02T06:00:00Z","position":{"lat":42.5,"lon":132.5}}}"""),
            new("pc2", "port_call", T0.AddHours(40), T0.AddHours(60), 42.8, 132.8833, (int)mmsi, null, 1, null, """{"exit_observed":true}"""),
            new("pc3", "port_call", T0.AddHours(95), T0.AddHours(100), 37.5333, 129.15, (int)mmsi, null, 0.5, null, """{"exit_observed":false}"""),
            new("bad", "gap", T0.AddHours(70), T0.AddHours(80), 40.0, 131.0, (int)mmsi, null, 0.5, null, "not json"),
        ];
        var report = new VesselReport(mmsi, 1000, T0, T0.AddHours(100), [], [], events, null, []);
        var voyages = StoredVoyages.Of(report);
        Assert.Equal(["Rajin→Nakhodka", "Nakhodka→Donghae"], voyages.Select(v => $"{v.FromPort?.Name}→{v.ToPort?.Name}"));
        Assert.Equal("gap1", Assert.Single(voyages[0].Gaps).EventId);
        Assert.Equal(TimeSpan.FromHours(18), voyages[0].Dark);
        Assert.Empty(voyages[1].Gaps); // the unreadable gap is left out
    }
}
