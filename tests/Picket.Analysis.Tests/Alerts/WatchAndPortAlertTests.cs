using Picket.Analysis.Alerts;
using Picket.Core.Alerts;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Testing.Traffic;
using static Picket.Analysis.Tests.Alerts.Planted;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>
/// <c>watchlist_dark</c>, <c>watchlist_identity</c> and <c>dprk_port_call</c> on planted traffic: a watched vessel
/// going silent is alerted while it is still silent, an unwatched one is not; a watched hull under a new MMSI is
/// alerted; a foreign tanker in a DPRK port is alerted while it is still in port, a DPRK tanker or a foreign cargo
/// ship is not.
/// </summary>
public class WatchAndPortAlertTests
{
    private static readonly (double Lat, double Lon) NampoAnchorage = (38.70, 125.38); // ~2 km from the WPI Nampo point

    [Fact]
    public void A_watched_vessel_going_dark_is_alerted_while_it_is_dark_and_an_unwatched_one_is_not()
    {
        const uint watched = 412_000_931, other = 412_000_932;
        var list = new Watchlist([new WatchlistEntry(null, null, "M/T Sea-Star", "seen at Nampo in 2017")]);
        var rig = new AlertRig(watchlist: list);
        rig.Feed(Traffic(16, GoingDark(watched, Sea, 2, 11, name: "SEA STAR"),
            GoingDark(other, (26.0, 131.0), 2, 11, name: "OCEAN GRACE")).Stream());
        rig.Finish();

        Assert.Equal(2, rig.EventsOf(EventType.Gap).Select(e => e.Event.Id).Distinct().Count());
        var alerts = rig.Of(AlertRule.WatchlistDark).ToList();
        Assert.All(alerts, a => Assert.Equal(watched, a.Vessels[0].Mmsi.Value));
        var raised = alerts[0];
        Assert.Equal(AlertState.Raised, raised.State);
        Assert.IsType<OpenGapEvidence>(raised.Evidence);
        Assert.InRange(raised.Time, H(7.9), H(8.5)); // silent from ≈ 02:00, a gap's 6 h later — before it is heard again at 11:00
        Assert.Contains("seen at Nampo in 2017", raised.Reason, StringComparison.Ordinal);
        var closed = alerts[^1];
        Assert.Equal(AlertState.Updated, closed.State);
        Assert.IsType<GapEvidence>(closed.Evidence);
        Assert.Equal(raised.Id, closed.Id);
        Assert.InRange(closed.End, H(10.9), H(11.1));
    }

    [Fact]
    public void A_watched_hull_under_a_new_mmsi_is_alerted()
    {
        const uint first = 412_000_941, second = 667_000_941;
        var imo = SyntheticVessel.ImoWithCheckDigit(912_345);
        Mmsi Now(DateTimeOffset t) => new(t < H(5) ? first : second);
        var hopper = new SyntheticVessel
        {
            Mmsi = new Mmsi(first), Lat = Sea.Lat, Lon = Sea.Lon, Knots = 11, Course = 90, Name = "HOPPER", Imo = imo, ShipType = 80,
            Broadcast = f => f with { Mmsi = Now(f.Time) },
            Identity = r => r with { Mmsi = Now(r.Time), Name = r.Time < H(5) ? "HOPPER" : "NEW HOPE" },
        };
        var rig = new AlertRig(watchlist: new Watchlist([new WatchlistEntry(imo, null, null, null)]));
        rig.Feed(Traffic(10, hopper).Stream());
        rig.Finish();

        var change = Assert.Single(rig.EventsOf(EventType.IdentityChange), e => e.Event.Vessels[0].Mmsi.Value == second).Event;
        var alert = Assert.Single(rig.Of(AlertRule.WatchlistIdentity));
        Assert.Equal(AlertIds.For(AlertRule.WatchlistIdentity, change.Id), alert.Id);
        Assert.Contains("NEW HOPE", alert.Reason, StringComparison.Ordinal);
        Assert.IsType<IdentityChangeEvidence>(alert.Evidence);
    }

    [Theory]
    [InlineData(412_000_951u, (byte)80, true)]  // a Chinese-flagged tanker: alerted
    [InlineData(445_000_952u, (byte)80, false)] // a DPRK tanker at home: not
    [InlineData(412_000_953u, (byte)70, false)] // a foreign cargo ship: not, with the default tankers-only rule
    public void A_foreign_tanker_in_a_dprk_port_is_alerted_while_still_in_port(uint mmsi, byte shipType, bool alerted)
    {
        var rig = new AlertRig();
        rig.Feed(Traffic(14, Stopping(mmsi, NampoAnchorage, 2, 9, side: 240, shipType: shipType)).Stream());
        rig.Finish();

        var call = Assert.Single(rig.EventsOf(EventType.PortCall), e => e.Event.Vessels[0].Mmsi.Value == mmsi && e.Event.Evidence is PortCallEvidence { DprkPort: true });
        var alerts = rig.Of(AlertRule.DprkPortCall).ToList();
        if (!alerted)
        {
            Assert.Empty(alerts);
            return;
        }
        Assert.Equal(AlertIds.For(AlertRule.DprkPortCall, call.Event.Id), alerts[0].Id);
        Assert.Equal(AlertState.Raised, alerts[0].State);
        Assert.True(alerts[0].Time < call.At, "raised while the tanker was still in port");
        Assert.InRange(alerts[0].Time, H(1.5), H(2.5));
        Assert.Equal(AlertState.Updated, alerts[^1].State);
        Assert.Equal(call.Event.Evidence, alerts[^1].Evidence);
    }
}
