using System.CommandLine;
using System.Globalization;
using Picket.Analysis.Live;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket watch SOURCE... --out DIR [--alerts URL|FILE]... [--stop-when-idle SECONDS]</c>: the live watch. Reads the feeds,
/// writes <c>events.jsonl</c>, <c>alerts.jsonl</c> and <c>picket.duckdb</c> into DIR as events close and facts are known, checkpoints, and prints a status line.
/// Started again on the same DIR it resumes from the checkpoint. Ctrl+C writes a last checkpoint and exits 130.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Feeds, each optionally NAME=URL: tcp://HOST:PORT (connect to a feed; reconnects, and a feed that serves each connection from its start resumes), "
                + "tcp-listen://HOST:PORT (receivers connect and push), udp://HOST:PORT (listen for datagrams), file:PATH (follow a growing file), "
                + "PATH (read a finished file), - (standard input). The same sentence heard by several receivers is taken once. "
                + "What listeners (tcp-listen, udp) are sent while the watch is down is lost; the others resume from the checkpoint.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Directory for events.jsonl, picket.duckdb and the checkpoint (an existing checkpoint is resumed)", Required = true };
        var idle = new Option<double?>("--stop-when-idle") { Description = "Stop, flushing everything, after this many seconds without a message" };
        var checkpoint = new Option<double>("--checkpoint-every") { Description = "Seconds between checkpoints", DefaultValueFactory = _ => 30 };
        var status = new Option<double>("--status-every") { Description = "Seconds between status lines on standard error", DefaultValueFactory = _ => 10 };
        var lists = new Option<string?>("--lists") { Description = "Directory of sanctions lists (as picket analyze --lists): a vessel they list is watched (watchlist_dark, watchlist_identity alerts)" };
        var watchlist = new Option<string?>("--watchlist") { Description = "Your watchlist: CSV with a header of imo, mmsi, name, note (any of them) or a JSON array of such objects; read again when it changes" };
        var noStore = new Option<bool>("--no-store") { Description = "Do not write picket.duckdb" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No status lines; only errors and the final summary" };
        var timeWindow = TimeWindowOption.Create();
        var command = new Command("watch", "Watch live AIS feeds: events as they close into events.jsonl and picket.duckdb, checkpointed so a restart resumes.")
        {
            sources, output, lists, watchlist, idle, checkpoint, status, noStore, quiet, timeWindow,
        };
        var alertTargets = new AlertTargetOptions();
        alertTargets.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var feeds = WatchSources.Parse(parse.GetValue(sources)!);
            if (parse.GetValue(idle) is { } s && !(s > 0)) throw CliError.Usage("--stop-when-idle takes a number of seconds above 0");
            if (!(parse.GetValue(checkpoint) > 0) || !(parse.GetValue(status) > 0)) throw CliError.Usage("--checkpoint-every and --status-every take seconds above 0");
            var targets = alertTargets.Parse(parse);
            var request = new LiveRequest
            {
                AlertFiles = targets.Files, Webhooks = targets.Webhooks, AlertsDrainTimeout = targets.Drain,
                ListsDirectory = parse.GetValue(lists), WatchlistFile = parse.GetValue(watchlist),
                Sources = feeds, OutputDirectory = parse.GetValue(output)!, Store = !parse.GetValue(noStore),
                StopWhenIdle = parse.GetValue(idle) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                CheckpointInterval = TimeSpan.FromSeconds(parse.GetValue(checkpoint)),
                StatusInterval = TimeSpan.FromSeconds(parse.GetValue(status)),
                PlausibleTimeWindow = TimeWindowOption.Window(parse, timeWindow),
                Listening = (name, at) => Console.Error.WriteLine($"watch: {name} listening on {at}"),
            };
            bool quietly = parse.GetValue(quiet);
            var result = await new LiveAnalysisJob(request, progress: quietly ? null : new StatusPrinter()).RunAsync(ct);
            Console.WriteLine($"watch {(result.Finished ? "finished" : "stopped; resumes from its checkpoint")}{(result.Resumed ? " (resumed)" : "")}: "
                + $"{result.Status.Messages - result.Status.Sources.Sum(x => x.Skipped):N0} messages analysed ({result.Status.Sources.Sum(x => x.Skipped):N0} skipped as already held), {result.Status.Events:N0} events, {result.Status.Alerts:N0} alert revisions, {result.StoredPositions:N0} positions stored, {result.Status.Checkpoints} checkpoints");
            // Per source on standard error: standard output keeps its one summary line for scripts.
            foreach (var source in result.Status.Sources) Console.Error.WriteLine("watch source " + WatchSources.Summary(source));
            foreach (var d in result.Status.Deliveries)
                Console.WriteLine(Reporting.DisplayText.Printable($"alerts to {d.Name}: {WatchAlertTargets.Describe(d)}"));
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
            var sources = string.Join("; ", s.Sources.Select(WatchSources.Summary));
            var targets = string.Concat(s.Deliveries.Select(d => $" | alerts to {d.Name}: {WatchAlertTargets.Describe(d)}"));
            Console.Error.WriteLine(Reporting.DisplayText.Printable(string.Create(CultureInfo.InvariantCulture,
                $"watch {s.Elapsed:hh\\:mm\\:ss}: {s.MessagesPerSecond:N0} msg/s, lag {lag}, queue {s.QueueDepth}/{s.QueueCapacity} (waits {s.ReaderWaits:N0}), {s.Events:N0} events, {s.Alerts:N0} alerts, {s.Checkpoints} checkpoints{WatchMemoryText.Describe(s.Memory)} | {sources}{targets}")));
        }
    }
}
