using System.Diagnostics;
using Picket.Analysis;
using Picket.Analysis.Live;
using Picket.Web.Hosting;

namespace Picket.Web.Live;

/// <summary>
/// The live watch inside the server: the library's <see cref="LiveAnalysisJob"/> (the one <c>picket watch</c> runs)
/// writing into the server's own store — the job is given the store's path and, DuckDB sharing one database between a
/// process's connections to a file, writes through the server's database rather than taking a second file lock. Its
/// fixes feed the live map (<see cref="LivePositionBoard"/>), its alerts the live streams (<see cref="LiveAlertFeed"/>),
/// its status <c>/api/v1/live/status</c>. While data arrives, the vessel directory and pages are rebuilt on a cadence
/// (<see cref="LiveWatchOptions.RefreshInterval"/>), one rebuild at a time, each timed.
/// </summary>
internal sealed class LiveWatch(ServerState state, LiveWatchOptions options, string directory, string? listsDirectory = null) : IProgress<LiveStatus>, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private volatile LiveStatus? _status;
    private Task _job = Task.CompletedTask;
    private Task _refresher = Task.CompletedTask;
    private long _refreshes, _refreshFailures, _lastRefreshMicros, _sent, _coalesced, _refreshedVersion = -2;
    private int _clients;

    public LivePositionBoard Positions { get; } = new();

    public LiveAlertFeed Alerts { get; } = new();

    public LiveWatchOptions Options => options;

    public string Directory => directory;

    /// <summary>running, finished (every source ended), stopped (the server is stopping) or failed.</summary>
    public string State { get; private set; } = "starting";

    /// <summary>Why the watch failed; null when it did not.</summary>
    public string? Failure { get; private set; }

    public LiveStatus? Status => _status;

    public long Refreshes => Interlocked.Read(ref _refreshes);

    public long RefreshFailures => Interlocked.Read(ref _refreshFailures);

    /// <summary>How long the last rebuild of the directory and pages took.</summary>
    public TimeSpan LastRefresh => TimeSpan.FromMicroseconds(Interlocked.Read(ref _lastRefreshMicros));

    /// <summary>Open <c>/api/v1/live/positions</c> connections.</summary>
    public int PositionClients => Volatile.Read(ref _clients);

    /// <summary>Positions the position streams did not send because a newer one of the same vessel replaced them first (all connections).</summary>
    public long PositionsCoalesced => Interlocked.Read(ref _coalesced);

    /// <summary>Positions sent on the position streams (all connections).</summary>
    public long PositionsSent => Interlocked.Read(ref _sent);

    internal void CountFrame(long sent, long coalesced)
    {
        Interlocked.Add(ref _sent, sent);
        if (coalesced > 0) Interlocked.Add(ref _coalesced, coalesced);
    }

    internal void ClientOpened() => Interlocked.Increment(ref _clients);

    internal void ClientClosed() => Interlocked.Decrement(ref _clients);

    public void Report(LiveStatus value) => _status = value;

    public void Start()
    {
        var request = new LiveRequest
        {
            Sources = options.Sources,
            OutputDirectory = directory,
            StorePath = state.Store.Path,
            AlertsFile = options.AlertsFile,
            AlertFiles = options.AlertFiles, Webhooks = options.Webhooks, AlertsDrainTimeout = options.AlertsDrainTimeout,
            // The server's lists: a listed vessel going dark or changing identity is alerted live, as in picket watch --lists.
            ListsDirectory = listsDirectory != null && System.IO.Directory.Exists(listsDirectory) ? listsDirectory : null,
            AlertObserver = Alerts,
            FixObserver = Positions.Add,
            CheckpointInterval = options.CheckpointInterval,
            StoreChunkInterval = options.StoreChunkInterval,
            StatusInterval = TimeSpan.FromSeconds(1),
            PlausibleTimeWindow = options.PlausibleTimeWindow ?? Picket.Core.Input.FeedClock.DefaultWindow,
        };
        State = "running";
        _job = Task.Run(async () =>
        {
            try
            {
                var result = await new LiveAnalysisJob(request, progress: this).RunAsync(_stop.Token).ConfigureAwait(false);
                _status = result.Status;
                State = result.Finished ? "finished" : "stopped";
            }
            catch (AnalysisException e)
            {
                Fail(e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The API goes on serving what the store holds; the status says why the watch stopped.
                Fail($"{e.GetType().Name}: {e.Message}");
            }
            if (!_stop.IsCancellationRequested) Refresh();
        });
        _refresher = RefreshLoop();
    }

    private void Fail(string message)
    {
        Failure = message;
        State = "failed";
    }

    private async Task RefreshLoop()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(options.RefreshInterval, _stop.Token).ConfigureAwait(false);
                // Positions reach the store in chunks (each with an ingest_log row) and events at checkpoints: a rebuild
                // when either count moved, so a quiet feed costs one small query per round.
                if (StoreVersion() != Interlocked.Read(ref _refreshedVersion)) Refresh();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A number that changes when the watch has committed positions or events to the store; -1 when the store cannot be read.</summary>
    public long StoreVersion()
    {
        try
        {
            return state.Store.Read(s => s.ScalarLong("SELECT (SELECT count(*) FROM ingest_log) * 4294967296 + (SELECT count(*) FROM events)"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return -1;
        }
    }

    /// <summary>The read model holds everything the store held when it was last rebuilt.</summary>
    public bool ReadModelCurrent => StoreVersion() == Interlocked.Read(ref _refreshedVersion);

    /// <summary>Rebuilds the identity history, the directory and the read model from the store; serialised.</summary>
    private void Refresh()
    {
        lock (_stop)
        {
            var started = Stopwatch.GetTimestamp();
            long version = StoreVersion();
            try
            {
                state.Store.Read(s =>
                {
                    s.RefreshVessels();
                    return 0;
                });
                state.RefreshVessels();
                state.ReadsDone.GetAwaiter().GetResult();
                Interlocked.Increment(ref _refreshes);
                Interlocked.Exchange(ref _refreshedVersion, version);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A write conflict with an analysis the server runs, or a stopping server: the next round tries again.
                Interlocked.Increment(ref _refreshFailures);
            }
            Interlocked.Exchange(ref _lastRefreshMicros, (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
    }

    /// <summary>Stops the watch (it writes a last checkpoint, so a restarted server resumes it) and waits a while for it.</summary>
    public void Stop()
    {
        _stop.Cancel();
        Task.WaitAny([Task.WhenAll(_job, _refresher)], TimeSpan.FromSeconds(20));
    }

    public void Dispose() => _stop.Dispose();
}
