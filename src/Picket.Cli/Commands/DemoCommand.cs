using System.CommandLine;
using System.Globalization;
using Picket.Analysis;
using Picket.Simulation;
using Picket.Simulation.Evaluation;
using Picket.Simulation.Lists;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket demo [--out DIR]</c>: simulates the default Yellow Sea scenario (planted STS transfers, dark tankers,
/// cloned MMSIs, flag hops, DPRK port calls), analyzes it as any input, and prints where the report is and how the
/// detections score against the planted truth. Works offline on a fresh clone.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "Directory for the scenario and the analysis", DefaultValueFactory = _ => "demo-out" };
        var hours = new Option<double>("--hours") { Description = "Length of the scenario in hours", DefaultValueFactory = _ => 72 };
        var vessels = new Option<int>("--vessels") { Description = "Vessels in the scenario", DefaultValueFactory = _ => 500 };
        var seed = new Option<long>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 42 };
        var lists = new Option<string?>("--lists") { Description = "Sanctions lists to screen against (optional)" };
        var serve = new Option<bool>("--serve") { Description = "Then serve the dashboard of the analysis (picket serve) until Ctrl+C" };
        var urls = new Option<string>("--urls") { Description = "Where --serve listens", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("demo", "Simulate the default scenario, analyze it, and score the detections against the planted truth.") { output, hours, vessels, seed, lists, serve, urls };
        command.SetAction(async (parse, ct) =>
        {
            string dir = parse.GetValue(output)!;
            var sim = new SimulationOptions { Hours = parse.GetValue(hours), Vessels = parse.GetValue(vessels), Seed = parse.GetValue(seed) };
            if (sim.Validate() is { } problem)
            {
                await Console.Error.WriteLineAsync($"picket demo: {problem}");
                return ExitCodes.Usage;
            }
            string scenario = Path.Combine(dir, "scenario"), analysis = Path.Combine(dir, "analysis");
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"picket demo: simulating {sim.Vessels} vessels over {sim.Hours} h in the Yellow Sea (seed {sim.Seed}) into {scenario} ..."));
            var summary = await Task.Run(() => Simulator.RunToDirectory(sim, scenario), ct);
            await Console.Error.WriteLineAsync($"planted: {string.Join(", ", summary.Planted.Select(kv => $"{kv.Key} {kv.Value}"))}");
            // A SYNTHETIC list and registry for the simulated fleet, so the first report shows list matches and company paths.
            var synthetic = SyntheticSanctions.Write(sim, scenario);
            string listsDir = parse.GetValue(lists) ?? synthetic.ListsDirectory;
            await Console.Error.WriteLineAsync($"picket demo: sanctions list {(parse.GetValue(lists) is null ? $"{synthetic.ListsDirectory} (SYNTHETIC)" : listsDir)}, registry {synthetic.Registry} (SYNTHETIC)");
            await Console.Error.WriteLineAsync($"picket demo: analyzing {summary.Feed.Lines:N0} NMEA lines into {analysis} ...");
            var analyzed = await JobRunner.RunAsync("demo", new AnalysisRequest
            {
                Inputs = [Path.Combine(scenario, "feed.nmea")], OutputDirectory = analysis, ListsDirectory = listsDir, Registry = synthetic.Registry,
                CommandLine = $"picket simulate --hours {sim.Hours} --vessels {sim.Vessels} --seed {sim.Seed} --out {scenario} && picket analyze {Path.Combine(scenario, "feed.nmea")} --out {analysis} --lists {listsDir} --registry {synthetic.Registry}",
            }, quiet: true, ct);
            int exit = analyzed.Complete ? ExitCodes.Ok : ExitCodes.InputError;
            var truth = EventFileReader.Read(Path.Combine(scenario, "truth.jsonl"));
            var detected = EventFileReader.Read(Path.Combine(analysis, "events.jsonl"));
            var scores = Evaluator.Evaluate(truth.Events, detected.Events);
            Console.WriteLine($"Vessels: {analyzed.Summary.Vessels}, high risk: {analyzed.Summary.HighRiskVessels}; deliveries to DPRK ports: {analyzed.Summary.Deliveries}.");
            Console.WriteLine();
            Console.Write(EvaluationTable.Format(scores, maxUnmatched: 5));
            Console.WriteLine();
            Console.Write(CompanyTruthEvaluation.Format(CompanyTruthEvaluation.Evaluate(synthetic.Truth, Path.Combine(analysis, "vessels.jsonl"))));
            Console.WriteLine();
            Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(analysis, "report.html"))}");
            if (exit != ExitCodes.Ok || !parse.GetValue(serve)) return exit;
            // The same `picket serve` a user would type, on the demo's store, so the first command ends at the dashboard.
            string listen = parse.GetValue(urls)!;
            Console.WriteLine($"Dashboard: open {listen.Split(';')[0].TrimEnd('/')}/ (picket serve {analysis}; Ctrl+C stops)");
            return await ServeCommand.Create().Parse([analysis, "--urls", listen, "--lists", listsDir]).InvokeAsync(cancellationToken: ct);
        });
        return command;
    }
}
