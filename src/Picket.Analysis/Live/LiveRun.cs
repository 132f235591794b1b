using System.Diagnostics;
using Picket.Analysis.Alerts;
using Picket.Core.Tracks;
using Picket.Reporting.Alerts;
using Picket.Store;
using Picket.Store.Ingest;
using Picket.Store.Results;

namespace Picket.Analysis.Live;

/// <summary>One run of a <see cref="LiveAnalysisJob"/>: its readers, its pipeline and the analysis loop, on the analysis thread.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The fields are references for the loop's helpers; Run owns and disposes them with using.")]
internal sealed class LiveRun(LiveRequest request, TimeProvider time, IProgress<LiveStatus>? progress, LiveCheckpoint? restored, string checkpointPath,
    Picket.Screening.Lists.SanctionsLists? lists = null)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly long[] _ordinals = restored?.Sources.Select(s => s.Ordinal).ToArray() ?? new long[request.Sources.Count];
    private readonly long[] _newest = restored?.Sources.Select(s => s.NewestTicks).ToArray() ?? new long[request.Sources.Count];
    private readonly string _watchId = restored?.WatchId ?? Guid.NewGuid().ToString("N");
    private SourceIntake[] _intakes = [];
    private FeedReader? _reader;
    private LiveQueue? _queue;
    private LiveEventLog? _log;
    private AnalysisPipeline? _pipeline;
    private FeedClockTicker? _ticker;
    private LiveAlertLog? _alertLog;
    private LiveAlertDelivery? _delivery;
    private WatchlistFile? _watchlist;
    private AlertEngine? _alerts;
    private StoreDatabase? _eventsStore;
    private int _checkpoints;
    private long _lastStatusAt, _lastStatusMessages, _messages = restored?.Messages ?? 0;
    private long _lastCheckpointAt, _lastCheckpointMessages;
    private readonly HeapCompaction _compaction = new();
    private double _rate;

    public LiveResult Run(CancellationToken cancellationToken)
    {
        var eventsPath = Path.Combine(request.OutputDirectory, "events.jsonl");
        using var log = _log = new LiveEventLog(eventsPath, restored?.EventsBytes ?? 0, restored?.EventsWritten ?? 0);
        var pipeline = _pipeline = new AnalysisPipeline(request.Detection, request.Tracks, log, assess: false, new NullTrackSink(), CancellationToken.None);
        var alertsPath = Path.Combine(request.OutputDirectory, "alerts.jsonl");
        // The targets read what they already had before the log is cut back to the checkpoint.
        using var delivery = _delivery = new LiveAlertDelivery(request, alertsPath, restored?.AlertsBytes ?? 0, time);
        using var alertLog = _alertLog = new LiveAlertLog(alertsPath, restored?.AlertsBytes ?? 0, restored?.AlertsWritten ?? 0) { Appended = delivery.Notify, Also = request.AlertObserver };
        delivery.Start();
        // Alerts from the same events, identity reports and clock as the events file, with read access to what the
        // detectors hold open (an encounter in progress, a DPRK port call not yet ended).
        var listed = lists == null ? null : new ListedVessels(lists, pipeline.Tracker.Identities);
        var alerts = _alerts = new AlertEngine(alertLog, request.Alerts, listed == null ? null : listed.Why);
        _watchlist = request.WatchlistFile == null ? null : new WatchlistFile(request.WatchlistFile);
        if (_watchlist?.ReloadIfChanged() == true) alerts.Watchlist = _watchlist.Current;
        log.Observer = alerts.Emit;
        if (restored != null) Restore(pipeline, eventsPath);
        _ticker = new FeedClockTicker(pipeline.Target, pipeline.Tracker, request.ClockStep)
        {
            NextTicks = restored?.ClockNextTicks ?? long.MinValue,
            Ticked = now => alerts.AdvanceTo(now, pipeline.Detectors),
        };

        using var store = request.Store ? OpenStore(request.StorePath ?? Path.Combine(request.OutputDirectory, "picket.duckdb")) : null;
        // How far the store holds each source, found before the store's writer thread owns the connection.
        var covered = request.Sources.Select((_, i) => store == null ? 0 : StoreChunks.CoveredThrough(store, _watchId, i)).ToArray();
        using var events = _eventsStore = store?.OpenAnotherConnection();
        using var ingest = store == null ? null : new LiveIngest(store);
        using var queue = _queue = new LiveQueue(Math.Max(request.QueueBatches, 2 * request.Sources.Count + 2));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _intakes = [.. request.Sources.Select((source, i) =>
        {
            var lane = ingest == null ? null : i == 0 ? ingest.MainLane : ingest.OpenLane();
            var chunks = ingest == null ? null : new StoreChunks(_watchId, i, Path.Combine(request.OutputDirectory, $"watch-source-{i}.nmea"),
                request.StoreChunkMessages, request.StoreChunkInterval, covered[i]);
            return new SourceIntake(source, i, queue, restored?.Sources[i], lane, chunks, covered[i], request.PlausibleTimeWindow, time, stop.Token);
        })];
        var reader = _reader = new FeedReader(request.Sources, _intakes, request.FeedOptions, time, request.Listening);
        Task[] tasks = [Task.Factory.StartNew(() => reader.RunAsync(stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()];
        _lastStatusAt = _lastCheckpointAt = Stopwatch.GetTimestamp();
        _lastCheckpointMessages = _messages;

        bool finished = Loop(queue, tasks, cancellationToken);
        stop.Cancel();
        // The reader blocked on a full queue is released by the cancellation; the batches it leaves are dropped when
        // cancelled (the checkpoint has what was analysed) and analysed when finishing.
        while (!Task.WaitAll(tasks, 50, CancellationToken.None))
            if (finished) DrainOnce(queue);
            else while (queue.TryTake(out var b, TimeSpan.Zero, CancellationToken.None)) queue.Return(b);
        foreach (var intake in _intakes) intake.Finish(sendBatch: finished);
        if (finished)
        {
            while (queue.TryTake(out var b, TimeSpan.Zero, CancellationToken.None)) Apply(b, queue);
            pipeline.Flush();
            pipeline.RunVoyages(null);
            alerts.Flush(pipeline.Detectors);
        }
        ingest?.Complete();
        Checkpoint(finished);
        if (finished) delivery.Drain(request.AlertsDrainTimeout);
        var status = Status();
        progress?.Report(status);
        return new LiveResult(status, restored != null, finished, ingest?.Positions ?? 0);
    }

    /// <summary>The analysis loop; true when the input ended or idled (finish), false when cancelled.</summary>
    private bool Loop(LiveQueue queue, Task[] readers, CancellationToken ct)
    {
        long lastInput = Stopwatch.GetTimestamp();
        while (true)
        {
            if (ct.IsCancellationRequested) return false;
            bool took;
            try { took = queue.TryTake(out var batch, TimeSpan.FromMilliseconds(100), ct) && Apply(batch, queue); }
            catch (OperationCanceledException) { return false; }
            var now = Stopwatch.GetTimestamp();
            if (took) lastInput = now;
            if (Stopwatch.GetElapsedTime(_lastCheckpointAt, now) >= request.CheckpointInterval || _messages - _lastCheckpointMessages >= request.CheckpointMessages)
                Checkpoint(finished: false);
            if (Stopwatch.GetElapsedTime(_lastStatusAt, now) >= request.StatusInterval)
            {
                // The user's watchlist is read again when its file changed, on this thread (the engine's).
                if (_watchlist?.ReloadIfChanged() == true) _alerts!.Watchlist = _watchlist.Current;
                progress?.Report(Status());
            }
            // Readers also end when the watch is stopped: a stop that lands between the take and this check is a stop
            // (resumable), not the input's end (a finished watch's checkpoint holds no state to resume from).
            if (!took && queue.Depth == 0 && readers.All(t => t.IsCompleted)) return !ct.IsCancellationRequested;
            if (!took && request.StopWhenIdle is { } idle && Stopwatch.GetElapsedTime(lastInput, now) >= idle && queue.Depth == 0) return !ct.IsCancellationRequested;
        }
    }

    private void DrainOnce(LiveQueue queue)
    {
        while (queue.TryTake(out var b, TimeSpan.Zero, CancellationToken.None)) Apply(b, queue);
    }

    /// <summary>Feeds one batch to the pipeline (or, warming up, to the identity stage and hull collector only); always true.</summary>
    private bool Apply(LiveBatch b, LiveQueue queue)
    {
        var pipeline = _pipeline!;
        if (b.Warmup)
        {
            // What the analysis saw before the restart: the checkpoint holds the tracks and detectors, not the identity
            // timelines, which the identity stage rebuilds from the same reports (its events were written already).
            pipeline.EventsMuted = true;
            int next = 0;
            for (int i = 0; i < b.FixCount; i++)
            {
                while (next < b.Identities.Count && b.Identities[next].At == i) Warm(b.Identities[next++].Report);
                pipeline.Hulls?.OnFix(b.Fixes[i]);
            }
            while (next < b.Identities.Count) Warm(b.Identities[next++].Report);
            pipeline.EventsMuted = false;
        }
        else
        {
            var target = _ticker!;
            var observer = request.FixObserver;
            int next = 0;
            for (int i = 0; i < b.FixCount; i++)
            {
                while (next < b.Identities.Count && b.Identities[next].At == i) Identity(b.Identities[next++].Report);
                target.OnFix(b.Fixes[i]);
                observer?.Invoke(b.Fixes[i]);
            }
            while (next < b.Identities.Count) Identity(b.Identities[next++].Report);
            if (b.LastOrdinal > _ordinals[b.Source]) _ordinals[b.Source] = b.LastOrdinal;
            if (target.NewestTicks > _newest[b.Source]) _newest[b.Source] = target.NewestTicks;
            _messages += b.FixCount + b.Identities.Count;
        }
        queue.Return(b);
        return true;

        void Identity(in Picket.Core.Vessels.IdentityReport report)
        {
            _ticker!.OnIdentity(report);
            _alerts!.OnIdentity(report);
        }

        void Warm(in Picket.Core.Vessels.IdentityReport report)
        {
            pipeline.Hulls?.OnIdentity(report);
            pipeline.Tracker.Add(report);
        }
    }

    private void Restore(AnalysisPipeline pipeline, string eventsPath)
    {
        try
        {
            using (var tracks = restored!.OpenState(LiveCheckpointState.Tracks)) pipeline.Tracker.Tracks.RestoreState(tracks);
            if (pipeline.Detectors != null)
                using (var detectors = restored.OpenState(LiveCheckpointState.Detectors)) pipeline.Detectors.RestoreState(detectors);
            if (restored.StateLength(LiveCheckpointState.Alerts) > 0)
                using (var alerts = restored.OpenState(LiveCheckpointState.Alerts))
                    if (!_alerts!.RestoreState(alerts)) throw new InvalidDataException("the alert engine's state is damaged");
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw AnalysisException.Input($"cannot resume from {checkpointPath}: {e.Message}");
        }
        // The hulls' meetings, calls and gaps before the checkpoint, for the voyage stage at the end.
        if (pipeline.Hulls is { } hulls)
            foreach (var e in LiveEventLog.ReadKept(eventsPath, restored.EventsBytes)) hulls.Emit(e);
    }

    /// <summary>Commits the events file (and the events to the store) and writes the checkpoint.</summary>
    private void Checkpoint(bool finished)
    {
        var pending = _log!.Commit();
        _alertLog!.Commit();
        if (_eventsStore != null && pending.Count > 0) AnalysisResults.WriteEvents(_eventsStore, pending);
        var pipeline = _pipeline!;
        new LiveCheckpoint
        {
            WatchId = _watchId, Finished = finished, EventsBytes = _log.Bytes, EventsWritten = _log.Written,
            ClockNextTicks = _ticker!.NextTicks, Messages = _messages,
            Sources = [.. _intakes.Select((s, i) => new SourceCheckpoint(s.Address.Name, s.Fingerprint ?? restored?.Sources[i].Fingerprint, _ordinals[i], _newest[i]))],
            // A finished watch cannot be resumed: its states stay empty.
            SaveTracks = finished ? null : pipeline.Tracker.Tracks.SaveState,
            SaveDetectors = finished || pipeline.Detectors == null ? null : pipeline.Detectors.SaveState,
            SaveAlerts = finished ? null : _alerts!.SaveState,
            AlertsBytes = _alertLog.Bytes, AlertsWritten = _alertLog.Written,
        }.Write(checkpointPath);
        _checkpoints++;
        if (!finished) _compaction.CompactIfWorthIt();
        _lastCheckpointAt = Stopwatch.GetTimestamp();
        _lastCheckpointMessages = _messages;
    }

    private LiveStatus Status()
    {
        var now = Stopwatch.GetTimestamp();
        long decoded = _intakes.Sum(s => s.Delivered);
        var counters = _reader?.Snapshot() ?? [];
        var seconds = Stopwatch.GetElapsedTime(_lastStatusAt, now).TotalSeconds;
        if (seconds > 0.5) _rate = (decoded - _lastStatusMessages) / seconds;
        _lastStatusAt = now;
        _lastStatusMessages = decoded;
        long newest = _newest.Max();
        TimeSpan? lag = newest == 0 ? null : time.GetUtcNow() - new DateTimeOffset(newest, TimeSpan.Zero);
        return new LiveStatus(Stopwatch.GetElapsedTime(_started, now), decoded, _rate, lag, _queue?.Depth ?? 0, _queue?.Capacity ?? 0,
            _queue?.Waits ?? 0, _log?.Written ?? 0, _alertLog?.Written ?? 0, _checkpoints,
            [.. _intakes.Select((s, i) => i < counters.Count
                ? new LiveSourceStatus(s.Address.Name, counters[i].Connections, counters[i].Lines, s.Delivered, counters[i].RejectedLines, s.Skipped, counters[i].Ended) { Counters = counters[i] }
                : new LiveSourceStatus(s.Address.Name, 0, 0, s.Delivered, 0, s.Skipped, false))])
        {
            Deliveries = _delivery?.Status() ?? [],
            Memory = Memory(),
        };
    }

    private LiveMemory? Memory()
    {
        if (_pipeline is not { } p) return null;
        return LiveMemory.Now(_eventsStore == null ? null : StoreMemory.Bytes(_eventsStore), p.Tracker.Tracks.ActiveVessels, p.Tracker.Identities.Vessels,
            p.Hulls?.Hulls.Count ?? 0, p.Detectors?.HeldState ?? 0);
    }

    private static StoreDatabase OpenStore(string path)
    {
        if (StoreDatabase.TryOpen(path, out var store, out var error)) return store!;
        throw AnalysisException.Output($"cannot open the store {path}: {error}");
    }
}
