using System.CommandLine;
using System.Globalization;
using Picket.Simulation;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket simulate [--region yellow-sea] [--hours 72] [--vessels 500] [--seed 42] [--moving-interval S] --out DIR</c>:
/// writes a scenario with planted evasion (<c>feed.nmea</c>, <c>feed.csv</c>, <c>truth.jsonl</c>, <c>scenario.json</c>).
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var region = new Option<string>("--region") { Description = "Sea area to simulate", DefaultValueFactory = _ => "yellow-sea" };
        var hours = new Option<double>("--hours") { Description = "Length of the run in hours", DefaultValueFactory = _ => 72 };
        var vessels = new Option<int>("--vessels") { Description = "Number of vessels (planted cases included)", DefaultValueFactory = _ => 500 };
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives byte-identical output", DefaultValueFactory = _ => 42 };
        var start = new Option<string?>("--start") { Description = "UTC start time, ISO 8601 (default 2018-02-14T00:00:00Z)" };
        var moving = new Option<int>("--moving-interval") { Description = "Thin moving reports to at most one per this many seconds (default 0: ITU-R M.1371 intervals)" };
        var corrupt = new Option<double>("--corrupt-rate") { Description = "Share of received lines damaged on the way", DefaultValueFactory = _ => 0.002 };
        var output = new Option<string>("--out", "-o") { Description = "Directory to write into", Required = true };
        var command = new Command("simulate", "Generate realistic AIS traffic with planted sanctions-evasion cases and the truth beside it.")
        {
            region, hours, vessels, seed, start, moving, corrupt, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SimulationOptions
            {
                Region = parse.GetValue(region)!,
                Hours = parse.GetValue(hours),
                Vessels = parse.GetValue(vessels),
                Seed = parse.GetValue(seed),
                MovingIntervalSeconds = parse.GetValue(moving),
                CorruptRate = parse.GetValue(corrupt),
            };
            if (parse.GetValue(start) is { } s)
            {
                if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
                {
                    await Console.Error.WriteLineAsync("picket simulate: --start must be an ISO 8601 time");
                    return ExitCodes.Usage;
                }
                options = options with { Start = t };
            }
            if (options.Validate() is { } problem)
            {
                await Console.Error.WriteLineAsync($"picket simulate: {problem}");
                return ExitCodes.Usage;
            }
            string dir = parse.GetValue(output)!;
            try
            {
                var summary = await Task.Run(() => Simulator.RunToDirectory(options, dir), ct);
                var f = summary.Feed;
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{dir}: {summary.Hulls} hulls, {f.Transmissions} transmissions, {f.Lines} lines ({f.Duplicates} duplicates, {f.Lost} lost, {f.CorruptedLines} corrupted), {f.CsvRows} CSV rows; reports: {options.ReportIntervalNote}"));
                await Console.Error.WriteLineAsync("planted: " + string.Join(", ", summary.Planted.Select(kv => $"{kv.Key} {kv.Value}")));
                await Console.Error.WriteLineAsync("truth: " + string.Join(", ", summary.Truth.Select(kv => $"{kv.Key} {kv.Value}")));
                var synthetic = Simulation.Lists.SyntheticSanctions.Write(options, dir);
                await Console.Error.WriteLineAsync($"SYNTHETIC list {synthetic.ListsDirectory}, registry {synthetic.Registry}, truth {synthetic.Truth} ({synthetic.Hulls} hulls): for --lists and --registry");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"picket simulate: cannot write {dir}: {e.Message}");
                return ExitCodes.OutputError;
            }
        });
        return command;
    }
}
