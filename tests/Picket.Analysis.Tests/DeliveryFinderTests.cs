using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Analysis.Tests;

/// <summary>
/// Deliveries for the cap table, in process: a tanker's call at a DPRK port with the transfer evidence of the 30 days
/// before it; calls by other ships, calls elsewhere and evidence outside the window do not count.
/// </summary>
public sealed class DeliveryFinderTests
{
    private static readonly DateTimeOffset Call = new(2018, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly Mmsi Tanker = new(445000001);
    private static readonly Mmsi Freighter = new(445000002);
    private static readonly Mmsi Other = new(412000003);

    [Fact]
    public void A_tanker_at_a_dprk_port_is_a_delivery_with_the_transfers_of_the_month_before()
    {
        var events = new List<PicketEvent>
        {
            Encounter("old-meeting", Call.AddDays(-40)),
            Encounter("meeting", Call.AddDays(-2)),
            DraughtRise("laden", Call.AddDays(-1), 2.0),
            PortCall("call", Tanker, Call, dprk: true),
            PortCall("freighter-call", Freighter, Call, dprk: true),
            PortCall("china-call", Tanker, Call.AddDays(-5), dprk: false),
        };
        var deliveries = DeliveryFinder.Find(events, Identity, PetroleumProduct.Diesel);
        var d = Assert.Single(deliveries);
        Assert.Equal(Call, d.Time);
        Assert.Equal("NAMPO", d.Port);
        Assert.Equal("CHON MA SAN", d.Vessel);
        Assert.Equal(["call", "meeting", "laden"], d.EvidenceEventIds);
        Assert.NotNull(d.CargoFromDraught); // the 2 m rise at sea implies a cargo
        Assert.True(d.CargoFromDraught!.Value.Barrels > 0);
    }

    [Fact]
    public void A_draught_rise_counts_for_the_first_dprk_call_after_it_only()
    {
        var events = new List<PicketEvent>
        {
            DraughtRise("laden", Call.AddDays(-3), 2.0),
            PortCall("first", Tanker, Call.AddDays(-2), dprk: true),
            PortCall("second", Tanker, Call, dprk: true),
        };
        var deliveries = DeliveryFinder.Find(events, Identity, PetroleumProduct.Diesel);
        Assert.Equal(2, deliveries.Count);
        Assert.NotNull(deliveries.Single(d => d.EvidenceEventIds[0] == "first").CargoFromDraught);
        Assert.Null(deliveries.Single(d => d.EvidenceEventIds[0] == "second").CargoFromDraught);
    }

    private static VesselRecord? Identity(Mmsi mmsi) => mmsi == Tanker ? Record(mmsi, "CHON MA SAN", 80) : mmsi == Freighter ? Record(mmsi, "RYE SONG GANG 1", 70) : null;

    private static VesselRecord Record(Mmsi mmsi, string name, byte type) =>
        new(mmsi, mmsi.Flag, IdentityFlags.DprkMid, [new VesselIdentity(mmsi, Call.AddDays(-60), name, null, null, new ShipType(type), new VesselDimensions(100, 20, 10, 10), 6.5, null, null, true)], 10);

    private static PicketEvent PortCall(string id, Mmsi mmsi, DateTimeOffset start, bool dprk)
    {
        var port = new PortEvidence(dprk ? "NAMPO" : "LONGKOU", dprk ? "KP" : "CN", null, dprk);
        var evidence = new PortCallEvidence(port, dprk, true, true, true, false, 1, 0.5, 40, 86_400, start.AddDays(1), 1);
        return new PicketEvent(id, EventType.PortCall, start, start.AddDays(1), GeoPoint.Create(38.7, 125.4), [new EventVessel(mmsi)], 0.9, evidence);
    }

    private static PicketEvent Encounter(string id, DateTimeOffset start)
    {
        var at = GeoPoint.Create(38.9, 123.8);
        var evidence = new EncounterEvidence(4 * 3600, 4 * 3600, 1, 24, 120, 80, 0.5, 0.6, 1, 1, at, at, 1, 2);
        return new PicketEvent(id, EventType.Encounter, start, start.AddHours(4), at, [new EventVessel(Tanker), new EventVessel(Other)], 0.9, evidence);
    }

    private static PicketEvent DraughtRise(string id, DateTimeOffset at, double metres)
    {
        var evidence = new DraughtChangeEvidence(6.5, 6.5 + metres, metres, "up", at.AddHours(-6), at.AddHours(-1), at, 1);
        return new PicketEvent(id, EventType.DraughtChange, at, at, GeoPoint.Create(38.9, 123.8), [new EventVessel(Tanker)], 0.8, evidence);
    }
}
