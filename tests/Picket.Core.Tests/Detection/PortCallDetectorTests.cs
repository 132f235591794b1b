using Picket.Core.Events;
using Picket.Core.Ports;

namespace Picket.Core.Tests.Detection;

public class PortCallDetectorTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(30);

    [Fact]
    public void A_call_at_Nampo_is_found_with_entry_and_exit_and_flagged_as_DPRK()
    {
        var s = new SeaScenario(seed: 41);
        var berth = Sea.Offset((38.7167, 125.4000), 225, 1000);
        s.Vessel(352_410_001).At(0, 38.45, 125.05).At(3, berth.Lat, berth.Lon).Stay(13).Sail(16, 225, 10);
        var result = s.Run();
        var e = Assert.Single(result.Of(EventType.PortCall));
        Assert.InRange(e.Start, SeaScenario.H(3) - Slack, SeaScenario.H(3));
        Assert.InRange(e.End, SeaScenario.H(13), SeaScenario.H(13) + Slack);
        var port = ((PortCallEvidence)e.Evidence).Port;
        Assert.Equal("Nampo", port.Name);
        Assert.Equal("KP", port.Country);
        Assert.True(((PortCallEvidence)e.Evidence).DprkPort);
        Assert.True(((PortCallEvidence)e.Evidence).EntryObserved);
        Assert.True(((PortCallEvidence)e.Evidence).ExitObserved);
        Assert.True(((PortCallEvidence)e.Evidence).Stopped);
        Assert.Equal(4L, ((PortCallEvidence)e.Evidence).VisitLevel);
        Assert.Equal(1.0, e.Confidence);
        Assert.Equal(1, result.Stats.DprkPortCalls);
    }

    [Fact]
    public void Passing_five_km_off_a_port_is_not_a_call()
    {
        var s = new SeaScenario(seed: 42);
        var off = Sea.Offset((35.1000, 129.0333), 180, 5000); // Busan
        var from = Sea.Offset(off, 270, 30_000);
        s.Vessel(440_420_001).At(0, from.Lat, from.Lon).Sail(6, 90, 10);
        Assert.Empty(s.Run().Of(EventType.PortCall));
    }

    [Fact]
    public void A_call_still_open_at_the_end_of_the_data_ends_at_the_last_fix_in_port()
    {
        var s = new SeaScenario(seed: 43);
        var berth = Sea.Offset((38.9167, 121.6667), 90, 800); // Dalian
        s.Vessel(413_430_001).At(0, 38.6, 122.0).At(3, berth.Lat, berth.Lon).Stay(9);
        var e = Assert.Single(s.Run().Of(EventType.PortCall));
        Assert.False(((PortCallEvidence)e.Evidence).ExitObserved);
        Assert.False(((PortCallEvidence)e.Evidence).DprkPort);
        Assert.InRange(e.End, SeaScenario.H(9) - TimeSpan.FromMinutes(4), SeaScenario.H(9));
        Assert.Equal(0.75, e.Confidence);
    }

    [Fact]
    public void The_built_in_table_holds_the_research_ports_and_marks_the_DPRK_ones()
    {
        var table = PortTable.Default;
        var dprk = table.Ports.Where(p => p.IsDprk).Select(p => p.Name).ToList();
        Assert.Equal(10, dprk.Count);
        Assert.Contains("Nampo", dprk);
        Assert.Contains("Rajin", dprk);
        foreach (var country in new[] { "CN", "RU", "KR", "JP" })
            Assert.Contains(table.Ports, p => p.Country == country);
        var near = table.Nearest(39.17, 127.46, 3);
        Assert.Equal("Wonsan", near?.Port.Name);
        Assert.Null(table.Nearest(36.0, 123.5, 3));
        Assert.Equal("Vladivostok", table.Nearest(43.11, 131.90)?.Port.Name);
    }
}
