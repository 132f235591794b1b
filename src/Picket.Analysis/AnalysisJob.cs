using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Voyages;
using Picket.Screening.Lists;
using Picket.Screening.Sources;
using Picket.Store;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// The main job as a library: inputs → decode → tracks → detectors → screening → assessment → outputs
/// (<c>events.jsonl</c>, <c>vessels.jsonl</c>, <c>report.html</c>, the store, maps), as the request asks. Positions
/// stream through; what is kept grows with vessels and events, not with input length (tracks are kept only as thinned
/// sketches for the report). It writes nothing to a console and returns no exit code: problems the caller can act on
/// are <see cref="AnalysisException"/>s, everything else that happened is in the <see cref="AnalysisResult"/> and the
/// progress notices. Every command and host composes the pipeline through this one class.
/// </summary>
public sealed class AnalysisJob
{
    private readonly AnalysisRequest _request;
    private readonly TimeProvider _time;
    private readonly IProgress<AnalysisProgress>? _progress;

    /// <param name="request">What to read, how, and what to write.</param>
    /// <param name="time">The wall clock (report time, screening time, phase times, the plausibility test); the system clock by default.</param>
    /// <param name="progress">Told of bytes read, inputs finished, phases ended and notices, on the job's threads.</param>
    public AnalysisJob(AnalysisRequest request, TimeProvider? time = null, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        _request = request;
        _time = time ?? TimeProvider.System;
        _progress = progress;
    }

    /// <summary>
    /// Runs the job. Cancellation stops the reading and the track/detection thread alike and throws
    /// <see cref="OperationCanceledException"/>; outputs not yet committed are left as they were.
    /// </summary>
    public async Task<AnalysisResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var request = _request;
        var result = new AnalysisResult();
        var summary = result.Summary;
        // Everything that can be wrong with the request is found before the work: the outputs' directory, the lists,
        // the reported deliveries (the inputs were resolved by the caller, see AnalysisInputs).
        OutputDirectory.Prepare(request.OutputDirectory);
        var progress = new ProgressReporter(_progress, result, request.Inputs.Sum(f => f != "-" && File.Exists(f) ? new FileInfo(f).Length : 0));
        long phaseStart = _time.GetTimestamp();
        void Phase(string name)
        {
            summary.PhaseSeconds[name] = _time.GetElapsedTime(phaseStart).TotalSeconds;
            phaseStart = _time.GetTimestamp();
            progress.PhaseDone(name);
        }
        var outputs = request.Outputs;
        bool assess = (outputs & (AnalysisOutputs.Vessels | AnalysisOutputs.Report | AnalysisOutputs.MapGeoJson | AnalysisOutputs.MapKml)) != 0;
        var reported = ReportedDeliveriesFile.Read(request.ReportedDeliveries, m => progress.Notice(m));
        var lists = assess ? LoadLists(request.ListsDirectory, summary, progress) : null;
        var companies = assess ? CompanyLinks.Load(request.Registry, lists, summary, m => progress.Notice(m)) : null;
        Phase("load_lists");

