using Picket.Core.Events;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Core.Assessment;

/// <summary>One contribution to a vessel's score: which practice, how many points, why, and the events behind it.</summary>
/// <param name="Practice">The deceptive practice the points are filed under.</param>
/// <param name="Points">Points added to the score (before the practice's cap).</param>
/// <param name="Reason">Why, in words for the analyst.</param>
/// <param name="EventIds">The events behind the factor; empty for identity flags and list matches.</param>
public sealed record RiskFactor(DeceptivePractice Practice, double Points, string Reason, IReadOnlyList<string> EventIds);

/// <summary>A vessel's risk: 0–100, with every point explained.</summary>
/// <param name="Mmsi">The vessel assessed.</param>
/// <param name="Score">The sum of the factors, each practice up to its cap and prohibited acts in full, at most 100.</param>
/// <param name="Factors">Every contribution, in the order found.</param>
public sealed record VesselRisk(Mmsi Mmsi, double Score, IReadOnlyList<RiskFactor> Factors)
{
    /// <summary>High risk from 50: at least one direct sign of a breach (a list hit, a DPRK call, a DPRK flag with a transfer).</summary>
    public const double HighRiskThreshold = 50;
    /// <summary>Whether the score reaches <see cref="HighRiskThreshold"/>.</summary>
    public bool IsHighRisk => Score >= HighRiskThreshold;
}

/// <summary>
/// Scores one vessel from the evidence against it: its events, its identity flags and its list matches, per
/// <see cref="RiskWeights"/>. Deterministic and explainable: the score is the sum of the factors, each capped per practice.
/// </summary>
/// <param name="weights">The points per factor and the caps per practice; <see cref="RiskWeights.Default"/> when null.</param>
public sealed class RiskAssessor(RiskWeights? weights = null)
{
    private readonly RiskWeights _w = weights ?? RiskWeights.Default;

