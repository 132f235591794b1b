namespace Picket.Web.Analyses;

/// <summary>One progress message of an analysis, as the SSE stream sends it (<c>data: {json}</c>).</summary>
/// <param name="Seq">Its place in the run's messages, from 0; the stream replays them in this order.</param>
/// <param name="Kind"><c>queued</c>, <c>reading</c>, <c>input_read</c>, <c>phase_done</c>, <c>notice</c>, <c>done</c> or <c>failed</c>.</param>
/// <param name="Message">A line for a person (a phase's name, a notice, the reason of a failure).</param>
/// <param name="Input">The input file the message is about, when it is about one.</param>
/// <param name="BytesRead">Bytes of the inputs read so far.</param>
/// <param name="BytesTotal">Bytes of all the inputs.</param>
/// <param name="Positions">Positions decoded so far.</param>
/// <param name="Outcome">On <c>done</c>: what the analysis added.</param>
internal sealed record AnalysisProgressEvent(int Seq, string Kind, string? Message, string? Input, long BytesRead, long BytesTotal,
    long Positions, AnalysisOutcome? Outcome);

/// <summary>What a finished analysis added: positions stored, events, vessels, deliveries; <c>complete</c> false when an input failed.</summary>
internal sealed record AnalysisOutcome(bool Complete, long Positions, long StoredPositions, long Events, int Vessels, int HighRiskVessels, int Deliveries,
    IReadOnlyList<string> Notices);

/// <summary><c>POST /api/v1/analyses</c> answers this (202) and <c>GET /api/v1/analyses/{id}</c> the state.</summary>
internal sealed record AnalysisStatus(string Id, string State, IReadOnlyList<string> Inputs, DateTime Submitted, AnalysisOutcome? Outcome, string? Error);

/// <summary>
/// The record of one analysis: its inputs, state and every progress message so far. Progress arrives on the job's
/// threads and is read by SSE requests: appended under a lock, with a signal that wakes the readers.
/// </summary>
internal sealed class AnalysisRun(string id, IReadOnlyList<string> inputs, string workDirectory, DateTime submitted)
{
    // Reading reports come per buffer; one in this many bytes of the total is plenty for a progress bar.
    private const int ReadingSteps = 200;
    private readonly List<AnalysisProgressEvent> _events = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastReadingBytes = -1;

    public string Id { get; } = id;
    public IReadOnlyList<string> Inputs { get; } = inputs;
    public string WorkDirectory { get; } = workDirectory;
    public DateTime Submitted { get; } = submitted;
    public string State { get; private set; } = "queued";
    public AnalysisOutcome? Outcome { get; private set; }
    public string? Error { get; private set; }
    public bool Finished => State is "done" or "failed";

    public AnalysisStatus Status() => new(Id, State, [.. Inputs.Select(Path.GetFileName).OfType<string>()], Submitted, Outcome, Error);

    public void Add(string kind, string? message = null, string? input = null, long bytesRead = 0, long bytesTotal = 0, long positions = 0)
    {
        if (kind == "reading")
        {
            long step = Math.Max(1, bytesTotal / ReadingSteps);
            if (_lastReadingBytes >= 0 && bytesRead - _lastReadingBytes < step && bytesRead < bytesTotal) return;
            _lastReadingBytes = bytesRead;
        }
        Append(kind, message, input is null ? null : Path.GetFileName(input), bytesRead, bytesTotal, positions, null);
    }

    public void Start() => State = "running";

    public void Finish(AnalysisOutcome outcome)
    {
        Outcome = outcome;
        State = "done";
        Append("done", outcome.Complete ? "analysis complete" : "analysis finished; an input could not be read to its end", null, 0, 0, outcome.Positions, outcome);
    }

    public void Fail(string error)
    {
        Error = error;
        State = "failed";
        Append("failed", error, null, 0, 0, 0, null);
    }

    /// <summary>The messages after <paramref name="seen"/>, and a task that completes when more arrive.</summary>
    public (IReadOnlyList<AnalysisProgressEvent> Events, Task Changed) Since(int seen)
    {
        lock (_events)
            return ([.. _events.Skip(seen)], _changed.Task);
    }

    private void Append(string kind, string? message, string? input, long bytesRead, long bytesTotal, long positions, AnalysisOutcome? outcome)
    {
        TaskCompletionSource wake;
        lock (_events)
        {
            _events.Add(new AnalysisProgressEvent(_events.Count, kind, message, input, bytesRead, bytesTotal, positions, outcome));
            wake = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        wake.TrySetResult();
    }
}
