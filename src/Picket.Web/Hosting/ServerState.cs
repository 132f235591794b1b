using System.Diagnostics.CodeAnalysis;
using Picket.Store.Queries;
using Picket.Web.Data;
using Picket.Web.Tracks;
using Picket.Web.Vessels;

namespace Picket.Web.Hosting;

/// <summary>
/// What the endpoints share: the store's readers and the vessel directory built from it. The directory is replaced
/// whole (one reference write) when an analysis has written into the store, so a request sees the old or the new one.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable",
    Justification = "Its SemaphoreSlim holds a wait handle only once AvailableWaitHandle is read, which nothing does; the state lives as long as the server")]
internal sealed class ServerState(StoreReaders store, ServeOptions options)
{
    private volatile VesselDirectory _vessels = VesselDirectory.Empty;
    private readonly Lock _ordering = new();
    private Task _orderingDone = Task.CompletedTask;
    private volatile ReadModel? _reads;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private int _readsGeneration;
    private readonly Lock _publish = new();
    private Task _readsDone = Task.CompletedTask;

    // PICKET_SERVE_MEMORY=off answers every read from the store (bench/serve measures both ways side by side).
    private readonly bool _inMemory = !string.Equals(Environment.GetEnvironmentVariable("PICKET_SERVE_MEMORY"), "off", StringComparison.OrdinalIgnoreCase);

    public StoreReaders Store { get; } = store;

    public ServeOptions Options { get; } = options;

    public VesselDirectory Vessels => _vessels;

    /// <summary>Why the last rebuild of the sorted position copies failed (null when it did not); reads fall back to a scan.</summary>
    public string? OrderingError { get; private set; }

    /// <summary>Completes when the last requested rebuild of the sorted position copies has finished.</summary>
    public Task OrderingDone => _orderingDone;

    /// <summary>The vessel pages and events held in memory; null until built (and while rebuilt): then read the store.</summary>
    internal ReadModel? Reads => _reads;

    /// <summary>Why the last build of the read model failed (null when it did not).</summary>
    internal string? ReadsError { get; private set; }

    /// <summary>Completes when the last requested build of the read model has finished.</summary>
    internal Task ReadsDone => _readsDone;

    /// <summary>Reads the directory afresh from the store (at start and after each analysis), then the read model behind it.</summary>
    public void RefreshVessels()
    {
        _vessels = Store.Read(VesselDirectory.Load);
        RefreshReads();
    }

    /// <summary>
    /// Drops the read model at once (answers come from the store meanwhile) and builds a new one in the background; a build
    /// overtaken by a later request is not published, so an answer is never older than the last analysis.
    /// </summary>
    private void RefreshReads()
    {
        int generation;
        lock (_publish)
        {
            generation = ++_readsGeneration;
            _reads = null;
        }
        if (!_inMemory) return;
        var directory = _vessels;
        _readsDone = Task.Run(async () =>
        {
            await _reading.WaitAsync().ConfigureAwait(false);
            try
            {
                if (generation != Volatile.Read(ref _readsGeneration)) return;
                var model = Store.Read(s =>
                {
                    using var snapshot = s.Connection.BeginTransaction();
                    return ReadModel.Build(s, directory);
                });
                if (!Publish(model)) return;
                // The track sketch reads every fix, so it comes second: pages and events answer from memory meanwhile.
                Publish(model.With(Store.Read(TrackSketch.Build)));
                ReadsError = null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A stopping server (disposed readers) or a damaged table: the endpoints keep querying the store.
                ReadsError = e.Message;
            }
            finally
            {
                _reading.Release();
            }
        });

        bool Publish(ReadModel model)
        {
            lock (_publish)
            {
                if (generation != _readsGeneration) return false;
                _reads = model;
                return true;
            }
        }
    }

    /// <summary>
    /// Brings the sorted position copies (<see cref="OrderedPositions"/>) up to date in the background, at start and after
    /// each analysis: the server answers at once, from a full scan until the copies are current. Rebuilds run one at a
    /// time; one that finds the copies current does nothing.
    /// </summary>
    public Task RefreshOrderedPositions()
    {
        // Each rebuild is chained after the one before, so they run one at a time and in the order asked.
        lock (_ordering)
            return _orderingDone = _orderingDone.ContinueWith(_ => RebuildOrderedPositions(), CancellationToken.None,
                TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default);
    }

    private void RebuildOrderedPositions()
    {
        try
        {
            Store.Read(OrderedPositions.Refresh);
            OrderingError = null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A stopping server (disposed readers) or a write conflict with an analysis: the readers stay correct on the
            // scan, and the next analysis asks again.
            OrderingError = e.Message;
        }
    }
}
