using System.CommandLine;
using Picket.Analysis;
using Picket.Core.Tracks;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket tracks FILE... --out DIR</c>: decodes AIS (NMEA or CSV, plain or gzip), builds per-vessel segments and
/// writes <c>DIR/segments.geojson</c> (one LineString per segment, with its id, MMSI and role) and <c>DIR/events.jsonl</c>
/// (position jumps, identity clashes, identity changes). Input should be roughly in time order. The work is an
/// <see cref="AnalysisJob"/> without detectors.
/// </summary>
internal static class TracksCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA or CSV files, plain or gzip, in time order", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
        var output = new Option<string>("--out", "-o") { Description = "Directory to write segments.geojson and events.jsonl into", Required = true };
        var maxKnots = new Option<double>("--max-knots") { Description = "Fastest plausible speed between fixes of one segment", DefaultValueFactory = _ => 30 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors" };
        var timeWindow = TimeWindowOption.Create();
        var maxVessels = MaxVesselsOption.Create();
        var command = new Command("tracks", "Build vessel tracks and find position jumps, identity clashes and identity changes.") { files, output, maxKnots, quiet, timeWindow, maxVessels };
        command.SetAction(async (parse, ct) =>
        {
            double knots = parse.GetValue(maxKnots);
            if (!(knots > 0))
            {
                await Console.Error.WriteLineAsync("picket tracks: --max-knots must be > 0");
                return ExitCodes.Usage;
            }
            var inputs = AnalysisInputs.Resolve(parse.GetValue(files)!, Console.Error, "tracks");
            var request = new AnalysisRequest
            {
                Inputs = inputs, OutputDirectory = parse.GetValue(output)!, Outputs = AnalysisOutputs.Events | AnalysisOutputs.Segments,
                Detection = null, Tracks = new TrackBuilderOptions { MaxSpeedKnots = knots, MaxVessels = MaxVesselsOption.Get(parse, maxVessels) },
                PlausibleTimeWindow = TimeWindowOption.Window(parse, timeWindow),
            };
            bool q = parse.GetValue(quiet);
            var result = await JobRunner.RunAsync("tracks", request, q, ct);
            if (!q) await Console.Error.WriteAsync(StageReport.Text(result) + $"wrote {result.SegmentsWritten} segments and {result.EventsWritten} events to {request.OutputDirectory}\n");
            return result.Complete ? ExitCodes.Ok : ExitCodes.InputError;
        });
        return command;
    }
}
