using Picket.Cluster.Wire;

namespace Picket.Cluster.Grains;

/// <summary>
/// What a sea-cell grain does with an epoch (see <see cref="ICellGrain"/>), apart from Orleans: a <see cref="CellHalf"/>
/// restored from the checkpoint in <paramref name="state"/>, given the epoch's messages at their places on the stream's
/// clock. Kept out of the grain class so that the same code runs in a silo and in an in-memory cluster under test.
/// </summary>
internal sealed class CellEpochs(long key, IPersistentState<CellGrainState> state)
{
    public async Task<EpochOutput> ApplyAsync(CellBatch batch)
    {
        var s = state.State;
        if (s.Snapshot != null && batch.Epoch == s.Epoch)
            return new EpochOutput(s.LastEvents, s.LastSightings, s.LastEmitted, s.LastConfidences);
        if (s.Snapshot != null && batch.Epoch != s.Epoch + 1)
            throw new InvalidOperationException($"cell {key} applied epoch {s.Epoch}; epoch {batch.Epoch} is not the next");
        var half = new CellHalf(CellGrid.Cell(key), ClusterNames.Detection);
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
