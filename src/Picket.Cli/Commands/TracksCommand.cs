using System.CommandLine;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Tracks;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket tracks FILE... --out DIR</c>: decodes AIS (NMEA or CSV, plain or gzip), builds per-vessel segments and
/// writes <c>DIR/segments.geojson</c> (one LineString per segment, with its id, MMSI and role) and <c>DIR/events.jsonl</c>
/// (position jumps, identity clashes, identity changes). Input should be roughly in time order.
/// </summary>
internal static class TracksCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA or CSV files, plain or gzip, in time order", Arity = ArgumentArity.OneOrMore };
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
            var clock = TimeWindowOption.Clock(parse, timeWindow);
            var inputs = Picket.Analysis.AnalysisInputs.Resolve(parse.GetValue(files)!, Console.Error, "tracks");
            return await RunAsync(inputs, parse.GetValue(output)!, new TrackBuilderOptions { MaxSpeedKnots = knots, MaxVessels = MaxVesselsOption.Get(parse, maxVessels) }, clock, parse.GetValue(quiet), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> files, string outDir, TrackBuilderOptions options, FeedClock clock, bool quiet, CancellationToken ct)
    {
        OutputDirectory.Prepare(outDir);
        int exit = ExitCodes.Ok;
        using var geoFile = AtomicFile.Create(Path.Combine(outDir, "segments.geojson"));
        using var eventFile = AtomicFile.Create(Path.Combine(outDir, "events.jsonl"));
        var geoStream = new BufferedStream(geoFile.Stream, 1 << 16);
        var eventStream = new BufferedStream(eventFile.Stream, 1 << 16);
        using var events = new JsonLinesEventWriter(eventStream, leaveOpen: true);
        var segments = new GeoJsonSegmentSink(geoStream);
        var tracker = new VesselTracker(segments, events, options);
        var feed = new AisFeed(tracker) { Clock = clock };
        foreach (var file in files)
        {
            feed.BeginInput();
            try
            {
                await using var input = await AisInput.OpenAsync(new FileSource(file), cancellationToken: ct);
                if (input.Format == AisInputFormat.Csv)
                {
                    var csvStats = new CsvReadStatistics();
                    foreach (var record in AisCsvReader.Read(input.Content, csvStats)) feed.OnRecord(record);
                    if (!quiet) await Console.Error.WriteAsync($"{file} (CSV):\n{csvStats}");
                    continue;
                }
                var decoder = new AisDecoder();
                await NmeaStreamReader.ReadAsync(input.Content, decoder, feed, cancellationToken: ct);
                if (!quiet) await Console.Error.WriteAsync($"{file}:\n{decoder.Statistics}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"picket tracks: cannot read {file}: {e.Message}");
                exit = ExitCodes.InputError;
            }
        }
        tracker.Flush();
        segments.Dispose();
        await eventStream.FlushAsync(ct);
        await geoStream.FlushAsync(ct);
        geoFile.Commit();
        eventFile.Commit();
        if (!quiet)
            await Console.Error.WriteAsync(
                $"input: {feed.Positions} positions, {feed.Identities} identity reports, {feed.WithoutTime} without a time (skipped), {feed.WithoutPosition} without a position (skipped), {feed.ImplausibleTime} with an implausible time (dropped)\n" +
                $"tracks: {tracker.Tracks.Stats}\nwrote {segments.Features} segments and {events.Written} events to {outDir}\n");
        return exit;
    }
}
