using Picket.Cluster.Wire;

namespace Picket.Cluster.Grains;

/// <summary>
/// One vessel (keyed by MMSI): the per-vessel half of detection. Input comes as one batch per epoch of feed time; each
/// epoch runs in two passes, as the library's partitioned detection does — the first returns the messages for the sea
/// cells, the second (given the cells' sightings) emits the vessel's events and checkpoints its state. Both are
/// idempotent per epoch: asked again for the epoch it last applied, the grain returns what it recorded.
/// </summary>
[Alias("picket.vessel")]
public interface IVesselGrain : IGrainWithIntegerKey
{
    /// <summary>First pass: runs <paramref name="items"/> from the last checkpoint and returns the messages for the cells; changes no state.</summary>
    /// <param name="epoch">The run and the epoch's number in it (0, 1, …), and whether it is the vessel's first of the run.</param>
    /// <param name="items">The vessel's fixes and identity reports of the epoch (<see cref="FeedItemBatch"/>).</param>
    /// <param name="streamTicks">The whole stream's newest time at the epoch's end.</param>
    /// <param name="final">The last epoch: every segment closes.</param>
    [Alias("route")]
    Task<VesselMessages> RouteAsync(RunEpoch epoch, byte[] items, long streamTicks, bool final);

    /// <summary>Second pass: runs the epoch again with the cells' sightings, emits the vessel's events and checkpoints.</summary>
    [Alias("detect")]
    Task<EpochOutput> DetectAsync(RunEpoch epoch, byte[] items, long streamTicks, bool final, SightingWire[] sightings);
}

/// <summary>
/// One sea cell with its halo (keyed by <see cref="CellGrid"/>): the per-area half of detection. One batch per epoch,
/// idempotent per epoch like the vessel grain.
/// </summary>
[Alias("picket.cell")]
public interface ICellGrain : IGrainWithIntegerKey
{
    /// <summary>Applies the epoch's routed messages and clock, checkpoints, and returns the events this cell owns and their sightings.</summary>
    [Alias("apply")]
    Task<EpochOutput> ApplyAsync(CellBatch batch);
}