    /// <summary>Scores <paramref name="mmsi"/> from the evidence against it.</summary>
    /// <param name="mmsi">The vessel to score.</param>
    /// <param name="events">Events of the run; those that do not involve <paramref name="mmsi"/> are ignored.</param>
    /// <param name="flags">The vessel's identity flags.</param>
    /// <param name="matches">The vessel's list matches as the screening stage judged them.</param>
    /// <param name="isDprkPortCall">Tells whether a <c>port_call</c> event was at a DPRK port (the port table knows).</param>
    /// <param name="voyages">The hull's voyages, for the voyage irregularities (none: those factors are not assessed).</param>
    /// <param name="companies">Paths from the vessel to listed companies (owner, manager, operator).</param>
    /// <param name="observed">When the vessel was seen, for companies whose role has dates; null: judged by its events.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/>, <paramref name="matches"/> or <paramref name="isDprkPortCall"/> is null.</exception>
    public VesselRisk Assess(Mmsi mmsi, IEnumerable<PicketEvent> events, IdentityFlags flags, IEnumerable<ListMatchEvidence> matches, Func<PicketEvent, bool> isDprkPortCall,
        IEnumerable<Voyage>? voyages = null, IEnumerable<CompanyLinkEvidence>? companies = null, (DateTimeOffset From, DateTimeOffset To)? observed = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(isDprkPortCall);
        var mine = events.Where(e => e.Vessels.Any(v => v.Mmsi == mmsi)).OrderBy(e => e.Start).ToList();
        var factors = new List<RiskFactor>();
        // Factors that are a prohibited act in themselves count in full, outside their practice's cap (see Capped).
        var prohibited = new HashSet<RiskFactor>(ReferenceEqualityComparer.Instance);
        void Add(DeceptivePractice p, double points, string reason, params string[] ids) { if (points > 0) factors.Add(new(p, points, reason, ids)); }

        foreach (var e in mine)
        {
            switch (e.Type)
            {
                case EventType.Gap: Add(DeceptivePractice.AisManipulation, _w.Gap * e.Confidence, $"AIS gap, confidence {e.Confidence:0.00}", e.Id); break;
                case EventType.IdentityClash: Add(DeceptivePractice.AisManipulation, _w.IdentityClash, "MMSI heard in two places no ship could connect", e.Id); break;
                case EventType.PositionJump: Add(DeceptivePractice.AisManipulation, _w.PositionJump, "impossible position jump", e.Id); break;
                case EventType.IdentityChange when Changes(e).Contains("mmsi"): Add(DeceptivePractice.FlagHopping, _w.FlagHop, "same IMO under a new MMSI (flag hop)", e.Id); break;
                case EventType.IdentityChange: Add(DeceptivePractice.AisManipulation, _w.Rename, $"identity change: {string.Join(", ", Changes(e))}", e.Id); break;
                case EventType.Encounter:
                {
                    Add(DeceptivePractice.ShipToShipTransfer, _w.Encounter, "encounter at sea (possible STS)", e.Id);
                    var dprk = e.Vessels.Select(v => v.Mmsi).Where(m => m != mmsi && m.Mid == IdentityChecks.DprkMid).ToList();
                    if (mmsi.Mid != IdentityChecks.DprkMid && dprk.Count > 0)
                    {
                        Add(DeceptivePractice.ShipToShipTransfer, _w.EncounterWithDprkVessel, $"met DPRK-flagged {dprk[0]} at sea (UNSCR 2375 OP11 bans STS transfers with DPRK-flagged vessels)", e.Id);
                        prohibited.Add(factors[^1]);
                    }
                    break;
                }
                case EventType.Loitering when e.Evidence is LoiteringEvidence { PossiblePartner: not null }: Add(DeceptivePractice.ShipToShipTransfer, _w.DarkTransfer, "loitering while a nearby vessel was dark (possible dark STS)", e.Id); break;
                case EventType.Loitering: Add(DeceptivePractice.ShipToShipTransfer, _w.Loitering, "loitering at sea", e.Id); break;
                case EventType.DraughtChange:
                    Add(DeceptivePractice.VoyageIrregularities, _w.DraughtChangeAtSea * e.Confidence, $"draught changed at sea with no port call, confidence {e.Confidence:0.00}", e.Id);
                    // Cargo moved right after a meeting of this hull: the draught confirms the transfer.
                    if (e.Evidence is DraughtChangeEvidence { LinkedEvents: { Count: > 0 } sts })
                        Add(DeceptivePractice.ShipToShipTransfer, _w.StsConfirmedByDraught, "draught changed after an encounter or dark STS of this hull (cargo moved)", [e.Id, .. sts]);
                    break;
                case EventType.LaunderingChain when e.Evidence is LaunderingChainEvidence chain:
                {
                    var links = chain.LinkEventIds;
                    var carried = e.Vessels.Count > 1 && e.Vessels[^1].Mmsi == mmsi ? "received at sea and landed" : "carried";
                    Add(DeceptivePractice.VoyageIrregularities, _w.LaunderingChain * e.Confidence,
                        $"{carried} cargo along a laundering chain ({chain.OriginKind} → {chain.Variant} → third-country port; UNSCR 2371 bans DPRK coal)", [e.Id, .. links]);
                    prohibited.Add(factors[^1]);
                    break;
                }
                case EventType.PortCall when isDprkPortCall(e):
                {
                    Add(DeceptivePractice.VoyageIrregularities, _w.DprkPortCall, "call at a DPRK port", e.Id);
                    var transfer = mine.LastOrDefault(t => IsTransfer(t) && t.End <= e.Start && e.Start - t.End <= _w.TransferBeforeCall);
                    if (transfer != null) Add(DeceptivePractice.VoyageIrregularities, _w.DprkCallAfterTransfer, "DPRK port call after a transfer at sea", e.Id, transfer.Id);
                    break;
                }
            }
        }
        if (flags.HasFlag(IdentityFlags.InvalidImoCheckDigit)) Add(DeceptivePractice.AisManipulation, _w.InvalidImo, "broadcast IMO number fails its check digit");
        if (flags.HasFlag(IdentityFlags.MidNotCountry)) Add(DeceptivePractice.AisManipulation, _w.MidNotCountry, "MMSI's MID belongs to no country");
        if (flags.HasFlag(IdentityFlags.DprkMid)) Add(DeceptivePractice.FlagHopping, _w.DprkFlag, $"DPRK flag (MID {IdentityChecks.DprkMid})");
        if (flags.HasFlag(IdentityFlags.LandlockedFlagTanker)) Add(DeceptivePractice.FlagHopping, _w.LandlockedFlagTanker, "tanker under a landlocked state's flag");
        if (voyages != null) factors.AddRange(VoyageFactors.For(voyages, _w));
        factors.AddRange(ListMatchFactors.For(matches, _w));
        if (companies != null) factors.AddRange(CompanyFactors.For(companies, mine, observed, _w));
        return new VesselRisk(mmsi, Math.Min(100, Capped(factors, prohibited)), factors);
    }

    /// <summary>
    /// Circumstantial evidence is capped per practice (ten ordinary encounters are not ten breaches); a prohibited act
    /// counts in full, as a list match does, so one is enough for high risk.
    /// </summary>
    private double Capped(List<RiskFactor> factors, HashSet<RiskFactor> prohibited) =>
        factors.Where(f => !prohibited.Contains(f)).GroupBy(f => f.Practice).Sum(g => Math.Min(g.Sum(f => f.Points), Cap(g.Key)))
        + prohibited.Sum(f => f.Points);

    private double Cap(DeceptivePractice p) => p switch
    {
        DeceptivePractice.AisManipulation => _w.AisManipulationCap,
        DeceptivePractice.ShipToShipTransfer => _w.TransferCap,
        DeceptivePractice.VoyageIrregularities => _w.VoyageCap,
        DeceptivePractice.FlagHopping => _w.FlagCap,
        DeceptivePractice.ListMatch or DeceptivePractice.ComplexOwnership => _w.ListMatchCap,
        _ => 0,
    };

    private static bool IsTransfer(PicketEvent e) =>
        e.Type == EventType.Encounter || e.Evidence is LoiteringEvidence { PossiblePartner: not null };

    private static IReadOnlyList<string> Changes(PicketEvent e) => (e.Evidence as IdentityChangeEvidence)?.Changes ?? [];
}
