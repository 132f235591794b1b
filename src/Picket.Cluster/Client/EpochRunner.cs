using Picket.Cluster.Grains;
using Picket.Cluster.Wire;
using Picket.Core.Detection;
using Picket.Core.Events;

namespace Picket.Cluster.Client;

/// <summary>
/// Runs one epoch on the grains: (1) every vessel grain's first pass gives its messages for the cells; (2) the router
/// sends each cell its messages and the epoch's clock, and the cells return the events they own and their sightings;
/// (3) every vessel grain's second pass, given the sightings of its vessel, emits its events and checkpoints. Events are
/// kept by id, so an epoch sent again cannot duplicate one. When a call fails because a silo died (the call is lost,
/// rejected or times out), the epoch is sent again after a pause for membership to notice; grains that already applied
/// it answer from their record, the others re-activate from their last checkpoint and apply it.
/// </summary>
internal sealed class EpochRunner(IGrainFactory grains, Action<string> log)
{
    private const int MaxAttempts = 8;
    private const int InFlight = 256;
    private readonly EpochRouter _router = new();
    private readonly HashSet<uint> _vessels = [];
    private readonly Dictionary<string, int> _index = [];
    private readonly List<(PicketEvent Event, long Emitted)> _events = [];

    public ClusterRunStats Stats { get; } = new();

    /// <summary>This run's id, made here, sent with every epoch: grains holding another run's checkpoint start clean.</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N");

    public CancellationToken CancellationToken { get; set; }

    /// <summary>The events so far, each once (a later emission under an id replaces the earlier, as in the event sinks).</summary>
    public IReadOnlyList<(PicketEvent Event, long Emitted)> Events => _events;

    public void Run(int epoch, Dictionary<uint, byte[]> items, long streamTicks, long releaseTicks, bool final)
    {
        if (epoch == 0)
            log($"run {RunId}"); // the id a refusal names when another run takes over this run's grains
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                RunOnceAsync(epoch, items, streamTicks, releaseTicks, final).GetAwaiter().GetResult();
                Stats.Epochs++;
                log($"epoch {epoch} done: {items.Count} vessels with input, {_vessels.Count} vessel grains, {_router.Cells.Count} cell grains, {_events.Count} events");
                return;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsRetryable(e))
            {
                Stats.Retries++;
                log($"epoch {epoch} failed ({e.GetType().Name}: {e.Message.Split('\n')[0]}); sending it again (attempt {attempt + 1})");
                Task.Delay(TimeSpan.FromSeconds(Math.Min(2 * attempt, 10)), CancellationToken).GetAwaiter().GetResult();
            }
        }
    }

    private static bool IsRetryable(Exception e) => e switch
    {
        OperationCanceledException => false,
        TimeoutException or OrleansException or System.Net.Sockets.SocketException => true,
        AggregateException a => a.InnerExceptions.All(IsRetryable),
        _ => e.InnerException is { } inner && IsRetryable(inner),
    };

    private async Task RunOnceAsync(int epoch, Dictionary<uint, byte[]> items, long streamTicks, long releaseTicks, bool final)
    {
        var vessels = new HashSet<uint>(_vessels);
        vessels.UnionWith(items.Keys);
        var order = vessels.Order().ToArray();
        var routed = await ForAll(order, m => grains.GetGrain<IVesselGrain>(m).RouteAsync(At(epoch, m), items.GetValueOrDefault(m) ?? [], streamTicks, final)).ConfigureAwait(false);
        // Decoded one vessel at a time into the router's one list of the epoch, not gathered in a list of their own first.
        var plan = _router.Route(RunId, epoch, routed.SelectMany(r => AreaMessageCodec.Decode(r.Messages)), releaseTicks, final, routed.Sum(r => r.Count));
        var cells = plan.Batches.Keys.Order().ToArray();
        var cellOut = await ForAll(cells, c => grains.GetGrain<ICellGrain>(c).ApplyAsync(plan.Batches[c])).ConfigureAwait(false);
        // Sightings in the order one process emits them: by the area's clock, then cell, then emission.
        var sightings = cellOut.SelectMany((o, i) => o.Sightings.Select((s, j) => (s, i, j)))
            .OrderBy(x => x.s.EmittedTicks).ThenBy(x => x.i).ThenBy(x => x.j)
            .GroupBy(x => x.s.Mmsi).ToDictionary(g => g.Key, g => g.Select(x => x.s).ToArray());
        var vesselOut = await ForAll(order, m => grains.GetGrain<IVesselGrain>(m).DetectAsync(At(epoch, m), items.GetValueOrDefault(m) ?? [], streamTicks, final,
            sightings.GetValueOrDefault(m) ?? [])).ConfigureAwait(false);
        // Nothing above changed the client's state: an epoch that failed part-way is sent again whole.
        _router.Commit(plan);
        _vessels.UnionWith(items.Keys);
        foreach (var o in cellOut.Concat(vesselOut))
        {
            var events = EventLines.Read(o.Events);
            for (var i = 0; i < events.Count; i++)
                Keep(events[i] with { Confidence = o.Confidences[i] }, o.EmittedTicks[i]);
        }
        Stats.GrainCalls += 2L * order.Length + cells.Length;
        Stats.AreaMessages += routed.Sum(r => (long)r.Count);
        Stats.CellDeliveries = _router.Deliveries;
        Stats.VesselGrains = _vessels.Count;
        Stats.CellGrains = _router.Cells.Count;
    }

    /// <summary>The epoch as vessel <paramref name="mmsi"/> is sent it: its first of this run when no earlier epoch committed it.</summary>
    private RunEpoch At(int epoch, uint mmsi) => new(RunId, epoch, First: !_vessels.Contains(mmsi));

    private void Keep(PicketEvent e, long emitted)
    {
        if (_index.TryGetValue(e.Id, out var i))
            _events[i] = (e, emitted);
        else
        {
            _index[e.Id] = _events.Count;
            _events.Add((e, emitted));
        }
    }

    /// <summary>Calls every key, at most <see cref="InFlight"/> at once, and returns the answers in key order.</summary>
    private async Task<T[]> ForAll<TKey, T>(TKey[] keys, Func<TKey, Task<T>> call)
    {
        var results = new T[keys.Length];
        for (var start = 0; start < keys.Length; start += InFlight)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(keys.Length, start + InFlight);
            var tasks = new Task<T>[end - start];
            for (var i = start; i < end; i++)
                tasks[i - start] = call(keys[i]);
            var done = await Task.WhenAll(tasks).ConfigureAwait(false);
            done.CopyTo(results, start);
        }
        return results;
    }
}
