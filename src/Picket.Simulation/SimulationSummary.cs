using System.Text.Json;
using Picket.Simulation.Radio;

namespace Picket.Simulation;

/// <summary>What a run produced: counts for <c>scenario.json</c> and the command's report.</summary>
public sealed class SimulationSummary
{
    /// <summary>The options the run used.</summary>
    public required SimulationOptions Options { get; init; }
    /// <summary>What the radio side did: transmissions, losses, duplicates, lines and damaged lines.</summary>
    public required FeedStatistics Feed { get; init; }
    /// <summary>Planted evasion, by scenario name: how many of each the planner placed.</summary>
    public required IReadOnlyDictionary<string, int> Planted { get; init; }
    /// <summary>Truth events written, by type and by "type (not observable)".</summary>
    public required IReadOnlyDictionary<string, int> Truth { get; init; }
    /// <summary>Hulls simulated (a clone or a shared MMSI is two hulls).</summary>
    public required int Hulls { get; init; }
    /// <summary>Distinct MMSIs broadcast; fewer than <see cref="Hulls"/> where hulls share a number.</summary>
    public required int DistinctMmsis { get; init; }

    /// <summary>Writes <c>scenario.json</c>'s object (keys in snake_case) to <paramref name="w"/>.</summary>
    /// <param name="w">The writer; the caller flushes it.</param>
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("region", Options.Region);
        w.WriteString("start", Options.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("hours", Options.Hours);
        w.WriteNumber("vessels", Options.Vessels);
        w.WriteNumber("seed", Options.Seed);
        w.WriteString("report_interval", Options.ReportIntervalNote);
        w.WriteNumber("corrupt_rate", Options.CorruptRate);
        w.WriteNumber("hulls", Hulls);
        w.WriteNumber("distinct_mmsis", DistinctMmsis);
        w.WriteStartObject("feed");
        w.WriteNumber("transmissions", Feed.Transmissions);
        w.WriteNumber("lost", Feed.Lost);
        w.WriteNumber("duplicates", Feed.Duplicates);
        w.WriteNumber("lines", Feed.Lines);
        w.WriteNumber("corrupted_lines", Feed.CorruptedLines);
        w.WriteNumber("csv_rows", Feed.CsvRows);
        w.WriteEndObject();
        w.WriteStartObject("planted");
        foreach (var (k, v) in Planted) w.WriteNumber(k, v);
        w.WriteEndObject();
        w.WriteStartObject("truth_events");
        foreach (var (k, v) in Truth) w.WriteNumber(k, v);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
