using Orleans.Placement;
using Picket.Cluster.Wire;

namespace Picket.Cluster.Grains;

/// <summary>The sea-cell grain (see <see cref="ICellGrain"/>): its epochs' work (<see cref="CellEpochs"/>) over its persisted state.</summary>
[RandomPlacement]
internal sealed class CellGrain([PersistentState("cell", ClusterNames.Storage)] IPersistentState<CellGrainState> state)
    : Grain, ICellGrain
{
    private CellEpochs? _epochs;

    public Task<EpochOutput> ApplyAsync(CellBatch batch) => (_epochs ??= new CellEpochs(this.GetPrimaryKeyLong(), state)).ApplyAsync(batch);
}
