using Picket.Analysis;
using Picket.Cluster.Grains;
using Picket.Cluster.Wire;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Client;

/// <summary>
/// The cluster client's detection, plugged into <see cref="AnalysisJob"/> as its <see cref="IExternalDetection"/>: the
/// job reads the inputs with the library's input edge and hands every fix and identity report here; they are grouped
/// per vessel into epochs of feed time and each epoch runs on the grains (<see cref="EpochRunner"/>). Fixes the
/// one-process track builder would refuse as too late for its reorder window (older than the newest fix it has placed)
/// are refused here against the whole stream, since a vessel grain sees only its own vessel.
/// </summary>
public sealed class ClusterDetection : IExternalDetection
{
    private readonly EpochRunner _runner;
    private readonly long _epochTicks;
    private readonly long _windowTicks = ClusterNames.Tracks.ReorderWindow.Ticks;
    private readonly PriorityQueue<long, long> _pending = new();
    private readonly IdentityNames _names = new();
    private Dictionary<uint, FeedItemBatch> _batches = [];
    private long _epoch = -1;
    private long _maxSeen;
    private long _released = long.MinValue;

    /// <param name="grains">The cluster's grain factory (a connected client).</param>
    /// <param name="epochLength">Feed time per epoch: grains checkpoint at its end, and a failed epoch is sent again.</param>
    /// <param name="log">Told of each epoch done and each retry.</param>
    public ClusterDetection(IGrainFactory grains, TimeSpan epochLength, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochLength, TimeSpan.FromMinutes(10));
        _epochTicks = epochLength.Ticks;
        _runner = new EpochRunner(grains, log ?? (_ => { }));
    }

    /// <summary>What the run did: epochs, messages, retries.</summary>
    public ClusterRunStats Stats => _runner.Stats;

    /// <summary>Fixes refused as later than the reorder window allows (the track builder's "too late").</summary>
    public long TooLate { get; private set; }

    public void OnFix(in VesselFix fix)
    {
        if (FixHygiene.Check(fix) != FixRejection.None)
            return; // the track builder refuses it for the same reason, and counts it (the client's builder does)
        var ticks = fix.Time.UtcTicks;
        if (ticks < _released)
        {
            TooLate++;
            return;
        }
        var epoch = Math.Max(_epoch, ticks / _epochTicks);
        if (epoch != _epoch)
        {
            if (_epoch >= 0)
                RunEpoch(final: false);
            _epoch = epoch;
        }
        _pending.Enqueue(ticks, ticks);
        if (ticks > _maxSeen)
        {
            _maxSeen = ticks;
            while (_pending.TryPeek(out var t, out _) && t <= _maxSeen - _windowTicks)
                _released = _pending.Dequeue();
        }
        Batch(fix.Mmsi).Add(fix);
        _runner.Stats.InputMessages++;
    }

    public void OnIdentity(in IdentityReport report)
    {
        _names.Add(report, _maxSeen);
        Batch(report.Mmsi).Add(report);
        _runner.Stats.InputMessages++;
    }

    public IReadOnlyList<PicketEvent> Complete(Func<Mmsi, EventVessel> resolve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _runner.CancellationToken = cancellationToken;
        RunEpoch(final: true);
        // One process names a vessel when the event is emitted, by the identity heard by then: the fix being handled
        // was released when the stream reached its time plus the reorder window.
        return [.. _runner.Events.Select(x => x.Event with
        {
            Vessels = [.. x.Event.Vessels.Select(v => _names.At(v.Mmsi, x.Emitted == long.MaxValue ? long.MaxValue : x.Emitted + _windowTicks) ?? resolve(v.Mmsi))],
        })];
    }

    private FeedItemBatch Batch(Mmsi mmsi)
    {
        if (!_batches.TryGetValue(mmsi.Value, out var batch))
            _batches[mmsi.Value] = batch = new FeedItemBatch();
        return batch;
    }

    private void RunEpoch(bool final)
    {
        var items = _batches.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _batches = [];
        _runner.Run((int)Math.Max(0, _runner.Stats.Epochs), items, _maxSeen, _maxSeen - _windowTicks, final);
    }
}
