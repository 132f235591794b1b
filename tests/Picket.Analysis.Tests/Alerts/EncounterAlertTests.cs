using Picket.Analysis.Alerts;
using Picket.Core.Alerts;
using Picket.Core.Events;
using static Picket.Analysis.Tests.Alerts.Planted;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>
/// <c>encounter_at_sea</c> and <c>dprk_meeting</c> on planted meetings whose times are known by construction: an STS
/// alert comes out while the pair is still together, long before the encounter event (which waits for the 4 h merge
/// gap), carries the event's id, and is confirmed by it; a short meeting raises nothing; a meeting that ends below the
/// event's threshold is withdrawn.
/// </summary>
public class EncounterAlertTests
{
    private const uint A = 412_000_901, B = 413_000_902;

    [Fact]
    public void An_sts_in_progress_raises_an_alert_before_its_encounter_event_closes()
    {
        var rig = new AlertRig();
        rig.Feed(Traffic(16, Stopping(A, Sea, 1, 7), Stopping(B, Beside(Sea), 1, 7, side: 270)).Stream());
        rig.Finish();

        var (encounter, closedAt) = Assert.Single(rig.EventsOf(EventType.Encounter));
        var alerts = rig.Of(AlertRule.EncounterAtSea).ToList();
        var raised = alerts[0];
        Assert.Equal(AlertState.Raised, raised.State);
        Assert.Equal(encounter.Id, raised.EventId);
        Assert.Equal(AlertIds.For(AlertRule.EncounterAtSea, encounter.Id), raised.Id);
        Assert.Equal([A, B], raised.Vessels.Select(v => v.Mmsi.Value));
        // Known once the pair has been together 2 h (03:00) and the grid instants are paired (1 h behind the feed): before they part at 07:00.
        Assert.InRange(raised.Time, H(3), H(4.5));
        Assert.True(raised.Time < closedAt, $"alert at {raised.Time:HH:mm}, event at {closedAt:HH:mm}");
        Assert.True(closedAt >= H(11)); // the event waits for the merge gap after the pair parts
        Assert.IsType<EncounterEvidence>(raised.Evidence);

        // Updated as the evidence grows (rate-limited to one an hour), then confirmed by the event with its evidence.
        Assert.All(alerts.Skip(1), a => Assert.Equal(AlertState.Updated, a.State));
        Assert.Equal(Enumerable.Range(0, alerts.Count), alerts.Select(a => a.Revision));
        Assert.All(alerts.Zip(alerts.Skip(1)), p => Assert.True(p.Second.Time - p.First.Time >= TimeSpan.FromHours(1) || p.Second == alerts[^1]));
        Assert.Equal(encounter.Evidence, alerts[^1].Evidence);
        Assert.Equal(encounter.End, alerts[^1].End);
        Assert.Equal(0, rig.Engine.OpenAlerts);
        Assert.Empty(rig.Of(AlertRule.DprkMeeting)); // neither is a DPRK vessel
    }

    [Fact]
    public void A_short_meeting_raises_nothing()
    {
        var rig = new AlertRig();
        rig.Feed(Traffic(12, Stopping(A, Sea, 1, 2.5), Stopping(B, Beside(Sea), 1, 2.5, side: 270)).Stream());
        rig.Finish();

        Assert.Empty(rig.EventsOf(EventType.Encounter));
        Assert.Empty(rig.Alerts);
    }

    [Fact]
    public void A_meeting_that_ends_below_the_event_threshold_is_withdrawn()
    {
        // Alerting at 1 h while the event needs 2 h: the 1.5 h meeting is alerted, then ends short of an event.
        var rig = new AlertRig(new AlertOptions { EncounterMinDuration = TimeSpan.FromHours(1) });
        rig.Feed(Traffic(12, Stopping(A, Sea, 1, 2.5), Stopping(B, Beside(Sea), 1, 2.5, side: 270)).Stream());
        rig.Finish();

        Assert.Empty(rig.EventsOf(EventType.Encounter));
        var alerts = rig.Of(AlertRule.EncounterAtSea).ToList();
        Assert.Equal(AlertState.Raised, alerts[0].State);
        Assert.Equal(AlertState.Withdrawn, alerts[^1].State);
        Assert.Equal(alerts[0].Id, alerts[^1].Id);
        Assert.Contains("ended after 1.", alerts[^1].Reason, StringComparison.Ordinal);
        Assert.True(alerts[^1].Time < H(12), "withdrawn when the detector dropped the meeting, not at the end of input");
        Assert.Equal(1, rig.Engine.Stats.Withdrawn);
    }

    [Fact]
    public void A_tanker_alongside_a_dprk_flagged_vessel_is_alerted_at_once()
    {
        const uint tanker = 412_000_911, dprk = 445_000_912;
        var rig = new AlertRig();
        rig.Feed(Traffic(14, Stopping(tanker, Sea, 1, 6, shipType: 80), Stopping(dprk, Beside(Sea), 1, 6, side: 270)).Stream());
        rig.Finish();

        var (encounter, _) = Assert.Single(rig.EventsOf(EventType.Encounter));
        var meeting = rig.Of(AlertRule.DprkMeeting).ToList();
        Assert.Equal(AlertIds.For(AlertRule.DprkMeeting, encounter.Id), meeting[0].Id);
        // At once: as soon as the pair's median speed is slow (the first instants together still carry the 10 kn
        // approach), an hour behind the feed (the grid's interpolation limit), read within the 10-minute evaluation step.
        Assert.InRange(meeting[0].Time, H(1), H(2.75));
        Assert.True(meeting[0].Time < rig.Of(AlertRule.EncounterAtSea).First().Time);
        Assert.Contains("tanker 412000911", meeting[0].Reason, StringComparison.Ordinal);
        Assert.Equal(AlertState.Updated, meeting[^1].State);
        Assert.Equal(encounter.Evidence, meeting[^1].Evidence);
    }

    [Fact]
    public void A_cargo_ship_alongside_a_dprk_flagged_vessel_is_not_a_dprk_meeting()
    {
        const uint cargo = 412_000_921, dprk = 445_000_922;
        var rig = new AlertRig();
        rig.Feed(Traffic(14, Stopping(cargo, Sea, 1, 6, shipType: 70), Stopping(dprk, Beside(Sea), 1, 6, side: 270)).Stream());
        rig.Finish();

        Assert.Single(rig.EventsOf(EventType.Encounter));
        Assert.Empty(rig.Of(AlertRule.DprkMeeting));
        Assert.NotEmpty(rig.Of(AlertRule.EncounterAtSea));
    }

    [Fact]
    public void Without_the_open_state_the_encounter_event_itself_raises_the_alert_once_finished()
    {
        var rig = new AlertRig(readProgress: false);
        rig.Feed(Traffic(16, Stopping(A, Sea, 1, 7), Stopping(B, Beside(Sea), 1, 7, side: 270)).Stream());
        rig.Finish();

        var (encounter, closedAt) = Assert.Single(rig.EventsOf(EventType.Encounter));
        var alert = Assert.Single(rig.Alerts);
        Assert.Equal((AlertRule.EncounterAtSea, AlertState.Raised, encounter.Id), (alert.Rule, alert.State, alert.EventId));
        Assert.InRange(alert.Time, closedAt - TimeSpan.FromMinutes(1), closedAt); // the engine's clock: the feed time it last advanced to
        Assert.Equal(encounter.Evidence, alert.Evidence);
        Assert.Equal(0, rig.Engine.OpenAlerts);
    }
}
