using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Events;

/// <summary>One event of every type as the detectors build them, with the optional parts both present and absent.</summary>
internal static class EvidenceSamples
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly GeoPoint P = GeoPoint.Create(38.912345678, 123.8);
    private static readonly PortEvidence Nampo = new("Nampo", "KP", "KPNAM", true);
    private static EvidenceFix Fix(double hours) => new(T0.AddHours(hours), GeoPoint.Create(38.9 + hours / 100, 123.8));

    public static IEnumerable<PicketEvent> All()
    {
        yield return Event(EventType.Encounter, new EncounterEvidence(22800, 21000, 2, 38, 212.5, 180.0000004, 0.4, 0.6, 0.93, 0.5, P, P, 11, 12,
            Nampo with { DistanceKm = 41.2 }, 60.5), 2);
        yield return Event(EventType.Encounter, new EncounterEvidence(7200, 7200, 1, 12, 300, 250, 1, 1, 1, 1, P, P, 11, 12), 2);
        yield return Event(EventType.Loitering, new LoiteringEvidence(36000, 0.8, 1.9, 120, P, P, 3.2, 7, "natural_earth_50m", 45.5,
            Nampo with { DistanceKm = 120 }, new DarkPartnerEvidence(352610002, T0, P, 12.5, false, T0.AddHours(9), P, 8.25, "gap:352610002:20180302T100000Z:0", 18000)));
        yield return Event(EventType.Loitering, new LoiteringEvidence(36000, 0.8, 1.9, 120, P, P, 3.2, 7, "port_distance",
            PossiblePartner: new DarkPartnerEvidence(352610002, T0, P, 12.5, true, null, null, null, null, 3600)));
        yield return Event(EventType.Gap, new GapEvidence(Fix(0), Fix(30), 108000, 120.5, double.PositiveInfinity, 12.5, 4.5, 3, 30, 1, 2, 0.75,
            55, 66, Nampo with { DistanceKm = 80 }, new PortEvidence("Dalian", "CN", null, false, 90)));
        yield return Event(EventType.Gap, new GapEvidence(Fix(0), Fix(30), 108000, 120.5, 2.2, 12.5, 0, 0, 30, 1, 2, null));
        yield return Event(EventType.Gap, new OpenGapEvidence(Fix(0), 50000, 4, 3.5, 14, 1, 0.9, 55, Nampo with { DistanceKm = 80 }));
        yield return Event(EventType.Gap, new OpenGapEvidence(Fix(0), 50000, 4, 3.5, 14, 1, null));
        yield return Event(EventType.LaunderingChain, new LaunderingChainEvidence("rule text", "transfer_at_sea", "dprk_port_call", "coal", 70, 60, 12.5,
            ["port_call:1", "encounter:2", "port_call:3"],
            [
                new ChainLinkEvidence("origin", "dprk_port_call", "port_call", "port_call:1", 445112000, T0, T0.AddHours(20), P, "Nampo", "KPNAM", "KP", DraughtM: 9.5, Load: "laden"),
                new ChainLinkEvidence("transfer", "transfer_at_sea", "encounter", "encounter:2", 445112000, T0.AddDays(2), T0.AddDays(2.2), P, PartnerMmsi: 667001234),
                new ChainLinkEvidence("arrival", "arrival", "port_call", "port_call:3", 667001234, T0.AddDays(6), T0.AddDays(7), null, "Dalian", null, "CN"),
            ]), 2);
        yield return Event(EventType.PortCall, new PortCallEvidence(Nampo with { Source = "wpi" }, true, true, false, true, false, 3, 0.42, 55, 72000, T0.AddHours(20), 9));
        yield return Event(EventType.PositionJump, new PositionJumpEvidence(Fix(0), Fix(0.5), Fix(2), Fix(2.5), 10, ["3", "4"],
            300.1234567, 299.5, 5400.5, double.PositiveInfinity, 45.2, 25, false));
        yield return Event(EventType.IdentityChange, new IdentityChangeEvidence(["mmsi", "flag"],
            new IdentitySnapshot(667555000, 9123456, true, "SEA STAR", "9LA12", "SL", "Sierra Leone", 80, T0),
            new IdentitySnapshot(445555000, null, null, null, null, null, null, null, T0.AddDays(2))), vessels: 1, position: false);
        yield return Event(EventType.IdentityClash, new IdentityClashEvidence(Fix(0), Fix(0.1), Fix(20), Fix(21), 10500.5, 1e6, 75600, 14, 120, 25, 3, 4));
        yield return Event(EventType.DraughtChange, new DraughtChangeEvidence(4.1, 8.8, 4.7, "loaded", T0, T0.AddHours(1), T0.AddHours(8), 5,
            P, P, new PortEvidence("Dalian", "CN", "CNDLC", false, LastSeen: T0.AddHours(-30)), 38.5, 0.0021, ["encounter:1", "loitering:2"], ["encounter", "dark_sts"]));
        yield return Event(EventType.DraughtChange, new DraughtChangeEvidence(8.8, 4.1, -4.7, "discharged", T0, T0.AddHours(1), T0.AddHours(8), 5));
    }

    private static int _n;

    private static PicketEvent Event(EventType type, EventEvidence evidence, int vessels = 1, bool position = true) => new(
        $"{type.ToWireName()}:{Interlocked.Increment(ref _n)}", type, T0, T0.AddHours(6), position ? P : null,
        vessels == 2 ? [new EventVessel(new Mmsi(445112000), 8691702, "CHON MA SAN"), new EventVessel(new Mmsi(667001234))] : [new EventVessel(new Mmsi(445112000))],
        0.85, evidence);
}
