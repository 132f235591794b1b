using Orleans.Placement;
using Picket.Cluster.Wire;

namespace Picket.Cluster.Grains;

/// <summary>The vessel grain (see <see cref="IVesselGrain"/>): its epochs' work (<see cref="VesselEpochs"/>) over its persisted state.</summary>
[RandomPlacement]
internal sealed class VesselGrain([PersistentState("vessel", ClusterNames.Storage)] IPersistentState<VesselGrainState> state)
    : Grain, IVesselGrain
{
    private VesselEpochs? _epochs;

    private VesselEpochs Epochs => _epochs ??= new VesselEpochs(this.GetPrimaryKeyLong(), state);

    public Task<VesselMessages> RouteAsync(int epoch, byte[] items, long streamTicks, bool final) =>
        Epochs.RouteAsync(epoch, items, streamTicks, final);

    public Task<EpochOutput> DetectAsync(int epoch, byte[] items, long streamTicks, bool final, SightingWire[] sightings) =>
        Epochs.DetectAsync(epoch, items, streamTicks, final, sightings);
}
