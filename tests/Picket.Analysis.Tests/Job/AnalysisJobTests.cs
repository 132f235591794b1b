using Picket.Core.Events;
using Picket.Simulation.Evaluation;

namespace Picket.Analysis.Tests.Job;

/// <summary>
/// The main job run in process, as a host would run it: no console, no exit code, a clock of its own, progress
/// callbacks and cancellation. Its answers are checked against the planted truth of a simulated scenario.
/// </summary>
public sealed class AnalysisJobTests(SimulatedScenario scenario) : IClassFixture<SimulatedScenario>
{
    private static readonly DateTimeOffset Now = new(2031, 5, 6, 7, 8, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_job_finds_the_planted_events_and_writes_every_asked_output()
    {
        using var dir = new TempDir("picket-job");
        var request = new AnalysisRequest
        {
            Inputs = [scenario.Feed], OutputDirectory = dir.Path,
            Outputs = AnalysisOutputs.Events | AnalysisOutputs.Vessels | AnalysisOutputs.Report | AnalysisOutputs.MapGeoJson,
        };
        var result = await new AnalysisJob(request, new FixedClock(Now)).RunAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Complete);
        var truth = EventFileReader.Read(scenario.Truth).Events;
        var detected = EventFileReader.Read(dir["events.jsonl"]).Events;
        var score = Evaluator.Evaluate(truth, detected);
        foreach (var type in score.Types.Where(t => t.Truth > 0))
            Assert.True(type.Recall >= 0.9, $"{type.Type}: {type.TruthFound} of {type.Truth} planted events found");
        Assert.Equal(detected.Count, result.EventsWritten);
        Assert.Equal(detected.Count, result.Summary.EventsByType.Values.Sum());
        Assert.Equal(result.Summary.Vessels, File.ReadLines(dir["vessels.jsonl"]).Count());
        Assert.True(File.Exists(dir["map.geojson"]));
        Assert.False(File.Exists(dir["map.kml"]));
        Assert.False(File.Exists(dir["picket.duckdb"]));
        Assert.Equal(result.Summary.HighRiskVessels, result.HighRiskVessels.Count);
        Assert.Equal(result.HighRiskVessels.OrderByDescending(v => v.Risk.Score).Select(v => v.Risk.Mmsi), result.HighRiskVessels.Select(v => v.Risk.Mmsi));
        Assert.Contains("read_decode_track_detect", result.Summary.PhaseSeconds.Keys);
    }

    [Fact]
    public async Task The_report_is_dated_by_the_clock_the_host_gives()
    {
        using var dir = new TempDir("picket-job");
        var request = new AnalysisRequest { Inputs = [scenario.Feed], OutputDirectory = dir.Path, Outputs = AnalysisOutputs.Events | AnalysisOutputs.Report };
        await new AnalysisJob(request, new FixedClock(Now)).RunAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Generated 2031-05-06 07:08Z", File.ReadAllText(dir["report.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_reports_bytes_up_to_the_whole_input_then_the_phases()
    {
        using var dir = new TempDir("picket-job");
        var seen = new List<AnalysisProgress>();
        var request = new AnalysisRequest { Inputs = [scenario.Feed], OutputDirectory = dir.Path, Outputs = AnalysisOutputs.Events };
        await new AnalysisJob(request, progress: new Collect(seen)).RunAsync(TestContext.Current.CancellationToken);
        long size = new FileInfo(scenario.Feed).Length;
        var reading = seen.Where(p => p.Kind == AnalysisProgressKind.Reading).ToList();
        Assert.NotEmpty(reading);
        Assert.Equal(size, reading[^1].BytesRead);
        Assert.All(reading, p => Assert.Equal(size, p.BytesTotal));
        Assert.Single(seen, p => p.Kind == AnalysisProgressKind.InputRead && p.Input == scenario.Feed);
        Assert.Equal(["load_lists", AnalysisProgress.ReadingPhase, "store_positions"], seen.Where(p => p.Kind == AnalysisProgressKind.PhaseDone).Select(p => p.Message));
    }

    [Fact]
    public async Task Cancelling_while_reading_stops_the_job_and_leaves_no_partial_output()
    {
        using var dir = new TempDir("picket-job");
        using var cancel = new CancellationTokenSource();
        // Cancelled from the progress callback once a first block is read: the rest of the run must not happen.
        var progress = new Collect([], p => { if (p.Kind == AnalysisProgressKind.Reading) cancel.Cancel(); });
        var request = new AnalysisRequest { Inputs = [scenario.Feed], OutputDirectory = dir.Path, Outputs = AnalysisOutputs.Events | AnalysisOutputs.Report };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new AnalysisJob(request, progress: progress).RunAsync(cancel.Token));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Cancellation_reaches_the_track_and_detection_thread()
    {
        using var cancel = new CancellationTokenSource();
        var counted = new CountingTarget();
        var target = new CancellableFeedTarget(counted, cancel.Token);
        var fix = new Core.Tracks.VesselFix(new Core.Vessels.Mmsi(412000001), Now, 38, 124);
        for (int i = 0; i < 10_000; i++) target.OnFix(fix);
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => { for (int i = 0; i < 10_000; i++) target.OnFix(fix); });
        Assert.InRange(counted.Fixes, 10_000, 10_000 + 4_096);
    }

    [Fact]
    public async Task An_output_directory_that_is_a_file_is_an_output_failure_before_any_work()
    {
        using var dir = new TempDir("picket-job");
        File.WriteAllText(dir["taken"], "x");
        var request = new AnalysisRequest { Inputs = [scenario.Feed], OutputDirectory = dir["taken"] };
        var e = await Assert.ThrowsAsync<AnalysisException>(() => new AnalysisJob(request).RunAsync(TestContext.Current.CancellationToken));
        Assert.Equal(AnalysisFailure.Output, e.Failure);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class Collect(List<AnalysisProgress> seen, Action<AnalysisProgress>? also = null) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            seen.Add(value);
            also?.Invoke(value);
        }
    }

    private sealed class CountingTarget : Core.Input.IFeedTarget
    {
        public int Fixes { get; private set; }
        public void OnFix(in Core.Tracks.VesselFix fix) => Fixes++;
        public void OnIdentity(in Core.Vessels.IdentityReport report) { }
    }
}
