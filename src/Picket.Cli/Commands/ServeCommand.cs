using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Picket.Core.Input.Live;
using Picket.Web;
using Picket.Web.Security;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket serve [DIR|--db FILE] [--watch SOURCE… [--watch-out DIR] [--alerts URL|FILE]… [--alerts-secret-env NAME]] [--lists DIR] [--urls URL] [--api-key KEY] [--trust-proxy HEADER --proxy-address IP[,IP] [--proxy-writes]]</c>: the HTTP API and the dashboard over
/// one store. A thin host: <see cref="PicketServer"/> builds the application; this parses, prints where it listens,
/// and maps a refusal to an exit code.
/// </summary>
internal static class ServeCommand
{
    public const string ApiKeyVariable = "PICKET_API_KEY";
    public const string TrustedProxyVariable = "PICKET_TRUSTED_PROXY";
    public const string ProxyAddressVariable = "PICKET_PROXY_ADDRESSES";

    public static Command Create()
    {
        var dir = new Argument<string?>("DIR") { Description = "An analysis folder (picket.duckdb in it or in its analysis/ folder, as picket demo writes)", Arity = ArgumentArity.ZeroOrOne };
        var db = new Option<string?>("--db") { Description = "The store (a DuckDB file; created when absent)" };
        var lists = new Option<string?>("--lists") { Description = "Sanctions lists for /match (default $PICKET_LISTS or ~/.picket/lists)" };
        var urls = new Option<string>("--urls") { Description = "Where to listen (beyond loopback needs --api-key or --trust-proxy)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var key = new Option<string?>("--api-key") { Description = $"The key writes need (and remote reads); default ${ApiKeyVariable}" };
        var proxyHeader = new Option<string?>("--trust-proxy") { Description = $"A header the reverse proxy sets to the authenticated user (e.g. X-Forwarded-User), trusted for reads from --proxy-address only; default ${TrustedProxyVariable}" };
        var proxyAddress = new Option<string?>("--proxy-address") { Description = $"The proxy's address(es): IP or CIDR, comma-separated; default ${ProxyAddressVariable}" };
        var proxyWrites = new Option<bool>("--proxy-writes") { Description = "Let users named by the trusted proxy write too (uploads, analyses, list updates); otherwise writes need the key" };
        var upload = new Option<long>("--max-upload-mb") { Description = "Largest upload accepted, in MB", DefaultValueFactory = _ => 256 };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per second per client address (0 = no limit)", DefaultValueFactory = _ => 2000 };
        var inputs = new Option<string?>("--inputs") { Description = "A server folder whose files POST /api/v1/analyses may name" };
        var watch = new Option<string[]>("--watch") { Description = "Also watch these live feeds (as picket watch takes them: tcp://HOST:PORT, tcp-listen://HOST:PORT, udp://HOST:PORT, file:PATH, -) into the store; live map and /api/v1/live/*", AllowMultipleArgumentsPerToken = true };
        var watchOut = new Option<string?>("--watch-out") { Description = "The watch's folder (events.jsonl, alerts.jsonl, checkpoint; a checkpoint there is resumed); default serve-work/watch beside the store" };
        var refresh = new Option<double>("--watch-refresh") { Description = "Seconds between rebuilds of the vessel directory and pages while the watch writes (each rebuild reads the whole store)", DefaultValueFactory = _ => 15 };
        var command = new Command("serve", "Serve the API and the dashboard over a store, optionally watching live feeds into it.") { dir, db, lists, urls, key, proxyHeader, proxyAddress, proxyWrites, upload, rate, inputs, watch, watchOut, refresh };
        // The watch's alert targets, the same options and parser as picket watch's.
        var alertTargets = new AlertTargetOptions();
        alertTargets.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            var feeds = new List<LiveSourceAddress>();
            foreach (var text in parse.GetValue(watch) ?? [])
            {
                if (!LiveSourceAddress.TryParseArgument(text, out var address, out var sourceError))
                {
                    await Console.Error.WriteLineAsync($"picket serve: --watch {sourceError}");
                    return ExitCodes.Usage;
                }
                feeds.Add(address);
            }
            if (!(parse.GetValue(refresh) >= 1))
            {
                await Console.Error.WriteLineAsync("picket serve: --watch-refresh takes seconds, at least 1");
                return ExitCodes.Usage;
            }
            if (feeds.Count == 0 && alertTargets.AnyGiven(parse))
            {
                await Console.Error.WriteLineAsync("picket serve: --alerts and its options need --watch");
                return ExitCodes.Usage;
            }
            var targets = feeds.Count == 0 ? null : alertTargets.Parse(parse);
            // A watching server may start on an empty folder: the watch fills the store it creates.
            string? store = parse.GetValue(db) ?? FindStore(parse.GetValue(dir) ?? ".")
                ?? (feeds.Count > 0 ? Path.Combine(parse.GetValue(dir) ?? ".", "picket.duckdb") : null);
            if (store == null)
            {
                await Console.Error.WriteLineAsync($"picket serve: no picket.duckdb in {parse.GetValue(dir) ?? "."} or its analysis/ folder (run picket analyze or picket demo first, or name one with --db)");
                return ExitCodes.InputError;
            }
            string? header = parse.GetValue(proxyHeader) ?? NullIfEmpty(Environment.GetEnvironmentVariable(TrustedProxyVariable));
            string? proxies = parse.GetValue(proxyAddress) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ProxyAddressVariable));
            TrustedProxy? proxy = null;
            if (header != null)
            {
                proxy = TrustedProxy.TryCreate(header, proxies ?? "", parse.GetValue(proxyWrites), out var proxyError);
                if (proxy == null)
                {
                    await Console.Error.WriteLineAsync($"picket serve: {proxyError}");
                    return ExitCodes.Usage;
                }
            }
            else if (proxies != null || parse.GetValue(proxyWrites))
            {
                await Console.Error.WriteLineAsync($"picket serve: --proxy-address and --proxy-writes need --trust-proxy HEADER (or ${TrustedProxyVariable})");
                return ExitCodes.Usage;
            }
            var options = new ServeOptions
            {
                StorePath = store,
                ListsDirectory = parse.GetValue(lists),
                Urls = parse.GetValue(urls)!,
                ApiKey = parse.GetValue(key) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable)),
                TrustedProxy = proxy,
                MaxUploadBytes = Math.Max(1, parse.GetValue(upload)) * 1024 * 1024,
                RequestsPerSecond = Math.Max(0, parse.GetValue(rate)),
                InputDirectory = parse.GetValue(inputs),
                Watch = feeds.Count == 0 ? null : new LiveWatchOptions
                {
                    Sources = feeds, Directory = parse.GetValue(watchOut), RefreshInterval = TimeSpan.FromSeconds(parse.GetValue(refresh)),
                    AlertFiles = targets!.Files, Webhooks = targets.Webhooks, AlertsDrainTimeout = targets.Drain,
                },
            };
            var app = PicketServer.Build(options, out var refusal);
            if (app == null)
            {
                await Console.Error.WriteLineAsync($"picket serve: {refusal!.Message}");
                return refusal.Kind == ServeRefusalKind.Usage ? ExitCodes.Usage : ExitCodes.OutputError;
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(ct);
                }
                catch (IOException e)
                {
                    await Console.Error.WriteLineAsync($"picket serve: cannot listen on {options.Urls}: {e.Message}");
                    return ExitCodes.Usage;
                }
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"picket serve: {Path.GetFullPath(store)} at {string.Join(" ", addresses)}{(feeds.Count > 0 ? $", watching {string.Join(" ", feeds.Select(f => f.Name))}" : "")} (ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s; Ctrl+C stops)"));
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                }
                await app.StopAsync(CancellationToken.None);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>DIR/picket.duckdb, DIR/analysis/picket.duckdb, or DIR itself when it names a file.</summary>
    internal static string? FindStore(string dir)
    {
        if (File.Exists(dir)) return dir;
        foreach (var candidate in new[] { Path.Combine(dir, "picket.duckdb"), Path.Combine(dir, "analysis", "picket.duckdb") })
            if (File.Exists(candidate)) return candidate;
        return null;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
