using System.Text;
using System.Text.Json;
using Picket.Ais.Messages;
using Picket.Core.Events;
using Picket.Simulation.Geography;
using Picket.Simulation.Radio;
using Picket.Simulation.Scenarios;
using Picket.Simulation.Truth;
using Picket.Simulation.Vessels;

namespace Picket.Simulation;

/// <summary>
/// Runs a scenario and streams its outputs: <c>feed.nmea</c> (what a receiver network delivers, in reception-time
/// order), <c>feed.csv</c> (the same positions in the MarineCadastre layout) and <c>truth.jsonl</c> (every event the
/// scenario contains, in the event format). Time advances transmission by transmission over all vessels through one
/// priority queue, so memory is a few hundred bytes per vessel whatever the length of the run.
/// </summary>
public static class Simulator
{
    /// <summary>The AIS feed as NMEA 0183 sentences behind IEC 61162-1 tag blocks, in reception-time order.</summary>
    public const string FeedFile = "feed.nmea";
    /// <summary>The same positions as a MarineCadastre-layout CSV (one row per received position).</summary>
    public const string CsvFile = "feed.csv";
    /// <summary>Every event the scenario contains, in the event format (JSON Lines), labelled observable or not.</summary>
    public const string TruthFile = "truth.jsonl";
    /// <summary>The run's options and counts (<see cref="SimulationSummary.WriteJson"/>).</summary>
    public const string SummaryFile = "scenario.json";

    /// <summary>Writes all outputs into <paramref name="directory"/> (created if needed).</summary>
    public static SimulationSummary RunToDirectory(SimulationOptions options, string directory, ICollection<long>? corruptedLines = null)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        SimulationSummary summary;
        using (var nmea = new StreamWriter(Path.Combine(directory, FeedFile), false, utf8, 1 << 16))
        using (var csv = new StreamWriter(Path.Combine(directory, CsvFile), false, utf8, 1 << 16))
        using (var truth = new FileStream(Path.Combine(directory, TruthFile), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16))
            summary = Run(options, nmea, csv, truth, corruptedLines);
        using var json = new FileStream(Path.Combine(directory, SummaryFile), FileMode.Create);
        using (var w = new Utf8JsonWriter(json, new JsonWriterOptions { Indented = true }))
            summary.WriteJson(w);
        json.Write("\n"u8);
        return summary;
    }

    /// <summary>Runs the scenario; the caller owns the writers. Line numbers (1-based) of deliberately damaged lines go to <paramref name="corruptedLines"/>.</summary>
    public static SimulationSummary Run(SimulationOptions options, TextWriter nmea, TextWriter csv, Stream truth, ICollection<long>? corruptedLines = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem) throw new ArgumentException(problem, nameof(options));
        var region = Region.Named(options.Region)!;
        long start = options.Start.ToUnixTimeMilliseconds();
        long end = start + (long)(options.Hours * 3_600_000);
        var fleet = ScenarioPlanner.Plan(region, options.Vessels, options.Seed, start, end);

        using var truthWriter = new JsonLinesEventWriter(truth, leaveOpen: true);
        var recorder = new TruthRecorder(truthWriter, region, options.ReportIntervalNote);
        recorder.Watch(fleet.Chains);
        using var feed = new FeedWriter(nmea, region.Receivers, region.PoorCoverage, SimRandom.For(options.Seed, -1), options.CorruptRate, corruptedLines);
        var cadastre = new MarineCadastreWriter(csv);
        var radio = new Transmitter(feed, cadastre, recorder, options.MovingIntervalSeconds * 1000L);
        var mmsis = new HashSet<uint>();

        // Priority: (time, vessel index); index -1 is the once-a-minute encounter watch.
        var queue = new PriorityQueue<int, (long, int)>(fleet.Vessels.Count + 1);
        foreach (var v in fleet.Vessels)
        {
            v.NextPositionMs = start + v.Random.Next(10_000);
            v.NextStaticMs = start + v.Random.Next((int)ReportIntervals.StaticMs);
            v.NextChannel = v.Random.Chance(0.5) ? 'A' : 'B';
            queue.Enqueue(v.Index, (Math.Min(v.NextPositionMs, v.NextStaticMs), v.Index));
        }
        queue.Enqueue(-1, (start, -1));
        while (queue.TryDequeue(out int index, out var key))
        {
            long t = key.Item1;
            if (t >= end) break;
            if (index < 0)
            {
                foreach (var w in fleet.Encounters) w.Step(t, recorder);
                queue.Enqueue(-1, (t + TruthRules.WatchStepMs, -1));
                continue;
            }
            var vessel = fleet.Vessels[index];
            var state = vessel.StateAt(t);
            if (t >= vessel.NextPositionMs)
            {
                if (!vessel.Dark)
                {
                    radio.Position(vessel, t, state.Position, state.Sog, state.Cog, state.Status);
                    mmsis.Add(vessel.Broadcast.Mmsi);
                }
                vessel.NextPositionMs = t + radio.IntervalMs(vessel, state.Sog, state.Status);
            }
            if (t >= vessel.NextStaticMs)
            {
                if (!vessel.Dark && vessel.SendsStatic) radio.Static(vessel, t, state.Position);
                vessel.NextStaticMs = t + ReportIntervals.StaticMs + vessel.Random.Next(2_000);
            }
            queue.Enqueue(index, (Math.Min(vessel.NextPositionMs, vessel.NextStaticMs), index));
        }
        foreach (var w in fleet.Encounters) w.Close(recorder);
        recorder.Flush(fleet.Vessels);
        recorder.FlushChains(fleet.Chains);
        nmea.Flush();
        csv.Flush();
        return new SimulationSummary
        {
            Options = options,
            Feed = feed.Statistics,
            Planted = fleet.Planted,
            Truth = recorder.Counts,
            Hulls = fleet.Vessels.Count,
            DistinctMmsis = mmsis.Count,
        };
    }
}
