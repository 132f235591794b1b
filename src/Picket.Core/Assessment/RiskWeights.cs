namespace Picket.Core.Assessment;

/// <summary>
/// The one table of risk weights (README §Risk). Points add up per practice up to the practice's cap, practices add
/// up to 100. The numbers are judgement, ordered by how directly the evidence shows an embargo breach: a hull on a list
/// or a DPRK-flagged tanker outranks a transfer at sea, which outranks a gap that poor coverage could explain.
/// </summary>
public sealed record RiskWeights
{
    /// <summary>Per AIS gap, times the gap's confidence that it was switched off rather than unheard.</summary>
    public double Gap { get; init; } = 10;
    /// <summary>Per identity clash: one MMSI in two places no ship could connect (a cloned or spoofed identity).</summary>
    public double IdentityClash { get; init; } = 20;
    /// <summary>Per position jump (GNSS spoofing or a second transmitter).</summary>
    public double PositionJump { get; init; } = 5;
    /// <summary>Per rename or call-sign change under the same MMSI and IMO.</summary>
    public double Rename { get; init; } = 5;
    /// <summary>Broadcast IMO number fails its check digit.</summary>
    public double InvalidImo { get; init; } = 10;
    /// <summary>MID that belongs to no country.</summary>
    public double MidNotCountry { get; init; } = 10;
    /// <summary>Most points AIS manipulation (gaps, jumps, clashes, identity games) can add.</summary>
    public double AisManipulationCap { get; init; } = 35;

    /// <summary>Per encounter with another vessel at sea.</summary>
    public double Encounter { get; init; } = 20;
    /// <summary>
    /// Extra per encounter with a DPRK-flagged vessel (MID 445) by a vessel that is not one: the transfer UNSCR 2375 OP11
    /// prohibits. A prohibited act, so it counts outside <see cref="TransferCap"/> and reaches high risk with the encounter.
    /// </summary>
    public double EncounterWithDprkVessel { get; init; } = 30;
    /// <summary>Per loitering event that fits another vessel's dark period nearby (dark STS).</summary>
    public double DarkTransfer { get; init; } = 15;
    /// <summary>Per loitering event with no partner found.</summary>
    public double Loitering { get; init; } = 3;
    /// <summary>Per draught change at sea linked to an encounter or dark STS of the same hull: the transfer moved cargo.</summary>
    public double StsConfirmedByDraught { get; init; } = 15;
    /// <summary>Most points ship-to-ship transfers can add (prohibited acts count outside it).</summary>
    public double TransferCap { get; init; } = 40;

