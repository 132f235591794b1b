using Picket.Cluster.Wire;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;

namespace Picket.Cluster.Grains;

/// <summary>
/// What a vessel grain does with an epoch (see <see cref="IVesselGrain"/>), apart from Orleans: a <see cref="VesselHalf"/>
/// restored from the checkpoint in <paramref name="state"/> for each pass. Kept out of the grain class so that the same
/// code runs in a silo and in an in-memory cluster under test.
/// </summary>
internal sealed class VesselEpochs(long key, IPersistentState<VesselGrainState> state)
{
    public Task<VesselMessages> RouteAsync(int epoch, byte[] items, long streamTicks, bool final)
    {
        var s = state.State;
        if (s.Snapshot != null && epoch == s.Epoch)
            return Task.FromResult(new VesselMessages(s.LastMessages ?? [], s.LastMessageCount));
        CheckNext(epoch);
        var half = Run(items, streamTicks, final, [], new NullEventSink(), flushHeld: false);
        return Task.FromResult(new VesselMessages(AreaMessageCodec.Encode(half.Messages), half.Messages.Count));
    }

    public async Task<EpochOutput> DetectAsync(int epoch, byte[] items, long streamTicks, bool final, SightingWire[] sightings)
    {
        var s = state.State;
        if (s.Snapshot != null && epoch == s.Epoch)
            return new EpochOutput(s.LastEvents, [], s.LastEmitted, s.LastConfidences);
        CheckNext(epoch);
        var events = new EventCollector();
        var emitted = new List<long>();
        VesselHalf? running = null;
        var half = Run(items, streamTicks, final, sightings, new StampingSink(events, () => emitted.Add(running!.StreamTicks)), flushHeld: final, h => running = h);
        s.LastMessages = AreaMessageCodec.Encode(half.Messages);
        s.LastMessageCount = half.Messages.Count;
        s.LastEvents = EventLines.Write(events.Events);
        s.LastEmitted = [.. emitted];
        s.LastConfidences = [.. events.Events.Select(e => e.Confidence)];
        s.Snapshot = half.Save();
        s.Epoch = epoch;
        await state.WriteStateAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return new EpochOutput(s.LastEvents, [], s.LastEmitted, s.LastConfidences);
    }

    private void CheckNext(int epoch)
    {
        var s = state.State;
        if (s.Snapshot != null && epoch != s.Epoch + 1)
            throw new InvalidOperationException($"vessel {key} applied epoch {s.Epoch}; epoch {epoch} is not the next");
    }

    private VesselHalf Run(byte[] items, long streamTicks, bool final, SightingWire[] sightings, IEventSink events, bool flushHeld, Action<VesselHalf>? created = null)
    {
        var half = new VesselHalf(events, ClusterNames.Detection, ClusterNames.Tracks);
        created?.Invoke(half);
        if (state.State.Snapshot is { } snapshot)
            half.Restore(snapshot);
        foreach (var sighting in sightings)
            half.OnSighting(sighting.ToSighting());
        FeedItemBatch.Replay(items, f => half.Add(f), r => half.Add(r));
        if (final)
            half.Finish();
        else
            half.EndEpoch(streamTicks);
        if (flushHeld)
            half.FlushHeld();
        return half;
    }
}

/// <summary>Passes events on and notes, for each, the moment it was emitted.</summary>
internal sealed class StampingSink(IEventSink inner, Action stamp) : IEventSink
{
    public void Emit(PicketEvent e)
    {
        stamp();
        inner.Emit(e);
    }
}
