namespace Picket.Cluster.Client;

/// <summary>Counts of a cluster run: what went in, what went between grains, and the epochs sent again after a failure.</summary>
public sealed class ClusterRunStats
{
    /// <summary>Fixes and identity reports handed to the vessel grains.</summary>
    public long InputMessages { get; set; }

    /// <summary>Epochs completed.</summary>
    public int Epochs { get; set; }

    /// <summary>Grain calls made (two per vessel and epoch, one per active cell and epoch), retries included.</summary>
    public long GrainCalls { get; set; }

    /// <summary>Vessel-to-area messages produced by the vessel grains.</summary>
    public long AreaMessages { get; set; }

    /// <summary>Messages delivered to cells (a message heard by several cells counts once per cell).</summary>
    public long CellDeliveries { get; set; }

    /// <summary>Epochs that failed (a silo died, a call timed out) and were sent again.</summary>
    public int Retries { get; set; }

    /// <summary>Vessel grains and cell grains used.</summary>
    public int VesselGrains { get; set; }

    /// <summary>Cell grains used.</summary>
    public int CellGrains { get; set; }
}
