using System.CommandLine;
using System.Globalization;
using Picket.Analysis;
using Picket.Core.Assessment;
using Picket.Core.Tracks;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket analyze INPUT... --out DIR [--lists DIR] [--from --to --bbox]</c>: the main job. Writes
/// <c>events.jsonl</c>, <c>vessels.jsonl</c> and <c>report.html</c> into DIR and prints a summary (<c>--json</c> for scripts).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "AIS files (NMEA or CSV, plain or gzip) or globs such as 'feeds/*.nmea.gz'", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
        var output = new Option<string>("--out", "-o") { Description = "Directory for the outputs", Required = true };
        var registry = new Option<string?>("--registry") { Description = "Ship registry CSV: imo,registered_owner,ship_manager,ism_manager,operator,from,to (dates optional); its companies are screened against the lists" };
        var lists = new Option<string?>("--lists") { Description = "Directory of sanctions lists to screen against (UN XML, OFAC CSV/XML, EU, UK, OpenSanctions)" };
        var from = new Option<string?>("--from") { Description = "Ignore positions before this UTC time (ISO 8601)" };
        var to = new Option<string?>("--to") { Description = "Ignore positions after this UTC time (ISO 8601)" };
        var bbox = new Option<string?>("--bbox") { Description = "Only positions inside west,south,east,north (degrees)" };
        var product = new Option<PetroleumProduct>("--product") { Description = "Product assumed for barrels per tonne in the cap table", DefaultValueFactory = _ => PetroleumProduct.Diesel };
        var reported = new Option<string?>("--reported") { Description = "CSV of officially reported deliveries: year,barrels[,source]" };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON on standard output" };
        var geojson = new Option<bool>("--geojson") { Description = "Also write map.geojson (tracks and events) for QGIS" };
        var kml = new Option<bool>("--kml") { Description = "Also write map.kml (tracks and events) for Google Earth" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors and the summary" };
        var timeWindow = TimeWindowOption.Create();
        var maxVessels = MaxVesselsOption.Create();
        var noStore = new Option<bool>("--no-store") { Description = "Do not write picket.duckdb (the store of positions, identities, events, risk and list matches)" };
        var command = new Command("analyze", "Decode, track, detect, screen and assess AIS; write events.jsonl, vessels.jsonl, report.html and picket.duckdb.")
        {
            inputs, output, lists, registry, from, to, bbox, product, reported, json, geojson, kml, quiet, noStore, timeWindow, maxVessels,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryTime(parse.GetValue(from), out var f) || !TryTime(parse.GetValue(to), out var t))
                throw CliError.Usage("--from/--to take ISO 8601 times, e.g. 2018-03-01 or 2018-03-01T06:00:00Z");
            if (!QueryCommand.TryBox(parse.GetValue(bbox), required: false, out var box, out var usage)) throw CliError.Usage(usage!);
            (double W, double S, double E, double N)? b = box is { } x ? (x.West, x.South, x.East, x.North) : null;
            // Every input checked before any work: a mistyped second path must not cost the first hour.
            var files = AnalysisInputs.Resolve(parse.GetValue(inputs)!, Console.Error);
            bool store = !parse.GetValue(noStore);
            var request = new AnalysisRequest
            {
                Inputs = files, OutputDirectory = parse.GetValue(output)!, ListsDirectory = parse.GetValue(lists), Registry = parse.GetValue(registry),
                Window = new AnalysisWindow(f, t, b),
                PlausibleTimeWindow = TimeWindowOption.Window(parse, timeWindow),
                Tracks = new TrackBuilderOptions { MaxVessels = MaxVesselsOption.Get(parse, maxVessels) },
                Product = parse.GetValue(product), ReportedDeliveries = parse.GetValue(reported),
                Outputs = AnalysisOutputs.Events | AnalysisOutputs.Vessels | AnalysisOutputs.Report
                    | (store ? AnalysisOutputs.Store : 0) | (parse.GetValue(geojson) ? AnalysisOutputs.MapGeoJson : 0) | (parse.GetValue(kml) ? AnalysisOutputs.MapKml : 0),
                CommandLine = "picket " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(a => a.Contains(' ') ? $"\"{a}\"" : a)),
            };
            var result = await JobRunner.RunAsync("analyze", request, parse.GetValue(quiet) || parse.GetValue(json), ct);
            var summary = result.Summary;
            if (parse.GetValue(json))
            {
                await using var stdout = Console.OpenStandardOutput();
                summary.WriteJson(stdout);
                await stdout.WriteAsync("\n"u8.ToArray(), ct);
            }
            else
            {
                foreach (var (k, v) in summary.ForReport()) Console.WriteLine($"{k}: {Reporting.DisplayText.Printable(v)}");
                Console.WriteLine($"vessels: {summary.Vessels} ({summary.HighRiskVessels} high risk)");
                foreach (var (type, n) in summary.EventsByType.OrderBy(p => p.Key, StringComparer.Ordinal)) Console.WriteLine($"events {type}: {n}");
                Console.WriteLine($"wrote {Path.Combine(request.OutputDirectory, "report.html")}, events.jsonl, vessels.jsonl{(store ? ", picket.duckdb" : "")}");
            }
            return result.Complete ? ExitCodes.Ok : ExitCodes.InputError;
        });
        return command;
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (text == null) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) return false;
        time = t;
        return true;
    }
}
