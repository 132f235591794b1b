using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>
/// Writes a <see cref="LaunderingChain"/> as a <c>laundering_chain</c> event: spanning origin to arrival, listing the
/// carrying hull (and the receiving hull of an at-sea transfer), with every link's event id, place and declared draught
/// under <c>links.origin</c>, <c>links.transshipment</c> or <c>links.transfer</c>, and <c>links.arrival</c>. The id comes
/// from the carrying hull's MMSI, the origin's start and the arrival's start: content only, as every event id.
/// </summary>
public static class ChainEvents
{
    public const string RuleText = "DPRK link (port call, dark near the DPRK coast, or meeting a DPRK-flagged or listed vessel) → transshipment port call or transfer at sea to another hull → arrival at a third-country port";

    public static PicketEvent ToEvent(LaunderingChain chain, Func<Mmsi, EventVessel> resolve, ChainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(resolve);
        var o = options ?? ChainOptions.Default;
        var links = new Evidence();
        foreach (var link in chain.Links) links.Add(link.Role, Link(link));
        var evidence = new Evidence()
            .Add("rule", RuleText)
            .Add("variant", chain.Laundering.Kind == ChainLinkKind.TransferAtSea ? "transfer_at_sea" : "transshipment_port")
            .Add("origin_kind", Wire(chain.Origin.Kind))
            .Add("cargo_class", chain.CargoClass)
            .Add("ship_type", chain.ShipType is { IsAvailable: true } t ? t.Code : (long?)null)
            .Add("window_days", o.Window.TotalDays)
            .Add("days", (chain.Arrival.Start - chain.Origin.Start).TotalDays)
            .Add("link_event_ids", chain.Links.Select(l => l.EventId).ToList())
            .Add("links", links);
        var vessels = new List<EventVessel> { resolve(chain.Origin.Mmsi) };
        if (chain.Arrival.Mmsi != chain.Origin.Mmsi) vessels.Add(resolve(chain.Arrival.Mmsi));
        long discriminator = chain.Arrival.Start.UtcTicks / TimeSpan.TicksPerSecond;
        return new PicketEvent(EventIds.For(EventType.LaunderingChain, chain.Origin.Mmsi, chain.Origin.Start, discriminator), EventType.LaunderingChain,
            chain.Origin.Start, chain.Arrival.Start, chain.Origin.Position, vessels, Math.Round(chain.Confidence, 3), evidence);
    }

    private static Evidence Link(ChainLink l)
    {
        var e = new Evidence()
            .Add("kind", Wire(l.Kind))
            .Add("type", l.EventType)
            .Add("event_id", l.EventId)
            .Add("mmsi", (long)l.Mmsi.Value)
            .Add("start", l.Start)
            .Add("end", l.End);
        if (l.Position is { } p) e.Add("position", p);
        if (l.Port is { } port) e.Add("port", port.Name).Add("locode", port.Locode).Add("country", port.Country);
        if (l.Partner is { } partner) e.Add("partner_mmsi", (long)partner.Value);
        if (l.Draught.Metres is { } m) e.Add("draught_m", Math.Round(m, 1));
        else e.Add("draught_m", (string?)null);
        e.Add("load", l.Draught.Load.ToString().ToLowerInvariant());
        return e;
    }

    public static string Wire(ChainLinkKind kind) => kind switch
    {
        ChainLinkKind.DprkPortCall => "dprk_port_call",
        ChainLinkKind.DarkNearDprk => "dark_near_dprk",
        ChainLinkKind.DarkCouldReachDprk => "dark_could_reach_dprk",
        ChainLinkKind.MetDprkVessel => "met_dprk_vessel",
        ChainLinkKind.MetListedVessel => "met_listed_vessel",
        ChainLinkKind.TransshipmentCall => "transshipment_call",
        ChainLinkKind.TransferAtSea => "transfer_at_sea",
        ChainLinkKind.Arrival => "arrival",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
