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
    /// <summary>The rule a chain matched, written into the evidence (<c>rule</c>) so an analyst reads what was looked for.</summary>
    public const string RuleText = "DPRK link (port call, dark near the DPRK coast, or meeting a DPRK-flagged or listed vessel) → transshipment port call or transfer at sea to another hull → arrival at a third-country port";

    /// <summary>The <c>laundering_chain</c> event of <paramref name="chain"/>, its vessels resolved through <paramref name="resolve"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> or <paramref name="resolve"/> is null.</exception>
    public static PicketEvent ToEvent(LaunderingChain chain, Func<Mmsi, EventVessel> resolve, ChainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(resolve);
        var o = options ?? ChainOptions.Default;
        var evidence = new LaunderingChainEvidence(
            Rule: RuleText,
            Variant: chain.Laundering.Kind == ChainLinkKind.TransferAtSea ? "transfer_at_sea" : "transshipment_port",
            OriginKind: Wire(chain.Origin.Kind),
            CargoClass: chain.CargoClass,
            ShipType: chain.ShipType is { IsAvailable: true } t ? t.Code : null,
            WindowDays: o.Window.TotalDays,
            Days: (chain.Arrival.Start - chain.Origin.Start).TotalDays,
            LinkEventIds: chain.Links.Select(l => l.EventId).ToList(),
            Links: chain.Links.Select(Link).ToList());
        var vessels = new List<EventVessel> { resolve(chain.Origin.Mmsi) };
        if (chain.Arrival.Mmsi != chain.Origin.Mmsi) vessels.Add(resolve(chain.Arrival.Mmsi));
        long discriminator = chain.Arrival.Start.UtcTicks / TimeSpan.TicksPerSecond;
        return new PicketEvent(EventIds.For(EventType.LaunderingChain, chain.Origin.Mmsi, chain.Origin.Start, discriminator), EventType.LaunderingChain,
            chain.Origin.Start, chain.Arrival.Start, chain.Origin.Position, vessels, Math.Round(chain.Confidence, 3), evidence);
    }

    private static ChainLinkEvidence Link(ChainLink l) => new(
        l.Role, Wire(l.Kind), l.EventType, l.EventId, l.Mmsi.Value, l.Start, l.End, l.Position,
        l.Port?.Name, l.Port?.Locode, l.Port?.Country, l.Partner?.Value,
        l.Draught.Metres is { } m ? Math.Round(m, 1) : null, l.Draught.Load.ToString().ToLowerInvariant());

    /// <summary>The wire name of a link kind in evidence (snake_case, e.g. <c>dprk_port_call</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
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
