using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Core.Tests.Voyages;

/// <summary>
/// The chain rule on hull histories built to the pattern of the 2017 Kholmsk case (UN Panel of Experts S/2018/171;
/// South Korean customs, August 2018) and its at-sea variant, and on the look-alikes it must leave alone: ordinary Russian
/// coal exports, a tanker delivering oil to a DPRK port, a chain too slow for the window, a transfer that loaded the
/// carrier.
/// </summary>
public sealed class LaunderingChainFinderTests
{
    private static readonly DateTimeOffset T0 = new(2017, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Mmsi Carrier = new(667_001_111), Receiver = new(351_002_222), DprkShip = new(445_003_333);

    private static Port P(string name) => BuiltInPorts.All.Single(p => p.Name == name);
    private static DateTimeOffset H(double hours) => T0.AddHours(hours);
    private static CallRecord Call(string port, double fromH, double toH, bool exit = true) => new($"call:{port}:{fromH}", P(port), H(fromH), H(toH), exit);

    private static HullActivity Hull(Mmsi mmsi, byte type, params CallRecord[] calls)
    {
        var h = new HullActivity(mmsi) { ShipType = new ShipType(type), FirstSeen = H(0), LastSeen = H(200) };
        h.Calls.AddRange(calls);
        return h;
    }

    [Fact]
    public void Dprk_call_then_kholmsk_then_korea_is_a_chain_with_every_link()
    {
        var h = Hull(Carrier, 70, Call("Wonsan", 0, 20), Call("Kholmsk", 90, 110), Call("Pohang", 160, 170, exit: false));
        h.Draughts.Add(new DraughtRecord(H(0), 4.0));
        h.Draughts.Add(new DraughtRecord(H(24), 9.5)); // typed after sailing
        var chain = Assert.Single(new LaunderingChainFinder().Find([h]));
        Assert.Equal(ChainLinkKind.DprkPortCall, chain.Origin.Kind);
        Assert.Equal("call:Wonsan:0", chain.Origin.EventId);
        Assert.Equal("call:Kholmsk:90", chain.Laundering.EventId);
        Assert.Equal("call:Pohang:160", chain.Arrival.EventId);
        Assert.Equal(LoadState.Laden, chain.Origin.Draught.Load);
        Assert.Equal(LoadState.Laden, chain.Arrival.Draught.Load);
        Assert.Equal("bulk", chain.CargoClass);

        var e = ChainEvents.ToEvent(chain, m => new EventVessel(m));
        Assert.Equal(EventType.LaunderingChain, e.Type);
        Assert.Equal("laundering_chain", e.Type.ToWireName());
        var evidence = Assert.IsType<LaunderingChainEvidence>(e.Evidence);
        Assert.Equal(["call:Wonsan:0", "call:Kholmsk:90", "call:Pohang:160"], evidence.LinkEventIds);
        Assert.Equal("RUKHO", evidence.Links.Single(l => l.Role == "transshipment").Locode);
        Assert.Equal(9.5, evidence.Links.Single(l => l.Role == "origin").DraughtM);
        Assert.Equal(H(0), e.Start);
        Assert.Equal(H(160), e.End);
    }

    [Fact]
    public void Ais_off_near_the_dprk_coast_for_days_is_an_origin()
    {
        // Heard leaving Nakhodka's neighbour in ballast, silent for three days off Rajin, back laden, to Nakhodka and on to Busan.
        var h = Hull(Carrier, 71, Call("Vladivostok", 0, 5), Call("Nakhodka", 100, 120), Call("Busan", 170, 175, exit: false));
        h.Gaps.Add(new DarkPeriod("gap-1", H(10), H(82), GeoPoint.Create(42.0, 130.6), GeoPoint.Create(42.3, 131.2), 0.9));
        var chain = Assert.Single(new LaunderingChainFinder().Find([h]));
        Assert.Equal(ChainLinkKind.DarkNearDprk, chain.Origin.Kind);
        Assert.Equal("gap-1", chain.Origin.EventId);
        Assert.Equal("Busan", chain.Arrival.Port?.Name);
    }

    [Fact]
    public void A_transfer_at_sea_hands_the_chain_to_the_receiving_hull()
    {
        var h = Hull(Carrier, 70, Call("Chongjin", 0, 12), Call("Chongjin", 60, 70, exit: false));
        var k = Hull(Receiver, 70, Call("Vostochnyy", 0, 4), Call("Donghae", 50, 60, exit: false));
        h.Meetings.Add(new MeetingRecord("enc-1", Receiver, H(20), H(28), GeoPoint.Create(40.5, 131.0), false));
        k.Meetings.Add(new MeetingRecord("enc-1", Carrier, H(20), H(28), GeoPoint.Create(40.5, 131.0), false));
        k.Draughts.Add(new DraughtRecord(H(0), 5.0));
        k.Draughts.Add(new DraughtRecord(H(30), 9.0)); // the receiver loaded at the meeting
        var chain = Assert.Single(new LaunderingChainFinder().Find([h, k]));
        Assert.Equal(ChainLinkKind.TransferAtSea, chain.Laundering.Kind);
        Assert.Equal(Receiver, chain.Laundering.Partner);
        Assert.Equal(Receiver, chain.Arrival.Mmsi);
        Assert.Equal("Donghae", chain.Arrival.Port?.Name);
        var e = ChainEvents.ToEvent(chain, m => new EventVessel(m));
        Assert.Equal([Carrier, Receiver], e.Vessels.Select(v => v.Mmsi));
    }

    [Fact]
    public void A_transfer_that_loaded_the_carrier_is_not_laundering()
    {
        var h = Hull(Carrier, 70, Call("Chongjin", 0, 12));
        var k = Hull(Receiver, 70, Call("Donghae", 50, 60, exit: false));
        h.Meetings.Add(new MeetingRecord("enc-1", Receiver, H(20), H(28), GeoPoint.Create(40.5, 131.0), false));
        h.Draughts.Add(new DraughtRecord(H(0), 5.0));
        h.Draughts.Add(new DraughtRecord(H(29), 8.0)); // the DPRK-side hull went away deeper: cargo came to it
        Assert.Empty(new LaunderingChainFinder().Find([h, k]));
    }

    [Fact]
    public void Ordinary_russian_coal_exports_are_not_chains()
    {
        var h = Hull(Carrier, 70, Call("Nakhodka", 0, 30), Call("Pohang", 70, 80), Call("Vostochnyy", 120, 140), Call("Busan", 190, 200, exit: false));
        h.Gaps.Add(new DarkPeriod("gap-far", H(40), H(50), GeoPoint.Create(39.0, 131.5), GeoPoint.Create(38.0, 130.8), 0.4)); // 10 h, far off the coast
        Assert.Empty(new LaunderingChainFinder().Find([h]));
    }

    [Fact]
    public void A_tanker_delivering_to_a_dprk_port_is_left_to_the_delivery_accounting()
    {
        var h = Hull(Carrier, 80, Call("Rajin", 0, 12), Call("Vladivostok", 30, 50), Call("Busan", 100, 110, exit: false));
        h.Draughts.Add(new DraughtRecord(H(0), 7.0));
        h.Draughts.Add(new DraughtRecord(H(13), 3.5)); // discharged in the DPRK
        Assert.Empty(new LaunderingChainFinder().Find([h]));
    }

    [Fact]
    public void A_chain_slower_than_the_window_is_not_reported()
    {
        var h = Hull(Carrier, 70, Call("Wonsan", 0, 20), Call("Kholmsk", 90, 110), Call("Pohang", 1200, 1210, exit: false));
        Assert.Empty(new LaunderingChainFinder().Find([h]));
        Assert.Single(new LaunderingChainFinder(new ChainOptions { Window = TimeSpan.FromDays(60) }).Find([h]));
    }

    [Fact]
    public void Repeated_calls_and_duplicate_gaps_still_give_one_chain_from_the_strongest_origin()
    {
        var h = Hull(Carrier, 70, Call("Nampo", 0, 20), Call("Nakhodka", 120, 130), Call("Vostochnyy", 132, 140), Call("Donghae", 180, 190, exit: false));
        h.Gaps.Add(new DarkPeriod("gap-a", H(22), H(60), GeoPoint.Create(38.6, 125.0), GeoPoint.Create(36.0, 129.8), 0.9));
        var chain = Assert.Single(new LaunderingChainFinder().Find([h]));
        Assert.Equal(ChainLinkKind.DprkPortCall, chain.Origin.Kind);
        Assert.Equal("Nakhodka", chain.Laundering.Port?.Name);
        Assert.Equal("Donghae", chain.Arrival.Port?.Name);
    }

    [Fact]
    public void A_meeting_with_a_dprk_flagged_ship_is_an_origin()
    {
        var h = Hull(Carrier, 70, Call("Nakhodka", 50, 60), Call("Incheon", 150, 160, exit: false));
        h.Meetings.Add(new MeetingRecord("enc-dprk", DprkShip, H(10), H(20), GeoPoint.Create(41.0, 131.5), false));
        var chain = Assert.Single(new LaunderingChainFinder().Find([h]));
        Assert.Equal(ChainLinkKind.MetDprkVessel, chain.Origin.Kind);
        Assert.Equal(DprkShip, chain.Origin.Partner);
    }

    [Fact]
    public void A_meeting_with_a_listed_ship_is_an_origin_only_when_the_lists_name_it()
    {
        // A Sierra Leone-flagged partner: no DPRK flag to go by, only the lists.
        var listedShip = new Mmsi(667_004_444);
        var h = Hull(Carrier, 70, Call("Nakhodka", 50, 60), Call("Incheon", 150, 160, exit: false));
        h.Meetings.Add(new MeetingRecord("enc-listed", listedShip, H(10), H(20), GeoPoint.Create(41.0, 131.5), false));

        Assert.Empty(new LaunderingChainFinder().Find([h]));
        Assert.Empty(new LaunderingChainFinder().Find([h], m => false));
        var chain = Assert.Single(new LaunderingChainFinder().Find([h], m => m == listedShip));
        Assert.Equal(ChainLinkKind.MetListedVessel, chain.Origin.Kind);
        Assert.Equal(listedShip, chain.Origin.Partner);
    }
}
