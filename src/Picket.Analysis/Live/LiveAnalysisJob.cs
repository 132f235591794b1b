namespace Picket.Analysis.Live;

/// <summary>
/// The live watch as a library: sources → decode → the batch job's own pipeline (<see cref="AnalysisPipeline"/>) →
/// <c>events.jsonl</c> and the store, incrementally. The sources are read together through the library's live feed
/// (<see cref="FeedReader"/>) into one bounded queue (<see cref="LiveQueue"/>); one analysis thread takes the batches in arrival order, moves the library's clock from
/// message time (<see cref="FeedClockTicker"/>), appends events as they close, and checkpoints (<see cref="LiveCheckpoint"/>).
/// Positions and identities reach the store continuously in chunks (<see cref="StoreChunks"/>); events are upserted
/// by id at each checkpoint. A job started on a directory holding a checkpoint restores it and skips what it
/// already holds, so a killed watch restarted on the same feed gives the events of an uninterrupted one.
/// </summary>
public sealed class LiveAnalysisJob
{
    private readonly LiveRequest _request;
    private readonly TimeProvider _time;
    private readonly IProgress<LiveStatus>? _progress;

    /// <param name="request">What to watch and where to write.</param>
    /// <param name="time">The wall clock (plausibility of message times, lag); the system's by default.</param>
    /// <param name="progress">Told the status every <see cref="LiveRequest.StatusInterval"/>, on the analysis thread.</param>
    public LiveAnalysisJob(LiveRequest request, TimeProvider? time = null, IProgress<LiveStatus>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sources.Count == 0) throw new ArgumentException("a watch needs at least one source", nameof(request));
        _request = request;
        _time = time ?? TimeProvider.System;
        _progress = progress;
    }

    /// <summary>
    /// Watches until every source has ended, the input has been idle for <see cref="LiveRequest.StopWhenIdle"/> (both
    /// flush everything: the watch is finished) or <paramref name="cancellationToken"/> fires (a last checkpoint is
    /// written and the watch can be resumed).
    /// </summary>
    public Task<LiveResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var request = _request;
        OutputDirectory.Prepare(request.OutputDirectory);
        var checkpointPath = Path.Combine(request.OutputDirectory, LiveCheckpoint.FileName);
        LiveCheckpoint? restored;
        try { restored = LiveCheckpoint.Read(checkpointPath); }
        catch (InvalidDataException e) { throw AnalysisException.Input($"cannot resume: {e.Message}"); }
        if (restored is { Finished: true })
            throw AnalysisException.Usage($"the watch in {request.OutputDirectory} finished (its input ended or was idle); start a new watch in another --out");
        // Sources are matched by position, not by name: a feed may move to another address (a replayer on a new port)
        // and still be the same recording, which its first line tells (SourceIntake).
        if (restored != null && restored.Sources.Count != request.Sources.Count)
            throw AnalysisException.Usage($"the checkpoint in {request.OutputDirectory} is of a watch of {restored.Sources.Count} source(s) ({string.Join(' ', restored.Sources.Select(s => s.Name))}); give as many, in the same order, or another --out");
        if (request.WatchlistFile is { } watchlist && !File.Exists(watchlist))
            throw AnalysisException.Input($"--watchlist {watchlist}: no such file");
        // Loaded before the watch starts, as picket analyze loads them: a wrong --lists fails now, not hours in.
        var lists = SanctionsListsLoader.Load(request.ListsDirectory, out _, _ => { });
        // The analysis thread owns the pipeline; the caller's thread only waits.
        return Task.Factory.StartNew(() => new LiveRun(request, _time, _progress, restored, checkpointPath, lists).Run(cancellationToken),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
