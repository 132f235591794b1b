using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Picket.Analysis;
using Picket.Cluster;
using Picket.Cluster.Client;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket cluster silo|analyze|status (--redis HOST:PORT | --postgres CONN)</c>: detection on a Microsoft Orleans
/// cluster whose membership and grain state are in Redis or PostgreSQL (<see cref="ClusterStoreOptions"/>). A silo hosts vessel and sea-cell grains; <c>analyze</c> is a client that reads the
/// inputs as <c>picket analyze</c> does, runs detection on the grains epoch by epoch and writes the same outputs.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var command = new Command("cluster", "Run detection on a Microsoft Orleans cluster (membership and grain state in Redis or PostgreSQL).");
        command.Subcommands.Add(Silo());
        command.Subcommands.Add(Analyze());
        command.Subcommands.Add(Status());
        return command;
    }

    private static Command Silo()
    {
        var store = new ClusterStoreOptions();
        var siloPort = new Option<int>("--silo-port") { Description = "Port for silo-to-silo traffic", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to", DefaultValueFactory = _ => 30000 };
        var command = new Command("silo", "Run a silo (until Ctrl+C or SIGTERM).") { store.Redis, store.Postgres, siloPort, gatewayPort };
        command.SetAction(async (parse, ct) =>
        {
            var where = await store.PrepareAsync(parse, ct);
            using var host = ClusterHosting.BuildSilo(where, parse.GetValue(siloPort), parse.GetValue(gatewayPort));
            await host.StartAsync(ct);
            await Console.Error.WriteLineAsync($"silo up on 127.0.0.1:{parse.GetValue(siloPort)} (gateway {parse.GetValue(gatewayPort)}), store {where}");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }
            await host.StopAsync(CancellationToken.None);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Analyze()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "AIS files (NMEA or CSV, plain or gzip) or globs", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
        var clusterStore = new ClusterStoreOptions();
        var output = new Option<string>("--out", "-o") { Description = "Directory for the outputs", Required = true };
        var lists = new Option<string?>("--lists") { Description = "Directory of sanctions lists to screen against" };
        var epochHours = new Option<double>("--epoch-hours") { Description = "Feed hours per epoch: grains checkpoint at its end; a failed epoch is sent again", DefaultValueFactory = _ => 6 };
        var noStore = new Option<bool>("--no-store") { Description = "Do not write picket.duckdb" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors and the summary" };
        var command = new Command("analyze", "Analyse AIS with detection on the cluster; writes the outputs of picket analyze.")
        {
            inputs, clusterStore.Redis, clusterStore.Postgres, output, lists, epochHours, noStore, quiet,
        };
        command.SetAction(async (parse, ct) =>
        {
            var files = AnalysisInputs.Resolve(parse.GetValue(inputs)!, Console.Error);
            var hours = parse.GetValue(epochHours);
            if (!(hours >= 0.25 && hours <= 24 * 7)) throw CliError.Usage("--epoch-hours takes 0.25 to 168");
            bool q = parse.GetValue(quiet);
            using var host = ClusterHosting.BuildClient(await clusterStore.PrepareAsync(parse, ct));
            await host.StartAsync(ct);
            var client = host.Services.GetRequiredService<IClusterClient>();
            var detection = new ClusterDetection(client, TimeSpan.FromHours(hours), q ? null : m => Console.Error.WriteLine(m));
            bool store = !parse.GetValue(noStore);
            var request = new AnalysisRequest
            {
                Inputs = files, OutputDirectory = parse.GetValue(output)!, ListsDirectory = parse.GetValue(lists),
                ExternalDetection = detection,
                Outputs = AnalysisOutputs.Events | AnalysisOutputs.Vessels | AnalysisOutputs.Report | (store ? AnalysisOutputs.Store : 0),
                CommandLine = "picket " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(a => a.Contains(' ') ? $"\"{a}\"" : a)),
            };
            var started = DateTime.UtcNow;
            var result = await JobRunner.RunAsync("cluster analyze", request, q, ct);
            var seconds = (DateTime.UtcNow - started).TotalSeconds;
            var s = detection.Stats;
            foreach (var (type, n) in result.Summary.EventsByType.OrderBy(p => p.Key, StringComparer.Ordinal)) Console.WriteLine($"events {type}: {n}");
            Console.WriteLine($"vessels: {result.Summary.Vessels} ({result.Summary.HighRiskVessels} high risk)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cluster: {s.InputMessages} messages in {s.Epochs} epochs, {s.VesselGrains} vessel grains, {s.CellGrains} cell grains, {s.GrainCalls} grain calls, {s.AreaMessages} area messages ({(double)s.AreaMessages / Math.Max(1, s.InputMessages):F2} per input message), {s.CellDeliveries} cell deliveries, {s.Retries} epochs sent again, {detection.TooLate} too late; {seconds:F1} s ({s.InputMessages / Math.Max(seconds, 1e-3):F0} msg/s)"));
            Console.WriteLine($"wrote {Path.Combine(request.OutputDirectory, "report.html")}, events.jsonl, vessels.jsonl{(store ? ", picket.duckdb" : "")}");
            await host.StopAsync(CancellationToken.None);
            return result.Complete ? ExitCodes.Ok : ExitCodes.InputError;
        });
        return command;
    }

    private static Command Status()
    {
        var store = new ClusterStoreOptions();
        var command = new Command("status", "Show the cluster's silos and, per silo, its grains, messages per second, queue depth and grain calls.") { store.Redis, store.Postgres };
        command.SetAction(async (parse, ct) =>
        {
            using var host = ClusterHosting.BuildClient(await store.PrepareAsync(parse, ct));
            await host.StartAsync(ct);
            var grains = host.Services.GetRequiredService<IClusterClient>();
            var silos = await ClusterStatus.ReadAsync(grains, TimeSpan.FromSeconds(1), ct);
            var load = await SiloLoadReader.ReadAsync(grains, ct);
            Console.WriteLine("silo\tstatus\tvessel_grains\tcell_grains\tmessages_per_s\tqueue_depth\tpeak_queue_depth\tcalls_in_flight\tcalls_served\toverloaded");
            foreach (var s in silos)
            {
                var l = load.GetValueOrDefault(s.Address);
                string Of(Func<SiloLoadSample, long> f) => l is null ? "-" : f(l).ToString(CultureInfo.InvariantCulture);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Address}\t{s.Status}\t{s.VesselGrains}\t{s.CellGrains}\t{(s.MessagesPerSecond is { } r ? r.ToString("F0", CultureInfo.InvariantCulture) : "-")}\t{Of(x => x.QueueDepth)}\t{Of(x => x.PeakQueueDepth)}\t{Of(x => x.CallsInFlight)}\t{Of(x => x.CallsServed)}\t{(s.Overloaded is { } o ? (o ? "yes" : "no") : "-")}"));
            }
            await host.StopAsync(CancellationToken.None);
            return ExitCodes.Ok;
        });
        return command;
    }
}
