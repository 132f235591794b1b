using System.CommandLine;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Messages;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket detect FILE... --out DIR</c>: decodes AIS (NMEA or CSV, plain or gzip), builds tracks and runs the
/// sea-event detectors, writing <c>DIR/events.jsonl</c>. Each input should be roughly in time order (the track builder
/// repairs <c>--reorder-minutes</c> of disorder; later fixes are counted as too late); several inputs are merged by
/// time (<see cref="TimeMergedFeed"/>), so their order does not matter. Counts go to standard error.
/// </summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA or CSV files, plain or gzip, each roughly in time order (several are merged by time); '-' for standard input", Arity = ArgumentArity.OneOrMore };
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
            var clock = TimeWindowOption.Clock(parse, timeWindow);
            var inputs = Picket.Analysis.AnalysisInputs.Resolve(parse.GetValue(files)!, Console.Error, "detect", allowStdin: true);
            return await RunAsync(inputs, parse.GetValue(output)!, options, trackOptions, clock, parse.GetValue(quiet), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> files, string outDir, DetectionOptions options, TrackBuilderOptions trackOptions, FeedClock clock, bool quiet, CancellationToken ct)
    {
        OutputDirectory.Prepare(outDir);
        var path = Path.Combine(outDir, "events.jsonl");
        var exit = ExitCodes.Ok;
        using var eventFile = AtomicFile.Create(path);
        var stream = new BufferedStream(eventFile.Stream, 1 << 16);
        using var writer = new JsonLinesEventWriter(stream, leaveOpen: true);
        VesselTracker? tracker = null;
        var detectors = new SeaEventDetectors(writer, options, m => tracker!.Identities.Resolve(m));
        tracker = new VesselTracker(detectors, writer, trackOptions);
        var target = new TrackerFeedTarget(tracker, report => detectors.OnIdentity(report));
        // Inputs covering the same hours (two receivers) are merged by time: the order of the files must not matter.
        var feeds = new AisFeed[files.Count];
        var merged = new TimeMergedFeed(target);
        await merged.RunAsync(files.Count, async (i, into) =>
        {
            // Each input has its own plausibility clock: the inputs are read at the same time.
            var file = files[i];
            var feed = feeds[i] = new AisFeed(into) { Clock = files.Count == 1 ? clock : new FeedClock(clock.Window) };
            feed.BeginInput();
            try
            {
                // One open: gzip, CSV or NMEA found from the bytes (standard input included).
                await using var input = await AisInput.OpenAsync(AisSources.FromArgument(file), cancellationToken: ct);
                if (input.Format == AisInputFormat.Csv)
                {
                    var csvStats = new CsvReadStatistics();
                    foreach (var record in AisCsvReader.Read(input.Content, csvStats))
                        feed.OnRecord(record);
                    if (!quiet)
                        await Console.Error.WriteAsync($"{file} (CSV):\n{csvStats}");
                    return;
                }
                var decoder = new AisDecoder();
                await NmeaStreamReader.ReadAsync(input.Content, decoder, feed, cancellationToken: ct);
                if (!quiet)
                    await Console.Error.WriteAsync($"{file}:\n{decoder.Statistics}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"picket detect: cannot read {file}: {e.Message}");
                exit = ExitCodes.InputError;
            }
        }, ct);
        var feedTotal = (Positions: feeds.Sum(f => f.Positions), Identities: feeds.Sum(f => f.Identities), WithoutTime: feeds.Sum(f => f.WithoutTime),
            WithoutPosition: feeds.Sum(f => f.WithoutPosition), ImplausibleTime: feeds.Sum(f => f.ImplausibleTime));
        tracker.Flush();
        detectors.Flush();
        await stream.FlushAsync(ct);
        eventFile.Commit();
        if (!quiet)
        {
            var s = tracker.Tracks.Stats;
            await Console.Error.WriteAsync(
                $"input: {feedTotal.Positions} positions, {feedTotal.Identities} identity reports, {feedTotal.WithoutTime} messages without a time (skipped), {feedTotal.WithoutPosition} positions not available (skipped), {feedTotal.ImplausibleTime} with an implausible time (dropped)" +
                (merged.Duplicates > 0 ? $", {merged.Duplicates} heard by more than one input (merged once)" : "") + "\n" +
                $"tracks: {s}\n" +
                detectors.Stats + $"wrote {writer.Written} events to {path}\n");
        }
        return exit;
    }
}
