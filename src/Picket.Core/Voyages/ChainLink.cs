using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>What a link of a chain is.</summary>
public enum ChainLinkKind : byte
{
    /// <summary>A call at a DPRK port.</summary>
    DprkPortCall,
    /// <summary>A dark period that began or ended near the DPRK coast.</summary>
    DarkNearDprk,
    /// <summary>A dark period far from the DPRK but long enough for a detour to a DPRK port and a loading.</summary>
    DarkCouldReachDprk,
    /// <summary>A meeting at sea with a DPRK-flagged (MID 445) vessel.</summary>
    MetDprkVessel,
    /// <summary>A meeting at sea with a listed vessel.</summary>
    MetListedVessel,
    /// <summary>A call at a transshipment port.</summary>
    TransshipmentCall,
    /// <summary>A meeting at sea with another hull, which carried on.</summary>
    TransferAtSea,
    /// <summary>A call at a port in a third country.</summary>
    Arrival,
}

/// <summary>
/// One link of a chain: the event behind it, the hull, the place, and the draught the hull declared there with the load
/// it shows. <see cref="Partner"/> is the other hull of a meeting.
/// </summary>
/// <param name="Kind">What the link is.</param>
/// <param name="EventId">The id of the event behind the link.</param>
/// <param name="Mmsi">The hull the link belongs to.</param>
/// <param name="Start">UTC start of the event.</param>
/// <param name="End">UTC end of the event.</param>
/// <param name="Position">Where the event happened, or null when not known.</param>
/// <param name="Port">The port of a call, or null.</param>
/// <param name="Partner">The other hull of a meeting, or null.</param>
/// <param name="Draught">The draught the hull declared there and the load it shows.</param>
public sealed record ChainLink(
    ChainLinkKind Kind,
    string EventId,
    Mmsi Mmsi,
    DateTimeOffset Start,
    DateTimeOffset End,
    GeoPoint? Position,
    Port? Port = null,
    Mmsi? Partner = null,
    VoyageDraught Draught = default)
{
    /// <summary>The link's role in the chain as written in evidence: <c>origin</c>, <c>transshipment</c>, <c>transfer</c> or <c>arrival</c>.</summary>
    public string Role => Kind switch
    {
        ChainLinkKind.TransshipmentCall => "transshipment",
        ChainLinkKind.TransferAtSea => "transfer",
        ChainLinkKind.Arrival => "arrival",
        _ => "origin",
    };

    /// <summary>The kind of event behind the link: <c>port_call</c>, <c>gap</c> or <c>meeting</c>.</summary>
    public string EventType => Kind switch
    {
        ChainLinkKind.DprkPortCall or ChainLinkKind.TransshipmentCall or ChainLinkKind.Arrival => "port_call",
        ChainLinkKind.DarkNearDprk or ChainLinkKind.DarkCouldReachDprk => "gap",
        _ => "meeting",
    };

    /// <summary>How strongly the link ties the cargo to the DPRK, for picking the best origin and the chain's confidence.</summary>
    public double Strength => Kind switch
    {
        ChainLinkKind.DprkPortCall => 0.9,
        ChainLinkKind.MetDprkVessel or ChainLinkKind.MetListedVessel => 0.8,
        ChainLinkKind.DarkNearDprk => 0.75,
        ChainLinkKind.DarkCouldReachDprk => 0.5,
        _ => 1,
    };
}

/// <summary>A laundering chain: the DPRK link, the laundering step (a transshipment call or a transfer at sea) and the arrival.</summary>
/// <param name="Origin">The DPRK link.</param>
/// <param name="Laundering">The transshipment call or the transfer at sea.</param>
/// <param name="Arrival">The call at a third-country port.</param>
/// <param name="ShipType">The carrying hull's ship type, or null when never broadcast.</param>
/// <param name="Confidence">How sure the chain is, 0–1: the origin's strength, lowered for an unconfirmed transfer.</param>
public sealed record LaunderingChain(ChainLink Origin, ChainLink Laundering, ChainLink Arrival, ShipType? ShipType, double Confidence)
{
    /// <summary>The three links in order: origin, laundering step, arrival.</summary>
    public IReadOnlyList<ChainLink> Links => [Origin, Laundering, Arrival];

    /// <summary>The cargo the hull can carry, from its AIS ship type (ITU-R M.1371-5 Table 53): 70–79 cargo (coal goes in bulk carriers), 80–89 tanker.</summary>
    public string CargoClass => ShipType switch
    {
        { IsCargo: true } => "bulk",
        { IsTanker: true } => "tanker",
        { IsAvailable: true } => "other",
        _ => "unknown",
    };
}
