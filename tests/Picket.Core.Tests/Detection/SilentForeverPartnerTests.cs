using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// A loitering's dark partner is decided at the loitering's end plus the hold (12 h), on what is known then — the same
/// in a finished file (no clock: the fixes alone) and on a live feed (the clock ticked every minute of feed time, as
/// the watch ticks it). The loiterer drifts 00:00–10:00 in the Korea Bay; the partner sails up, switches its AIS off
/// 10 km away at 02:00 and is either never heard again or heard long after; a passer far away keeps the stream going.
/// </summary>
public class SilentForeverPartnerTests
{
    private const uint Loiterer = 445_720_001, Partner = 352_720_002, Passer = 412_720_003;

    // Forgotten after a day of silence: the batch run used to release the loitering only when the track builder closed
    // the loiterer's silent segment, a day after it ended — by then the partner was forgotten and the loitering had none.
    private static readonly DetectionOptions ShortMemory = new() { GapMemory = TimeSpan.FromDays(1) };

    private static SeaScenario Scene(double? partnerBackAtHours)
    {
        var s = new SeaScenario(seed: 81);
        var p = Sea.KoreaBay;
        var dark = Sea.Offset(p, 200, 10_000);
        s.Vessel(Loiterer).At(0, p.Lat, p.Lon).Stay(10);
        var partner = s.Vessel(Partner).At(0, dark.Lat - 0.25, dark.Lon).At(2, dark.Lat, dark.Lon);
        if (partnerBackAtHours is { } back)
            partner.Stay(back + 3).Sail(back + 6, 180, 12).Silent(2, back);
        else
            partner.Stay(3).Silent(2, 4);
        s.Vessel(Passer).At(0, Sea.YellowSea.Lat, Sea.YellowSea.Lon).Sail(60, 90, 5);
        return s;
    }

    [Fact]
    public void A_partner_never_heard_again_is_still_dark_in_batch_as_live_though_forgotten_before_the_file_ends()
    {
        var (batch, live) = BothWays(Scene(partnerBackAtHours: null), ShortMemory);

        var partner = PartnerOf(batch);
        Assert.Equal(Partner, (uint)partner.Mmsi);
        Assert.True(partner.StillDark);
        Assert.Null(partner.GapEvent);
        Assert.InRange(partner.DarkStartDistanceKm, 8, 12);
        Assert.Equal(Json(Loitering(batch)), Json(Loitering(live)));
    }

    [Fact]
    public void A_partner_heard_again_after_the_decision_time_is_still_dark_then_in_batch_as_live()
    {
        // Back at 30:00, after the loitering's end (10:00) plus the hold (12 h): at 22:00 it was still dark.
        var (batch, live) = BothWays(Scene(partnerBackAtHours: 30), options: null);

        var partner = PartnerOf(batch);
        Assert.Equal(Partner, (uint)partner.Mmsi);
        Assert.True(partner.StillDark);
        Assert.Null(partner.GapEnd);
        Assert.Equal(Json(Loitering(batch)), Json(Loitering(live)));
        // Its gap itself is closed and reported as such: the loitering only did not wait for it.
        Assert.Single(batch, e => e.Type == EventType.Gap && e.Evidence is GapEvidence && e.Vessels[0].Mmsi.Value == Partner);
    }

    [Fact]
    public void A_partner_heard_again_before_the_decision_time_is_cited_with_its_closed_gap_in_batch_as_live()
    {
        var (batch, live) = BothWays(Scene(partnerBackAtHours: 16), options: null);

        var partner = PartnerOf(batch);
        Assert.Equal(Partner, (uint)partner.Mmsi);
        Assert.False(partner.StillDark);
        var gap = Assert.Single(batch, e => e.Type == EventType.Gap && e.Vessels[0].Mmsi.Value == Partner);
        Assert.Equal(gap.Id, partner.GapEvent);
        Assert.Equal(Json(Loitering(batch)), Json(Loitering(live)));
    }

    private static (List<PicketEvent> Batch, List<PicketEvent> Live) BothWays(SeaScenario s, DetectionOptions? options)
    {
        var items = s.Items();
        return (Run(items, options, clockStep: null), Run(items, options, clockStep: TimeSpan.FromMinutes(1)));
    }

    private static List<PicketEvent> Run(List<object> items, DetectionOptions? options, TimeSpan? clockStep)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events, options);
        var tracker = new VesselTracker(detectors, events);
        DateTimeOffset? next = null;
        foreach (var item in items)
        {
            if (item is not VesselFix f)
                continue;
            if (clockStep is { } step && (next is null || f.Time >= next))
            {
                if (next is not null)
                    tracker.AdvanceTo(f.Time); // a live host ticks on the time of the message that crossed its step
                next = f.Time + step;
            }
            tracker.Add(f);
        }
        tracker.Flush();
        detectors.Flush();
        return [.. events.Events];
    }

    private static PicketEvent Loitering(List<PicketEvent> events) =>
        Assert.Single(events, e => e.Type == EventType.Loitering && e.Vessels[0].Mmsi.Value == Loiterer);

    private static DarkPartnerEvidence PartnerOf(List<PicketEvent> events)
    {
        var partner = Assert.IsType<LoiteringEvidence>(Loitering(events).Evidence).PossiblePartner;
        Assert.NotNull(partner);
        return partner;
    }

    private static string Json(PicketEvent e)
    {
        using var buffer = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(buffer, leaveOpen: true))
            writer.Emit(e);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
