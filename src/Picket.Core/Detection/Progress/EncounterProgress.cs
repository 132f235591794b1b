using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>The encounter detector's open runs and runs waiting to merge, read without changing them (<see cref="IDetectionProgress"/>).</summary>
internal sealed partial class EncounterDetector
{
    public void CopyOpen(List<OpenEncounter> into)
    {
        foreach (var (key, run) in _open)
        {
            if (_merging.TryGetValue(key, out var pending) && WouldMerge(pending, run))
                into.Add(View(run, pending.StartTicks, run.Steps + pending.Steps, together: true));
            else
                into.Add(View(run, run.StartTicks, run.Steps, together: true));
        }
        foreach (var (key, pending) in _merging)
            if (!_open.TryGetValue(key, out var run) || !WouldMerge(pending, run))
                into.Add(View(pending, pending.StartTicks, pending.Steps, together: false));
    }

    public EncounterEvidence? EvidenceSoFar(in OpenEncounter e)
    {
        var key = ((ulong)e.A.Value << 32) | e.B.Value;
        var start = e.Start.UtcTicks;
        _open.TryGetValue(key, out var open);
        _merging.TryGetValue(key, out var pending);
        EncounterRun? run;
        if (pending is not null && open is not null && pending.StartTicks == start && WouldMerge(pending, open))
            run = EncounterRun.Joined(pending, open);
        else if (open is not null && open.StartTicks == start)
            run = open;
        else if (pending is not null && pending.StartTicks == start)
            run = pending;
        else
            return null;
        if (run.Steps == 0)
            return null;
        var port = _ctx.NearestPortEvidence(run.MeanLat, run.MeanLon, out _);
        return Evidence(run, Statistic.Median(run.SpeedsA), Statistic.Median(run.SpeedsB), port, _ctx.ShoreDistanceKm(run.MeanLat, run.MeanLon));
    }

    /// <summary>The merge rule of <see cref="CloseRun"/>, asked ahead of time: a run long enough to keep, close enough after the pending one, on the same side of the port rule.</summary>
    private bool WouldMerge(EncounterRun pending, EncounterRun open) =>
        open.StartTicks - pending.LastTicks < _mergeGap && open.InPort == pending.InPort;

    private static OpenEncounter View(EncounterRun run, long startTicks, int steps, bool together) =>
        new(run.A, run.B, new DateTimeOffset(startTicks, TimeSpan.Zero), new DateTimeOffset(run.LastTicks, TimeSpan.Zero), steps, run.InPort, together);
}

/// <summary>A copy of two runs joined, for evidence read ahead of the merge; the detector's own runs stay as they are.</summary>
internal sealed partial class EncounterRun
{
    public static EncounterRun Joined(EncounterRun earlier, EncounterRun later)
    {
        var copy = new EncounterRun(earlier.A, earlier.B, earlier.StartTicks) { InPort = earlier.InPort };
        copy.LastTicks = earlier.LastTicks;
        copy.Steps = earlier.Steps;
        copy.Runs = earlier.Runs;
        copy.TogetherTicks = earlier.TogetherTicks;
        (copy.StartLat, copy.StartLon, copy.EndLat, copy.EndLon) = (earlier.StartLat, earlier.StartLon, earlier.EndLat, earlier.EndLon);
        (copy.SegmentA, copy.SegmentB) = (earlier.SegmentA, earlier.SegmentB);
        (copy._sumLat, copy._sumLon, copy._densityA, copy._densityB) = (earlier._sumLat, earlier._sumLon, earlier._densityA, earlier._densityB);
        copy._distances.AddRange(earlier._distances);
        copy._speedsA.AddRange(earlier._speedsA);
        copy._speedsB.AddRange(earlier._speedsB);
        copy.Absorb(later);
        return copy;
    }
}
