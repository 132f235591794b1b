using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// Builds the fleet for a run: the planted cases (their number grows with the fleet: the base count below, or
/// base × vessels / 200 when that is larger) and background traffic for the rest of <c>--vessels</c>.
/// </summary>
internal static class ScenarioPlanner
{
    /// <summary>The planted cases and their base counts (per run of up to 200 vessels).</summary>
    public static readonly (string Scenario, int Base, int Hulls)[] Plants =
    [
        ("sts_ais_on", 2, 2), ("sts_dprk_dark", 1, 2), ("sts_both_dark", 1, 2), ("sts_cloned_mmsi", 1, 2),
        ("dprk_port_call", 1, 1), ("gnss_jump", 2, 1), ("flag_hop", 1, 1), ("rename", 1, 1), ("mmsi_clone", 1, 2),
        ("decoy_short_meeting", 1, 2), ("sts_draught_not_updated", 1, 2), ("draught_typed_late", 1, 1), ("decoy_port_draught", 1, 1),
        ("decoy_shared_mmsi_draught", 1, 2),
        ("coal_chain_port", 1, 1), ("coal_chain_dark", 1, 1), ("coal_chain_sts", 1, 2), ("decoy_russian_coal", 2, 1), ("decoy_declared_nearby", 1, 1),
    ];

    /// <summary>
    /// A coal chain takes two to three days from loading in the DPRK to landing in Korea; shorter runs plant no chains and
    /// none of their decoys, so a short scenario's fleet is what it was before chains existed.
    /// </summary>
    public const double MinChainHours = 60;

    private static bool IsChainPlant(string scenario) => scenario.StartsWith("coal_chain_", StringComparison.Ordinal)
        || scenario is "decoy_russian_coal" or "decoy_declared_nearby";

    private static IEnumerable<(string Scenario, int Base, int Hulls)> PlantsFor(long startMs, long endMs) =>
        Plants.Where(p => !IsChainPlant(p.Scenario) || endMs - startMs >= (long)(MinChainHours * 3_600_000));

    public static int CountFor(int baseCount, int vessels) =>
        Math.Max(baseCount, (int)Math.Round(baseCount * vessels / 200.0, MidpointRounding.AwayFromZero));

    public static Fleet Plan(Region region, int vessels, long seed, long startMs, long endMs)
    {
        var fleet = new Fleet();
        var ids = new IdentityFactory();
        var plants = PlantsFor(startMs, endMs).ToList();
        int planted = plants.Sum(p => CountFor(p.Base, vessels) * p.Hulls);
        BackgroundTraffic.Add(fleet, Math.Max(0, vessels - planted), region, ids, seed, startMs);
        var innocents = new Queue<SimVessel>(fleet.Vessels.Where(v => v.Behaviour is MerchantBehaviour));
        foreach (var (scenario, baseCount, _) in plants)
        {
            for (int i = 0; i < CountFor(baseCount, vessels); i++)
            {
                switch (scenario)
                {
                    case "sts_ais_on": TransferPlanner.Plant(fleet, TransferMode.AisOn, region, ids, seed, startMs, endMs, null); break;
                    case "sts_dprk_dark": TransferPlanner.Plant(fleet, TransferMode.DprkDark, region, ids, seed, startMs, endMs, null); break;
                    case "sts_both_dark": TransferPlanner.Plant(fleet, TransferMode.BothDark, region, ids, seed, startMs, endMs, null); break;
                    case "sts_cloned_mmsi":
                        // Without background merchants to borrow from, the clone has nobody to impersonate: fall back to AIS on.
                        TransferPlanner.Plant(fleet, innocents.Count > 0 ? TransferMode.ClonedMmsi : TransferMode.AisOn, region, ids, seed, startMs, endMs,
                            innocents.Count > 0 ? innocents.Dequeue() : null);
                        break;
                    case "dprk_port_call": VoyagePlanner.DirectDelivery(fleet, region, ids, seed, startMs, endMs); break;
                    case "gnss_jump": VoyagePlanner.Jump(fleet, region, ids, seed, startMs, endMs); break;
                    case "flag_hop": VoyagePlanner.FlagHop(fleet, region, ids, seed, startMs, endMs); break;
                    case "rename": VoyagePlanner.Rename(fleet, region, ids, seed, startMs, endMs); break;
                    case "mmsi_clone": VoyagePlanner.MmsiClone(fleet, region, ids, seed, startMs); break;
                    case "decoy_short_meeting": DecoyPlanner.ShortMeeting(fleet, region, ids, seed, startMs, endMs); break;
                    case "sts_draught_not_updated": TransferPlanner.Plant(fleet, TransferMode.AisOn, region, ids, seed, startMs, endMs, null, updateDraught: false); break;
                    case "draught_typed_late": DraughtPlanner.PortLoad(fleet, region, ids, seed, startMs, endMs, typedLate: true); break;
                    case "decoy_port_draught": DraughtPlanner.PortLoad(fleet, region, ids, seed, startMs, endMs, typedLate: false); break;
                    case "decoy_shared_mmsi_draught": DraughtPlanner.SharedMmsi(fleet, region, ids, seed, startMs); break;
                    case "coal_chain_port": ChainPlanner.PortChain(fleet, ids, seed, startMs, endMs, darkAtOrigin: false); break;
                    case "coal_chain_dark": ChainPlanner.PortChain(fleet, ids, seed, startMs, endMs, darkAtOrigin: true); break;
                    case "coal_chain_sts": ChainPlanner.TransferChain(fleet, region, ids, seed, startMs, endMs); break;
                    case "decoy_russian_coal": ChainDecoys.RussianCoal(fleet, ids, seed, startMs, endMs, declaredNearby: false); break;
                    case "decoy_declared_nearby": ChainDecoys.RussianCoal(fleet, ids, seed, startMs, endMs, declaredNearby: true); break;
                }
            }
        }
        return fleet;
    }
}
