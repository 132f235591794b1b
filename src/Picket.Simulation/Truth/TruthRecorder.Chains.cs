using Picket.Core.Events;
using Picket.Simulation.Scenarios;

namespace Picket.Simulation.Truth;

/// <summary>
/// Laundering-chain truth: the recorder keeps the truth events of the chains' hulls and, at the end, assembles each
/// planted chain from them — the DPRK link (the call at the origin port, or the first dark period of a hull that went
/// dark there), the transshipment call or the encounter with the receiver, and the arrival call — so every link is an
/// event the other oracles wrote. A chain whose arrival did not happen within the run is not in the truth; a chain with
/// a link no AIS detector could see is marked <c>observable: false</c>.
/// </summary>
internal sealed partial class TruthRecorder
{
    private readonly Dictionary<uint, List<PicketEvent>> _watched = [];

    public void Watch(IEnumerable<PlannedChain> chains)
    {
        foreach (var c in chains)
        {
            _watched.TryAdd(c.Carrier.TrueIdentity.Mmsi, []);
            if (c.Receiver != null) _watched.TryAdd(c.Receiver.TrueIdentity.Mmsi, []);
        }
    }

    private void Remember(PicketEvent e)
    {
        if (_watched.Count == 0 || e.Type is not (EventType.PortCall or EventType.Gap or EventType.Encounter)) return;
        foreach (var v in e.Vessels.Select(v => v.Mmsi.Value).Distinct())
            if (_watched.TryGetValue(v, out var list)) list.Add(e);
    }

    public void FlushChains(IEnumerable<PlannedChain> chains)
    {
        foreach (var c in chains)
        {
            uint carrier = c.Carrier.TrueIdentity.Mmsi;
            var mine = _watched[carrier].OrderBy(e => e.Start).ToList();
            var origin = c.DarkOrigin
                ? mine.FirstOrDefault(e => e.Type == EventType.Gap)
                : mine.FirstOrDefault(e => e.Type == EventType.PortCall && Locode(e) == c.OriginLocode);
            if (origin == null) continue;
            PicketEvent? middle;
            if (c.Receiver is { } r)
            {
                uint receiver = r.TrueIdentity.Mmsi;
                middle = mine.FirstOrDefault(e => e.Type == EventType.Encounter && e.Start >= origin.End && e.Vessels.Any(v => v.Mmsi.Value == receiver));
            }
            else middle = mine.FirstOrDefault(e => e.Type == EventType.PortCall && e.Start >= origin.End && Locode(e) == c.TransshipmentLocode);
            if (middle == null) continue;
            var landing = c.Receiver ?? c.Carrier;
            var arrival = _watched[landing.TrueIdentity.Mmsi].OrderBy(e => e.Start)
                .FirstOrDefault(e => e.Type == EventType.PortCall && e.Start >= middle.End && Locode(e) == c.ArrivalLocode);
            if (arrival == null) continue;
            bool observable = new[] { origin, middle, arrival }.All(e => (e.Evidence as Evidence)?["observable"] is not false);
            var links = new Evidence()
                .Add("origin", Link(origin, c.DarkOrigin ? "dark_near_dprk" : "dprk_port_call", carrier, null))
                .Add(c.Receiver == null ? "transshipment" : "transfer",
                    Link(middle, c.Receiver == null ? "transshipment_call" : "transfer_at_sea", carrier, c.Receiver?.TrueIdentity.Mmsi))
                .Add("arrival", Link(arrival, "arrival", landing.TrueIdentity.Mmsi, null));
            var vessels = c.Receiver == null ? new[] { Describe(carrier) } : [Describe(carrier), Describe(c.Receiver.TrueIdentity.Mmsi)];
            var at = origin.Position is { } p ? new Geography.LatLon(p.Lat, p.Lon) : (Geography.LatLon?)null;
            Emit(EventType.LaunderingChain, c.Carrier, origin.Start.ToUnixTimeMilliseconds(), arrival.Start.ToUnixTimeMilliseconds(), at, vessels, observable,
                new Evidence()
                    .Add("variant", c.Receiver == null ? "transshipment_port" : "transfer_at_sea")
                    .Add("link_event_ids", new[] { origin.Id, middle.Id, arrival.Id })
                    .Add("links", links), c.Scenario);
        }
    }

    private static string? Locode(PicketEvent e) => (e.Evidence as Evidence)?["locode"] as string; // truth events carry open bags

    private static Evidence Link(PicketEvent e, string kind, uint mmsi, uint? partner)
    {
        var link = new Evidence()
            .Add("kind", kind)
            .Add("type", e.Type == EventType.Encounter ? "meeting" : e.Type.ToWireName())
            .Add("event_id", e.Id)
            .Add("mmsi", (long)mmsi)
            .Add("start", e.Start)
            .Add("end", e.End);
        if (Locode(e) is { } code) link.Add("locode", code);
        if (partner is { } p) link.Add("partner_mmsi", (long)p);
        return link;
    }
}
