using Picket.Core.Alerts;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Analysis.Alerts;

/// <summary>
/// Raises alerts while facts are still happening, on the feed's clock. Feed it every event the detectors and the
/// identity tracker emit (it is an <see cref="IEventSink"/>: tee it beside the events file), every static report
/// (<see cref="OnIdentity"/>), and the clock after the detectors have advanced (<see cref="AdvanceTo"/>, with the
/// detectors' open state). Rules and defaults: <see cref="AlertOptions"/> and README §Alerts. One alert per fact (its
/// id, <see cref="AlertIds"/>); updates rate-limited; withdrawn when the fact does not hold; state saved and restored
/// with the detectors' snapshot (<see cref="SaveState"/>) so a restarted watcher neither repeats nor loses alerts.
/// Not thread-safe: call from the thread that feeds the detectors.
/// </summary>
public sealed class AlertEngine : IEventSink
{
    private readonly AlertBook _book;
    private readonly VesselFacts _facts;
    private readonly ProgressRules _progress;
    private readonly EventRules _events;
    private readonly Func<Mmsi, long?, string?, string?>? _listed;
    private DateTimeOffset _now = DateTimeOffset.MinValue;
    private DateTimeOffset _nextEvaluation = DateTimeOffset.MinValue;

    /// <param name="sink">Where alerts go (a fan-out of sinks, see Picket.Reporting.Alerts).</param>
    /// <param name="options">Thresholds; the documented defaults when null.</param>
    /// <param name="listed">Why a vessel (its MMSI, and the IMO and name it broadcast) is on a sanctions list (a listing), or null when it is not: watched like the user's list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public AlertEngine(IAlertSink sink, AlertOptions? options = null, Func<Mmsi, long?, string?, string?>? listed = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        Options = options ?? new AlertOptions();
        Options.Validate();
        _listed = listed;
        _book = new AlertBook(sink, Options, Stats);
        _facts = new VesselFacts(Options.IdentityMemory);
        _progress = new ProgressRules(_book, _facts, Options);
        _events = new EventRules(_book, _facts, _progress, Options, WatchReason);
    }

    /// <summary>The thresholds in use.</summary>
    public AlertOptions Options { get; }

    /// <summary>What the engine did so far.</summary>
    public AlertStats Stats { get; } = new();

    /// <summary>The user's watchlist; replace it when its file changes (<see cref="WatchlistFile.ReloadIfChanged"/>).</summary>
    public Watchlist Watchlist { get; set; } = Watchlist.Empty;

    /// <summary>Alerts raised and not yet finished.</summary>
    public int OpenAlerts => _book.Open.Count;

    /// <summary>The open alerts' last revisions, in id order.</summary>
    public IReadOnlyList<PicketAlert> Open => [.. _book.Open.Values.Select(t => t.Last).OrderBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>The feed time the engine has reached.</summary>
    public DateTimeOffset Now => _now;

    /// <summary>An event as the detectors or the identity tracker emitted it (closed, or a gap still open).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public void Emit(PicketEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Vessels.Count == 0)
            return;
        _events.OnEvent(e, _now);
    }

    /// <summary>A static report: ship type, IMO and name for the rules (tanker?, watched?).</summary>
    public void OnIdentity(in IdentityReport report) => _facts.OnIdentity(report);

    /// <summary>
    /// The feed's clock reached <paramref name="now"/>: reads the detectors' open state (at most every
    /// <see cref="AlertOptions.EvaluateEvery"/>) to raise, update and withdraw alerts of facts in progress. Call after
    /// the detectors' own <c>AdvanceTo</c>, so the events they emitted on the way have been seen. Time never goes back.
    /// </summary>
    public void AdvanceTo(DateTimeOffset now, IDetectionProgress? progress)
    {
        if (now > _now)
            _now = now;
        if (_now < _nextEvaluation)
            return;
        _nextEvaluation = _now + Options.EvaluateEvery;
        _book.Sweep(_now); // with or without open state to read, finished ids are forgotten in time: memory stays bounded
        if (progress is null)
            return;
        Stats.Evaluations++;
        _progress.Evaluate(progress, _now);
    }

    /// <summary>End of input, after the detectors' flush: everything they held has been judged, so what is still open from their state is withdrawn.</summary>
    public void Flush(IDetectionProgress? progress)
    {
        if (progress is null)
            return;
        _nextEvaluation = DateTimeOffset.MinValue;
        AdvanceTo(_now, progress);
    }

    /// <summary>Writes the open alerts, the finished ids still remembered, the vessels' facts and the clock (JSON; <see cref="AlertEngineState"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void SaveState(Stream stream) => AlertEngineState.Write(stream, _book, _facts, _now, _nextEvaluation);

    /// <summary>Reads what <see cref="SaveState"/> wrote into this (new) engine; false, with nothing restored, when it is not such a state.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public bool RestoreState(Stream stream)
    {
        if (!AlertEngineState.TryRead(stream, _book, _facts, out var now, out var next))
            return false;
        (_now, _nextEvaluation) = (now, next);
        return true;
    }

    /// <summary>Why an identity as broadcast is watched: the user's list (with its note), then the sanctions lists; null when it is not.</summary>
    private string? WatchReason(Mmsi mmsi, long? imo, string? name)
    {
        if (Watchlist.Match(mmsi, imo, name) is { } entry)
            return entry.Note is { } note ? "watchlist: " + note : "watchlist";
        return _listed?.Invoke(mmsi, imo, name) is { } listing ? "listed: " + listing : null;
    }
}
