using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Analysis;

/// <summary>
/// The one composition of the streaming stages: observations → tracks → sea-event detectors → the event sinks, with
/// the collectors the assessment and the voyage stage read. <see cref="AnalysisJob"/> (a finished file) and the live
/// watcher (<c>LiveAnalysisJob</c>) both build it, so a live run cannot be wired differently from a batch
/// run: the same fixes in the same order give the same events, ids included. Not thread-safe: it runs on one thread
/// (the hand-off's consumer), like the track builder.
/// </summary>
internal sealed class AnalysisPipeline
{
    private readonly Action<IdentityReport>? _onIdentity;
    private readonly MutableEventSink _events;
    private readonly CancellationToken _cancellationToken;

    /// <param name="detection">The detectors' options; null runs the track stage alone.</param>
    /// <param name="tracks">The track builder's options.</param>
    /// <param name="output">Where every event goes first (the events file).</param>
    /// <param name="assess">Keep what the assessment reads (evidence events, draught history).</param>
    /// <param name="afterDetectors">The segments' sink after the detectors (report sketches, segments file).</param>
    /// <param name="cancellationToken">Checked every few thousand fixes on the consuming thread.</param>
    /// <param name="external">Detection run elsewhere: fed every observation instead of the detectors here (see <see cref="IExternalDetection"/>).</param>
    public AnalysisPipeline(DetectionOptions? detection, TrackBuilderOptions tracks, IEventSink output, bool assess,
        ITrackSink afterDetectors, CancellationToken cancellationToken, IExternalDetection? external = null)
    {
        External = external;
        _cancellationToken = cancellationToken;
        Collected = assess ? new EvidenceEvents() : null;
        // Voyages and chains follow the detectors: the hulls' calls, gaps and meetings are collected from the events, their
        // declared destinations and draughts from the identity reports.
        Hulls = detection != null ? new HullActivityCollector() : null;
        var sinks = new List<IEventSink>(3) { output };
        if (Collected != null) sinks.Add(Collected);
        if (Hulls != null) sinks.Add(Hulls);
        _events = new MutableEventSink(sinks.Count == 1 ? output : new EventTee([.. sinks]));
        Events = _events;
        VesselTracker? tracker = null;
        Detectors = detection != null && external == null
            ? new SeaEventDetectors(Events, detection, m => tracker!.Identities.Resolve(m), afterDetectors)
            : null;
        Tracker = tracker = new VesselTracker((ITrackSink?)Detectors ?? afterDetectors, Events, tracks);
        Draught = new DraughtHistory();
        var detectors = Detectors;
        _onIdentity = detectors == null && !assess ? null : report =>
        {
            detectors?.OnIdentity(report);
            if (assess) Draught.Add(report);
        };
        IFeedTarget target = new TrackerFeedTarget(tracker, _onIdentity);
        if (external != null) target = new FeedTee(target, external);
        if (Hulls != null) target = new VoyageFeedTap(target, Hulls);
        Target = new CancellableFeedTarget(target, cancellationToken);
    }

    /// <summary>Takes fixes and identity reports in input order: the track stage and everything after it.</summary>
    public IFeedTarget Target { get; }

    /// <summary>Every event of the run goes here: the output, then the collectors.</summary>
    public IEventSink Events { get; }

    /// <summary>While true, no event reaches the output or the collectors (a restored watch replaying identities it already judged).</summary>
    public bool EventsMuted
    {
        get => _events.Muted;
        set => _events.Muted = value;
    }

    /// <summary>Tracks and identities.</summary>
    public VesselTracker Tracker { get; }

    /// <summary>The sea-event detectors; null when the request runs the track stage alone.</summary>
    public SeaEventDetectors? Detectors { get; }

    /// <summary>Detection run elsewhere, fed beside the track stage; null when the detectors run here.</summary>
    public IExternalDetection? External { get; }

    /// <summary>The events the assessment reads; null when nothing is assessed.</summary>
    public EvidenceEvents? Collected { get; }

    /// <summary>Each hull's activity for the voyage stage; null without detectors.</summary>
    public HullActivityCollector? Hulls { get; }

    /// <summary>Reported draughts for the report's timeline.</summary>
    public DraughtHistory Draught { get; }

    /// <summary>End of input: places pending fixes, closes every segment and run, releases every held event.</summary>
    public void Flush()
    {
        Tracker.Flush();
        Detectors?.Flush();
        if (External != null)
            foreach (var e in External.Complete(m => Tracker.Identities.Resolve(m), _cancellationToken))
                Events.Emit(e);
    }

    /// <summary>
    /// The voyage stage after <see cref="Flush"/>: builds voyages and emits laundering chains into <see cref="Events"/>.
    /// A meeting with a listed vessel (designated by the UN 1718 Committee or a national programme) is a chain's
    /// origin, as a meeting with a DPRK-flagged one is.
    /// </summary>
    public VoyageResults? RunVoyages(Picket.Screening.Lists.SanctionsLists? lists)
    {
        if (Hulls == null) return null;
        var listed = lists == null ? null : new ListedHulls(lists, Tracker.Identities.Records());
        return new VoyageStage().Run(Hulls, Events, m => Tracker.Identities.Resolve(m), listed == null ? null : listed.IsListed);
    }
}
