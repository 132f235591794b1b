using System.CommandLine;
using Picket.Analysis;
using Picket.Core.Detection;
using Picket.Core.Tracks;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket detect FILE... --out DIR</c>: decodes AIS (NMEA or CSV, plain or gzip), builds tracks and runs the
/// sea-event detectors, writing <c>DIR/events.jsonl</c>. Each input should be roughly in time order (the track builder
/// repairs <c>--reorder-minutes</c> of disorder; later fixes are counted as too late); several inputs are merged by
/// time, so their order does not matter. Counts go to standard error. The work is an <see cref="AnalysisJob"/> with
/// only <c>events.jsonl</c> as output.
/// </summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA or CSV files, plain or gzip, each roughly in time order (several are merged by time); '-' for standard input", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
        var output = new Option<string>("--out", "-o") { Description = "Directory to write events.jsonl into", Required = true };
        var gapHours = new Option<double>("--gap-hours") { Description = "Silence that counts as a gap, in hours", DefaultValueFactory = _ => 6 };
        var portKm = new Option<double>("--encounter-port-km") { Description = "Minimum distance of an encounter from a port, km (0 keeps encounters in anchorages)", DefaultValueFactory = _ => 10 };
        var reorder = new Option<double>("--reorder-minutes") { Description = "How much time disorder the track builder repairs", DefaultValueFactory = _ => 2 };
        var noShore = new Option<bool>("--no-shoreline") { Description = "Do not use the shipped Natural Earth coastline (loitering then uses the port-distance rule only)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors" };
        var timeWindow = TimeWindowOption.Create();
        var maxVessels = MaxVesselsOption.Create();
        var command = new Command("detect", "Find encounters, loitering, AIS gaps, port calls and draught changes in AIS; writes DIR/events.jsonl.")
        {
            files, output, gapHours, portKm, reorder, noShore, quiet, timeWindow, maxVessels,
        };
        command.SetAction(async (parse, ct) =>
        {
            var gap = parse.GetValue(gapHours);
            var port = parse.GetValue(portKm);
            var window = parse.GetValue(reorder);
            if (!(gap > 0) || !(port >= 0) || !(window >= 0))
            {
                await Console.Error.WriteLineAsync("picket detect: --gap-hours must be > 0, --encounter-port-km and --reorder-minutes >= 0");
                return ExitCodes.Usage;
            }
            var options = new DetectionOptions { GapMinDuration = TimeSpan.FromHours(gap), EncounterMinPortDistanceKm = port };
            if (parse.GetValue(noShore))
                options = options with { Shoreline = null };
            var trackOptions = new TrackBuilderOptions { ReorderWindow = TimeSpan.FromMinutes(window), MaxVessels = MaxVesselsOption.Get(parse, maxVessels) };
            var inputs = AnalysisInputs.Resolve(parse.GetValue(files)!, Console.Error, "detect", allowStdin: true);
            var request = new AnalysisRequest
            {
                Inputs = inputs, OutputDirectory = parse.GetValue(output)!, Outputs = AnalysisOutputs.Events,
                Detection = options, Tracks = trackOptions, PlausibleTimeWindow = TimeWindowOption.Window(parse, timeWindow),
                StandardInput = Console.OpenStandardInput,
            };
            bool q = parse.GetValue(quiet);
            var result = await JobRunner.RunAsync("detect", request, q, ct);
            if (!q) await Console.Error.WriteAsync(StageReport.Text(result) + result.Detection + $"wrote {result.EventsWritten} events to {Path.Combine(request.OutputDirectory, "events.jsonl")}\n");
            return result.Complete ? ExitCodes.Ok : ExitCodes.InputError;
        });
        return command;
    }
}