        // Closed as soon as the detectors are flushed: the store reads the file back.
        using var eventsOut = AtomicFile.Create(Path.Combine(request.OutputDirectory, "events.jsonl"));
        var eventFile = new JsonLinesEventWriter(eventsOut.Stream, leaveOpen: true);
        using var segmentsOut = (outputs & AnalysisOutputs.Segments) != 0 ? AtomicFile.Create(Path.Combine(request.OutputDirectory, "segments.geojson")) : null;
        // Disposed (which closes the collection) only when the run succeeds; otherwise the file is discarded whole.
        var segments = segmentsOut == null ? null : new GeoJsonSegmentSink(segmentsOut.Stream);
        var sketches = assess ? new ReportTrackSink(segments) : null;
        ITrackSink afterDetectors = (ITrackSink?)sketches ?? (ITrackSink?)segments ?? new NullTrackSink();
        // Reading and decoding stay on this thread; tracks, detectors and everything they feed run on the hand-off's
        // consumer thread, in input order. Nothing below touches the consumer's state until Complete() returns.
        var pipeline = new AnalysisPipeline(request.Detection, request.Tracks, eventFile, assess, afterDetectors, cancellationToken, request.ExternalDetection);
        var tracker = pipeline.Tracker;
        var detectors = pipeline.Detectors;
        var collected = pipeline.Collected ?? new EvidenceEvents();
        var handoff = new FeedHandoff(pipeline.Target);
        using var store = (outputs & AnalysisOutputs.Store) != 0 ? OpenStore(request.StorePath ?? Path.Combine(request.OutputDirectory, "picket.duckdb")) : null;
        // Looked up before the store's writer thread owns the connection: inputs that extend a file already stored.
        var extending = store == null ? [] : StoredPrefixes.Find(store, request.Inputs, m => progress.Notice(m));
        using var live = store == null ? null : new LiveIngest(store);
        var reader = new InputReader(request, result, progress, _time, cancellationToken);
        Task<bool>? storeCompletion = null;
        bool? storeWritten = null;
        try
        {
            try
            {
                if (!await reader.ReadAllAsync(handoff, live, extending).ConfigureAwait(false)) result.Complete = false;
                handoff.Complete();
                Phase(AnalysisProgress.ReadingPhase);
                // The store's last batches, its commit and its vessel summary need only the store, which nothing below
                // touches until the results are written: they run beside the flush and the assessment, not before them.
                if (live != null)
                    storeCompletion = Task.Factory.StartNew(() => CompleteStore(live, progress), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                // What the streaming stages hold at the end of input (a full collection on a heap of tens of MB takes
                // milliseconds): the figure that shows memory following vessels and events, not the length of the input.
                summary.LiveHeapBytesAfterRead = GC.GetTotalMemory(forceFullCollection: true);
            }
            catch (InvalidOperationException e) when (cancellationToken.IsCancellationRequested && e.InnerException is OperationCanceledException)
            {
                throw new OperationCanceledException("the analysis was cancelled", e, cancellationToken);
            }
            finally
            {
                handoff.Dispose();
            }
            cancellationToken.ThrowIfCancellationRequested();
            pipeline.Flush();
            var voyages = pipeline.RunVoyages(lists);
            eventFile.Dispose();
            eventsOut.Commit();
            if (segments != null)
            {
                segments.Dispose();
                segmentsOut!.Commit();
                result.SegmentsWritten = segments.Features;
            }
            result.EventsWritten = eventFile.Written;
            result.Tracks = tracker.Tracks.Stats;
            result.Detection = detectors?.Stats;
            result.Feed = reader.Counts;
            summary.Positions = result.Feed.Positions;
            summary.FilteredOut = result.Feed.FilteredOut;
            summary.ImplausibleTimes = result.Feed.ImplausibleTime;
            foreach (var (type, count) in collected.CountByType) summary.EventsByType[type.ToWireName()] = count;
            if (!assess)
            {
                StoreWritten();
                return result;
            }

            var assessment = new VesselAssessment(request, result, lists, companies!, _time);
            var vessels = assessment.Run(tracker, collected, sketches!, pipeline.Draught, voyages, Phase);
            var reportCompanies = companies!.ForReport(vessels);
            // The store's results and the report read the assessment and write nothing the other reads: side by side.
            var storeResults = StoreWritten()
                ? Task.Factory.StartNew(() => assessment.WriteStore(store!), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : Task.CompletedTask;
            try
            {
                new ReportOutputs(request, result, _time).Write(collected, vessels, assessment.Deliveries, reported, reportCompanies, Phase);
            }
            catch
            {
                await storeResults.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                throw;
            }
            await storeResults.ConfigureAwait(false);
            Phase("store_results");
            return result;
        }
        finally
        {
            // Never dispose the store while its writer may still use the connection (a run that failed or was cancelled).
            if (storeCompletion != null) await ((Task)storeCompletion).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        // Waits (once) for the store's completion; the "store_positions" phase is that wait, not the writer's work.
        bool StoreWritten()
        {
            if (storeWritten is { } known) return known;
            bool written = storeCompletion != null && storeCompletion.GetAwaiter().GetResult();
            storeWritten = written;
            Phase("store_positions");
            if (live == null) return false;
            summary.StoredPositions = live.Positions;
            if (!written) result.Complete = false;
            return written;
        }
    }

    /// <summary>The run's store: the request's, else <c>picket.duckdb</c> beside the other outputs.</summary>
    private static StoreDatabase OpenStore(string path)
    {
        if (StoreDatabase.TryOpen(path, out var store, out var error)) return store!;
        throw AnalysisException.Output($"cannot open the store {path}: {error}");
    }

    /// <summary>Waits for the store writer; a store that failed is reported and the analysis goes on without it.</summary>
    private static bool CompleteStore(LiveIngest? live, ProgressReporter progress)
    {
        if (live == null) return false;
        try
        {
            live.Complete();
            foreach (var f in live.Files.Where(f => f.AlreadyInStore))
                progress.Notice($"{f.Path} is already in the store; its positions were not added again", f.Path);
            return true;
        }
        catch (InvalidOperationException e)
        {
            progress.Notice($"the store was not written: {e.Message}");
            return false;
        }
    }

    private static SanctionsLists? LoadLists(string? directory, AnalysisSummary summary, ProgressReporter progress)
    {
        var lists = SanctionsListsLoader.Load(directory, out var described, m => progress.Notice(m));
        if (described != null) summary.Lists = described;
        return lists;
    }
}
