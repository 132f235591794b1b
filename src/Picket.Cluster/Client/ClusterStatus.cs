using Orleans.Runtime;

namespace Picket.Cluster.Client;

/// <summary>One silo as <c>picket cluster status</c> shows it.</summary>
/// <param name="Address">Silo endpoint.</param>
/// <param name="Status">Membership status (Active, Joining, ShuttingDown, Dead…).</param>
/// <param name="VesselGrains">Vessel grains active on it.</param>
/// <param name="CellGrains">Sea-cell grains active on it.</param>
/// <param name="MessagesPerSecond">Orleans messages it received per second over the sampling interval (null when it did not answer).</param>
/// <param name="Overloaded">Orleans' own overload flag (its load shedding), null when it did not answer.</param>
public readonly record struct SiloStatus(string Address, string Status, int VesselGrains, int CellGrains, double? MessagesPerSecond, bool? Overloaded);

/// <summary>Reads the cluster's silos, grains per silo and message rates from Orleans' management grain.</summary>
public static class ClusterStatus
{
    /// <summary>Samples the runtime statistics twice, <paramref name="interval"/> apart, for the message rates.</summary>
    public static async Task<IReadOnlyList<SiloStatus>> ReadAsync(IGrainFactory grains, TimeSpan interval, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false).ConfigureAwait(false);
        var active = hosts.Where(h => h.Status == SiloStatus_Active).Select(h => h.SiloAddress).ToArray();
        var grainStats = await management.GetSimpleGrainStatistics().ConfigureAwait(false);
        var first = await management.GetRuntimeStatistics(active).ConfigureAwait(false);
        await Task.Delay(interval, ct).ConfigureAwait(false);
        var second = await management.GetRuntimeStatistics(active).ConfigureAwait(false);
        var list = new List<SiloStatus>();
        foreach (var h in hosts.OrderBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal))
        {
            var i = Array.IndexOf(active, h.SiloAddress);
            int Count(string type) => grainStats.Where(g => g.SiloAddress.Equals(h.SiloAddress) && g.GrainType.Contains(type, StringComparison.Ordinal)).Sum(g => g.ActivationCount);
            double? rate = i < 0 ? null : (second[i].ReceivedMessages - first[i].ReceivedMessages) / interval.TotalSeconds;
            list.Add(new SiloStatus(h.SiloAddress.ToString(), h.Status.ToString(), Count("VesselGrain"), Count("CellGrain"), rate, i < 0 ? null : second[i].IsOverloaded));
        }
        return list;
    }

    private const Orleans.Runtime.SiloStatus SiloStatus_Active = Orleans.Runtime.SiloStatus.Active;
}
