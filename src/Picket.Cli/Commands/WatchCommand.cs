using System.CommandLine;
using System.Globalization;
using Picket.Analysis.Live;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket watch SOURCE... --out DIR [--alerts FILE] [--stop-when-idle SECONDS]</c>: the live watch. Reads the feeds,
/// writes <c>events.jsonl</c>, <c>alerts.jsonl</c> and <c>picket.duckdb</c> into DIR as events close and facts are known, checkpoints, and prints a status line.
/// Started again on the same DIR it resumes from the checkpoint. Ctrl+C writes a last checkpoint and exits 130.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE") { Description = "Feeds: tcp://HOST:PORT (connect to a feed), file:PATH or a path (read a file), - (standard input)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Directory for events.jsonl, picket.duckdb and the checkpoint (an existing checkpoint is resumed)", Required = true };
        var idle = new Option<double?>("--stop-when-idle") { Description = "Stop, flushing everything, after this many seconds without a message" };
        var checkpoint = new Option<double>("--checkpoint-every") { Description = "Seconds between checkpoints", DefaultValueFactory = _ => 30 };
        var status = new Option<double>("--status-every") { Description = "Seconds between status lines on standard error", DefaultValueFactory = _ => 10 };
        var alerts = new Option<string?>("--alerts") { Description = "Also append every alert to this JSON Lines file (alerts.jsonl in --out always has them)" };
        var noStore = new Option<bool>("--no-store") { Description = "Do not write picket.duckdb" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No status lines; only errors and the final summary" };
        var timeWindow = TimeWindowOption.Create();
        var command = new Command("watch", "Watch live AIS feeds: events as they close into events.jsonl and picket.duckdb, checkpointed so a restart resumes.")
        {
            sources, output, alerts, idle, checkpoint, status, noStore, quiet, timeWindow,
        };
        command.SetAction(async (parse, ct) =>
        {
            var feeds = new List<LiveSource>();
            foreach (var text in parse.GetValue(sources)!)
            {
                var source = LiveSource.Parse(text, Console.OpenStandardInput, out var error);
                if (source == null) throw CliError.Usage(error!);
                feeds.Add(source);
            }
            if (parse.GetValue(idle) is { } s && !(s > 0)) throw CliError.Usage("--stop-when-idle takes a number of seconds above 0");
            if (!(parse.GetValue(checkpoint) > 0) || !(parse.GetValue(status) > 0)) throw CliError.Usage("--checkpoint-every and --status-every take seconds above 0");
            var alertsFile = parse.GetValue(alerts);
            if (alertsFile != null && alertsFile.Contains("://", StringComparison.Ordinal))
                throw CliError.Usage($"--alerts {alertsFile}: webhook delivery is not wired into picket watch yet; give a file");
            var request = new LiveRequest
            {
                AlertsFile = alertsFile,
                Sources = feeds, OutputDirectory = parse.GetValue(output)!, Store = !parse.GetValue(noStore),
                StopWhenIdle = parse.GetValue(idle) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                CheckpointInterval = TimeSpan.FromSeconds(parse.GetValue(checkpoint)),
                StatusInterval = TimeSpan.FromSeconds(parse.GetValue(status)),
                PlausibleTimeWindow = TimeWindowOption.Window(parse, timeWindow),
            };
            bool quietly = parse.GetValue(quiet);
            var result = await new LiveAnalysisJob(request, progress: quietly ? null : new StatusPrinter()).RunAsync(ct);
            Console.WriteLine($"watch {(result.Finished ? "finished" : "stopped; resumes from its checkpoint")}{(result.Resumed ? " (resumed)" : "")}: "
                + $"{result.Status.Messages - result.Status.Sources.Sum(x => x.Skipped):N0} messages analysed ({result.Status.Sources.Sum(x => x.Skipped):N0} skipped as already held), {result.Status.Events:N0} events, {result.Status.Alerts:N0} alert revisions, {result.StoredPositions:N0} positions stored, {result.Status.Checkpoints} checkpoints");
            return result.Finished ? ExitCodes.Ok : ExitCodes.Interrupted;
        });
        return command;
    }

    /// <summary>One status line per report on standard error.</summary>
    private sealed class StatusPrinter : IProgress<LiveStatus>
    {
        public void Report(LiveStatus s)
        {
            var lag = s.Lag is { } l ? (l.TotalDays >= 2 ? $"{l.TotalDays:F0} d" : l.TotalHours >= 2 ? $"{l.TotalHours:F0} h" : $"{l.TotalSeconds:F0} s") : "-";
            var sources = string.Join("; ", s.Sources.Select(x =>
                $"{x.Name}: {x.Lines:N0} lines, {x.Messages:N0} msgs, {x.RejectedByReason.Values.Sum():N0} rejected{Reasons(x.RejectedByReason)}, {Math.Max(0, x.Connections - 1):N0} reconnects{(x.Skipped > 0 ? $", {x.Skipped:N0} skipped" : "")}{(x.Done ? ", ended" : "")}"));
            Console.Error.WriteLine(Reporting.DisplayText.Printable(string.Create(CultureInfo.InvariantCulture,
                $"watch {s.Elapsed:hh\\:mm\\:ss}: {s.MessagesPerSecond:N0} msg/s, lag {lag}, queue {s.QueueDepth}/{s.QueueCapacity} (waits {s.ReaderWaits:N0}), {s.Events:N0} events, {s.Alerts:N0} alerts, {s.Checkpoints} checkpoints | {sources}")));
        }
    }

    /// <summary>" (bad_checksum 3, not_ais 12)", or nothing when no line was rejected.</summary>
    private static string Reasons(IReadOnlyDictionary<string, long> byReason) =>
        byReason.Count == 0 ? "" : " (" + string.Join(", ", byReason.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value}"))) + ")";
}
