using Orleans.Placement;
using Picket.Cluster.Wire;

namespace Picket.Cluster.Grains;

/// <summary>The sea-cell grain (see <see cref="ICellGrain"/>): a <see cref="CellHalf"/> restored from the last checkpoint, given the epoch's messages at their places on the stream's clock.</summary>
[RandomPlacement]
internal sealed class CellGrain([PersistentState("cell", ClusterNames.Storage)] IPersistentState<CellGrainState> state)
    : Grain, ICellGrain
{
    public async Task<EpochOutput> ApplyAsync(CellBatch batch)
    {
        var s = state.State;
        if (s.Snapshot != null && batch.Epoch == s.Epoch)
            return new EpochOutput(s.LastEvents, s.LastSightings, s.LastEmitted, s.LastConfidences);
        if (s.Snapshot != null && batch.Epoch != s.Epoch + 1)
            throw new InvalidOperationException($"cell {this.GetPrimaryKeyLong()} applied epoch {s.Epoch}; epoch {batch.Epoch} is not the next");
        var half = new CellHalf(CellGrid.Cell(this.GetPrimaryKeyLong()), ClusterNames.Detection);
        if (s.Snapshot is { } snapshot)
            half.Restore(snapshot);
        else if (batch.StartClock > 0)
            half.Detectors.Tick(half.Clock = batch.StartClock); // a cell that joins late starts on the stream's clock, as in one process
        half.Clock = batch.StartClock;
        var ticks = TickCodec.Decode(batch.Ticks);
        var next = 0;
        var ops = CellOps.Decode(batch.Ops);
        foreach (var (before, message) in ops)
        {
            while (next < before)
                half.Detectors.Tick(half.Clock = ticks[next++]);
            half.Deliver(message);
        }
        while (next < ticks.Length)
            half.Detectors.Tick(half.Clock = ticks[next++]);
        if (batch.Final)
        {
            half.Clock = long.MaxValue;
            half.Detectors.FlushEncounters();
            half.Detectors.FlushHeld();
        }
        s.LastEvents = EventLines.Write(half.Events);
        s.LastEmitted = [.. half.Emitted];
        s.LastConfidences = [.. half.Events.Select(e => e.Confidence)];
        s.LastSightings = [.. half.Sightings.Select(x => SightingWire.From(x))];
        s.Snapshot = half.Save();
        s.Epoch = batch.Epoch;
        await state.WriteStateAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return new EpochOutput(s.LastEvents, s.LastSightings, s.LastEmitted, s.LastConfidences);
    }
}
