using Picket.Core.Alerts;
using Picket.Core.Events;

namespace Picket.Analysis.Alerts;

/// <summary>
/// The alerts open and recently finished, and the one place they are published: one alert per fact (its id), revisions
/// numbered, updates of an alert in progress at most every <see cref="AlertOptions.UpdateEvery"/>, a finished id
/// remembered for <see cref="AlertOptions.ClosedMemory"/> so a replayed fact is not raised again. A sink that throws is
/// counted, never allowed to stop the engine.
/// </summary>
internal sealed class AlertBook(IAlertSink sink, AlertOptions options, AlertStats stats)
{
    private readonly Dictionary<string, TrackedAlert> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _closed = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TrackedAlert> Open => _open;

    public IReadOnlyDictionary<string, DateTimeOffset> Closed => _closed;

    public bool IsOpen(string id) => _open.ContainsKey(id);

    /// <summary>
    /// The fact behind <paramref name="draft"/> is known at <paramref name="draft"/>'s time: raises it, or updates it
    /// (at once when <paramref name="final"/>, else rate-limited); a final revision finishes the alert.
    /// </summary>
    public void Observe(PicketAlert draft, bool final, bool fromProgress)
    {
        if (_closed.ContainsKey(draft.Id))
        {
            stats.Duplicates++;
            return;
        }
        if (!_open.TryGetValue(draft.Id, out var tracked))
        {
            var raised = draft with { State = AlertState.Raised, Revision = 0, Raised = draft.Time };
            Publish(raised);
            stats.Raised++;
            if (final)
                Finish(draft.Id, draft.Time);
            else
                _open[draft.Id] = new TrackedAlert(raised, fromProgress);
            return;
        }
        var last = tracked.Last;
        if (!final && (draft.End == last.End || draft.Time - last.Time < options.UpdateEvery))
        {
            if (draft.End != last.End)
                stats.RateLimited++;
            return;
        }
        var update = draft with { State = AlertState.Updated, Revision = last.Revision + 1, Raised = last.Raised };
        Publish(update);
        stats.Updated++;
        tracked.Last = update;
        if (final)
            Finish(draft.Id, draft.Time);
    }

    /// <summary>The fact did not hold: publishes the withdrawal with the last evidence and finishes the alert.</summary>
    public void Withdraw(string id, string reason, DateTimeOffset now)
    {
        if (!_open.TryGetValue(id, out var tracked))
            return;
        var last = tracked.Last;
        Publish(last with { State = AlertState.Withdrawn, Revision = last.Revision + 1, Time = now, Reason = reason });
        stats.Withdrawn++;
        Finish(id, now);
    }

    /// <summary>Forgets finished ids older than the memory.</summary>
    public void Sweep(DateTimeOffset now)
    {
        var limit = now - options.ClosedMemory;
        foreach (var (id, at) in _closed)
            if (at < limit)
                _closed.Remove(id);
    }

    public void RestoreOpen(PicketAlert last, bool fromProgress) => _open[last.Id] = new TrackedAlert(last, fromProgress);

    public void RestoreClosed(string id, DateTimeOffset at) => _closed[id] = at;

    private void Finish(string id, DateTimeOffset at)
    {
        _open.Remove(id);
        _closed[id] = at;
    }

    private void Publish(PicketAlert alert)
    {
        try
        {
            sink.Publish(alert);
        }
#pragma warning disable CA1031 // a sink is someone else's code: whatever it throws is counted, the watch goes on (Serilog's rule for sinks)
        catch (Exception)
#pragma warning restore CA1031
        {
            stats.SinkFailures++;
        }
    }
}
