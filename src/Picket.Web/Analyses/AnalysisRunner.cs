using System.Collections.Concurrent;
using Picket.Analysis;
using Picket.Web.Hosting;

namespace Picket.Web.Analyses;

/// <summary>
/// Runs submitted analyses one at a time in the background (the store takes one writer at a time; a second analysis
/// would only wait on the first), each an <see cref="AnalysisJob"/> writing into the served store, then refreshes the
/// server's view of the vessels. Keeps the most recent runs for their status and progress.
/// </summary>
internal sealed class AnalysisRunner(ServerState state, string listsDirectory, TimeProvider time) : IDisposable
{
    public const int MaxKept = 50;
    public const int MaxQueued = 8;
    private readonly ConcurrentDictionary<string, AnalysisRun> _runs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _one = new(1);
    private readonly CancellationTokenSource _stopping = new();
    private int _queued;

    public AnalysisRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;

    /// <summary>Queues a run over <paramref name="inputs"/>; null when <see cref="MaxQueued"/> are already waiting.</summary>
    public AnalysisRun? Submit(string id, IReadOnlyList<string> inputs, string workDirectory)
    {
        if (Interlocked.Increment(ref _queued) > MaxQueued)
        {
            Interlocked.Decrement(ref _queued);
            return null;
        }
        var run = new AnalysisRun(id, inputs, workDirectory, time.GetUtcNow().UtcDateTime);
        run.Add("queued", "waiting for the store");
        _runs[id] = run;
        Forget();
        _ = Task.Run(() => RunAsync(run));
        return run;
    }

    private async Task RunAsync(AnalysisRun run)
    {
        try
        {
            await _one.WaitAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _queued);
            run.Fail("the server stopped before the analysis started");
            return;
        }
        try
        {
            run.Start();
            var progress = new Progress(run);
            var request = new AnalysisRequest
            {
                Inputs = run.Inputs,
                OutputDirectory = Path.Combine(run.WorkDirectory, "out"),
                StorePath = state.Store.Path,
                Outputs = AnalysisOutputs.Events | AnalysisOutputs.Vessels | AnalysisOutputs.Store,
                ListsDirectory = Directory.Exists(listsDirectory) ? listsDirectory : null,
                Title = "Picket analysis " + run.Id,
                CommandLine = "POST /api/v1/analyses",
            };
            var result = await new AnalysisJob(request, time, progress).RunAsync(_stopping.Token).ConfigureAwait(false);
            state.RefreshVessels();
            _ = state.RefreshOrderedPositions();
            var s = result.Summary;
            run.Finish(new AnalysisOutcome(result.Complete, s.Positions, s.StoredPositions, result.EventsWritten, s.Vessels, s.HighRiskVessels, s.Deliveries,
                [.. result.Notices.Take(50)]));
        }
        catch (OperationCanceledException)
        {
            run.Fail("the analysis was cancelled (the server is stopping)");
        }
        catch (AnalysisException e)
        {
            run.Fail(e.Message);
        }
        catch (Exception e)
        {
            // A fault in the pipeline must end the run visibly (its stream says "failed"), not leave it "running".
            run.Fail($"the analysis failed: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
            _one.Release();
        }
    }

    /// <summary>Drops the oldest finished runs beyond <see cref="MaxKept"/>.</summary>
    private void Forget()
    {
        if (_runs.Count <= MaxKept) return;
        foreach (var old in _runs.Values.Where(r => r.Finished).OrderBy(r => r.Submitted).Take(_runs.Count - MaxKept))
            _runs.TryRemove(old.Id, out _);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private sealed class Progress(AnalysisRun run) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress p) => run.Add(p.Kind switch
        {
            AnalysisProgressKind.Reading => "reading",
            AnalysisProgressKind.InputRead => "input_read",
            AnalysisProgressKind.PhaseDone => "phase_done",
            _ => "notice",
        }, p.Message, p.Input, p.BytesRead, p.BytesTotal, p.Positions);
    }
}
