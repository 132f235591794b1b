using System.Text.Json;
using Picket.Simulation.Radio;

namespace Picket.Simulation;

/// <summary>What a run produced: counts for <c>scenario.json</c> and the command's report.</summary>
public sealed class SimulationSummary
{
    public required SimulationOptions Options { get; init; }
    public required FeedStatistics Feed { get; init; }
    public required IReadOnlyDictionary<string, int> Planted { get; init; }
    public required IReadOnlyDictionary<string, int> Truth { get; init; }
    public required int Hulls { get; init; }
    public required int DistinctMmsis { get; init; }

    public void WriteJson(Utf8JsonWriter w)
    {
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