    /// <summary>Per call at a DPRK port (UNSCR 2397 OP5 caps refined petroleum deliveries; 2371 bans coal exports).</summary>
    public double DprkPortCall { get; init; } = 30;
    /// <summary>Extra per DPRK port call preceded by an encounter or dark transfer within <see cref="TransferBeforeCall"/>.</summary>
    public double DprkCallAfterTransfer { get; init; } = 15;
    /// <summary>Per draught change at sea (cargo moved with no port call).</summary>
    public double DraughtChangeAtSea { get; init; } = 10;
    /// <summary>
    /// Per laundering chain, times its confidence: the coal trade UNSCR 2371 (2017) OP8 bans, traced link by link (UN Panel
    /// of Experts S/2018/171). A prohibited act, so it counts outside <see cref="VoyageCap"/>.
    /// </summary>
    public double LaunderingChain { get; init; } = 60;
    /// <summary>Per voyage whose last declared destination is another port than the one reached (beyond a short hop).</summary>
    public double DestinationNotVisited { get; init; } = 5;
    /// <summary>Per voyage that took <see cref="IndirectRoutingHours"/> or more beyond a direct passage (ships wait for berths: kept small).</summary>
    public double IndirectRouting { get; init; } = 3;
    /// <summary>Hours beyond a direct passage from which a voyage counts as indirect routing.</summary>
    public TimeSpan IndirectRoutingHours { get; init; } = TimeSpan.FromHours(72);
    /// <summary>Per voyage with <see cref="LongLoitering"/> or more of loitering in the <see cref="LoiteringBeforePortWithin"/> before the call.</summary>
    public double LoiteringBeforePort { get; init; } = 5;
    /// <summary>Loitering at least this long before a call counts for <see cref="LoiteringBeforePort"/>.</summary>
    public TimeSpan LongLoitering { get; init; } = TimeSpan.FromHours(12);
    /// <summary>How long before a port call loitering counts for <see cref="LoiteringBeforePort"/>.</summary>
    public TimeSpan LoiteringBeforePortWithin { get; init; } = TimeSpan.FromHours(48);
    /// <summary>Most points voyage irregularities can add (laundering chains count outside it).</summary>
    public double VoyageCap { get; init; } = 50;
    /// <summary>How long before a DPRK port call a transfer counts for <see cref="DprkCallAfterTransfer"/>.</summary>
    public TimeSpan TransferBeforeCall { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Per change of MMSI (and so, usually, flag) for the same IMO.</summary>
    public double FlagHop { get; init; } = 15;
    /// <summary>DPRK flag (MID 445): UNSCR 2375 OP11 bans STS transfers with DPRK-flagged vessels.</summary>
    public double DprkFlag { get; init; } = 25;
    /// <summary>A tanker flagged to a landlocked state: a typical flag of convenience for evasion (e.g. Mongolia).</summary>
    public double LandlockedFlagTanker { get; init; } = 10;
    /// <summary>Most points flag practices (flag hops, DPRK flag, landlocked flag) can add.</summary>
    public double FlagCap { get; init; } = 35;

    /// <summary>List match on an identifier (IMO, MMSI): the hull itself is designated.</summary>
    public double ListMatchIdentifier { get; init; } = 100;
    /// <summary>
    /// List match on a name backed by strong independent facts (call sign, a second broadcast name of the entry, the
    /// DPRK flag, or two common facts together), times the name score: enough for high risk, as the hull is all but named.
    /// </summary>
    public double ListMatchCorroborated { get; init; } = 80;
    /// <summary>
    /// List match on a name backed by one common fact (a flag or former flag that thousands of ships share), times the
    /// name score: a listing the analyst must confirm, kept below high risk on its own.
    /// </summary>
    public double ListMatchWeaklyCorroborated { get; init; } = 35;
    /// <summary>
    /// A lead: a name (or call sign) alone, times the name score and shared among every entry the name matched; only the
    /// best lead counts. A ship name is not an identity, so a lead stays far below high risk on its own.
    /// </summary>
    public double ListMatchLead { get; init; } = 10;
    /// <summary>The vessel's owner or manager is designated.</summary>
    public double ListMatchOwner { get; init; } = 30;
    /// <summary>
    /// The vessel's registered owner is a listed company, times the company match score. Property of a blocked person is
    /// blocked, and so is an entity it owns 50 % or more (OFAC's 50 % rule, guidance of 13 August 2014): the hull is as
    /// good as listed.
    /// </summary>
    public double OwnedByListedCompany { get; init; } = 80;
    /// <summary>
    /// The vessel's manager, ISM manager or operator is a listed company, or a list links it to one ("Linked To"), times the
    /// company match score. The OFAC/State/USCG maritime advisory of 14 May 2020 asks the industry to screen owners,
    /// managers and operators alike; a listed manager earns the hull its fees, so dealing with the ship deals with it:
    /// high risk on its own.
    /// </summary>
    public double ManagedByListedCompany { get; init; } = 60;
    /// <summary>Most points list matches and listed companies can add: a listing alone reaches the top of the scale.</summary>
    public double ListMatchCap { get; init; } = 100;

    /// <summary>The published weights.</summary>
    public static RiskWeights Default { get; } = new();
}
