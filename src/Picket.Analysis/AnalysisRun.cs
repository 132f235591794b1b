using System.Globalization;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Reporting;
using Picket.Reporting.GeoJson;
using Picket.Reporting.Html;
using Picket.Reporting.JsonLines;
using Picket.Reporting.Kml;
using Picket.Core;
using Picket.Core.Assessment;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Ports;
using Picket.Core.Vessels;
using Picket.Screening.Lists;
using Picket.Store;
using Picket.Store.Ingest;
using Picket.Store.Results;

namespace Picket.Analysis;

/// <summary>
/// The main job: decode → tracks → detectors → screening → assessment → outputs (<c>events.jsonl</c>,
/// <c>vessels.jsonl</c>, <c>report.html</c>). Positions stream through; what is kept grows with vessels and events,
/// not with input length (tracks are kept only as thinned sketches for the report).
/// </summary>
public sealed class AnalysisRun(AnalysisOptions options)
{
    public AnalysisSummary Summary { get; } = new();

    /// <summary>Runs the analysis; false when an input could not be read to its end or the store was not written.</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        // Everything that can be wrong with the request is found before the work: the outputs' directory, the lists,
        // the reported deliveries (the inputs were resolved by the command).
        OutputDirectory.Prepare(options.OutDir);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name) { Summary.PhaseSeconds[name] = clock.Elapsed.TotalSeconds; clock.Restart(); }
        var reported = ReportedDeliveriesFile.Read(options.ReportedDeliveries, Console.Error);
        var lists = LoadLists();
        var companies = CompanyLinks.Load(options.Registry, lists, Summary);
        Phase("load_lists");
        bool complete = true;
        var collected = new EvidenceEvents();
        // Closed as soon as the detectors are flushed: the store reads the file back.
        using var eventsOut = AtomicFile.Create(Path.Combine(options.OutDir, "events.jsonl"));
        var eventFile = new JsonLinesEventWriter(eventsOut.Stream, leaveOpen: true);
        var events = new EventTee(eventFile, collected);
        var sketches = new ReportTrackSink();
        VesselTracker? tracker = null;
        var detectors = new SeaEventDetectors(events, new DetectionOptions(), m => tracker!.Identities.Resolve(m), sketches);
        tracker = new VesselTracker(detectors, events, new Core.Tracks.TrackBuilderOptions { MaxVessels = options.MaxVessels });
        var draught = new Dictionary<uint, List<DraughtPoint>>();
        // Reading and decoding stay on this thread; tracks, detectors and everything they feed run on the hand-off's
        // consumer thread, in input order. Nothing below touches the consumer's state until Complete() returns.
        var handoff = new FeedHandoff(new TrackerFeedTarget(tracker, report =>
        {
            detectors.OnIdentity(report);
            if (report.DraughtMetres is not double d) return;
            if (!draught.TryGetValue(report.Mmsi.Value, out var list)) draught[report.Mmsi.Value] = list = [];
            if (list.Count == 0 || Math.Abs(list[^1].Metres - d) >= 0.05) list.Add(new DraughtPoint(report.Time, d));
        }));
        var feed = new AisFeed(new DuplicateFilter(handoff)) { Filter = InWindow, Clock = options.Clock }; // one report heard by two receivers counts once
        using var store = OpenStore();
        // Looked up before the store's writer thread owns the connection: inputs that extend a file already stored.
        var extending = store == null ? [] : StoredPrefixes.Find(store, options.Inputs);
        using var live = store == null ? null : new LiveIngest(store);
        bool storeWritten = false;
        try
        {
            foreach (var file in options.Inputs)
                if (!await ReadFileAsync(file, options.OnBytesRead, feed, live, extending.GetValueOrDefault(file), ct)) complete = false;
            handoff.Complete();
            Phase("read_decode_track_detect");
            // What the streaming stages hold at the end of input (a full collection on a heap of tens of MB takes
            // milliseconds): the figure that shows memory following vessels and events, not the length of the input.
            Summary.LiveHeapBytesAfterRead = GC.GetTotalMemory(forceFullCollection: true);
            storeWritten = CompleteStore(live);
            Phase("store_positions");
        }
        finally
        {
            handoff.Dispose();
        }
        if (live != null) Summary.StoredPositions = live.Positions;
        if (!storeWritten && live != null) complete = false;
        tracker.Flush();
        detectors.Flush();
        eventFile.Dispose();
        eventsOut.Commit();
        Summary.Positions = feed.Positions;
        Summary.FilteredOut = feed.FilteredOut;
        Summary.ImplausibleTimes = feed.ImplausibleTime;
        foreach (var (type, count) in collected.CountByType) Summary.EventsByType[type.ToWireName()] = count;

        var records = Records(tracker, collected.Events, sketches);
        var assessor = new RiskAssessor();
        var eventsOf = collected.Events.SelectMany(e => e.Vessels.Select(v => v.Mmsi).Distinct().Select(m => (Mmsi: m, Event: e)))
            .ToLookup(p => p.Mmsi, p => p.Event);
        var vessels = new List<ReportVessel>();
        var riskRows = new List<VesselRiskRow>();
        var screened = new List<(VesselRecord Record, IReadOnlyList<ListMatchEvidence> Matches)>();
        using (var vesselsOut = AtomicFile.Create(Path.Combine(options.OutDir, "vessels.jsonl")))
        {
            var vesselStream = vesselsOut.Stream;
            foreach (var record in records)
            {
                var matches = lists == null ? [] : VesselScreening.Screen(lists.Screener, record);
                var behind = companies.For(record, matches);
                var track = sketches.TrackOf(record.Mmsi.Value);
                var risk = assessor.Assess(record.Mmsi, eventsOf[record.Mmsi], record.Flags, matches, DeliveryFinder.IsDprkPortCall,
                    behind.SelectMany(c => c.Paths), track.Count > 0 ? (track[0].Time, track[^1].Time) : null);
                if (risk.Factors.Any(f => f.Practice == DeceptivePractice.ComplexOwnership)) Summary.VesselsWithListedCompany++;
                VesselsJsonWriter.WriteLine(vesselStream, record, matches, risk, behind);
                riskRows.Add(new VesselRiskRow(risk, record.Current?.Name, record.Current?.Imo, record.Flag?.Code));
                if (matches.Count > 0) screened.Add((record, VesselScreening.ForStore(matches)));
                Summary.CountListResults(matches);
                if (risk.IsHighRisk) Summary.HighRiskVessels++;
                var current = record.Current;
                vessels.Add(new ReportVessel(record.Mmsi.Value, current?.Name, current?.Imo, record.Flag?.Code, current?.ShipType?.ToString(), risk,
                    track, draught.TryGetValue(record.Mmsi.Value, out var dp) ? dp : [], matches) { Companies = behind });
            }
            vesselsOut.Commit();
        }
        Summary.Vessels = records.Count;
        Phase("screen_assess");
        if (store != null && storeWritten)
        {
            AnalysisResults.WriteEventsFile(store, Path.Combine(options.OutDir, "events.jsonl"), out _);
            AnalysisResults.WriteRisks(store, riskRows);
            companies.WriteStore(store);
            if (lists != null)
                foreach (var (record, matches) in screened) AnalysisResults.WriteScreening(store, record.Mmsi.Value, record.Current?.Imo, record.Current?.Name, matches, DateTimeOffset.UtcNow);
        }

        Phase("store_results");
        var byMmsi = records.ToDictionary(r => r.Mmsi);
        var deliveries = DeliveryFinder.Find(collected.Events, m => byMmsi.GetValueOrDefault(m), options.Product);
        Summary.Deliveries = deliveries.Count;
        var model = new ReportModel
        {
            Title = "Picket report",
            Generated = DateTimeOffset.UtcNow,
            Inputs = options.Inputs.Select(Path.GetFileName).OfType<string>().ToList(),
            Reproduce = options.CommandLine,
            Events = collected.Events,
            RoutinePortCalls = collected.RoutinePortCalls,
            Vessels = vessels,
            Ports = PortTable.Default.Ports.Select(p => new ReportPort(p.Name, p.Country, p.Lat, p.Lon, p.IsDprk)).ToList(),
            CapTable = CapAccounting.ByYear(deliveries, reported),
            Summary = Summary.ForReport(),
            Companies = companies.ForReport(vessels),
        };
        AtomicFile.WriteText(Path.Combine(options.OutDir, "report.html"), html => HtmlReportWriter.Write(html, model));
        Phase("report");
        if (options.GeoJson)
            AtomicFile.Write(Path.Combine(options.OutDir, "map.geojson"), geo => GeoJsonMapWriter.Write(geo, vessels, collected.Events));
        if (options.Kml)
            AtomicFile.WriteText(Path.Combine(options.OutDir, "map.kml"), kml => KmlMapWriter.Write(kml, vessels, collected.Events));
        return complete;
    }

    /// <summary>
    /// Reads one input into the feed; false (after saying why) when it cannot be read. A read that breaks off (corrupt
    /// gzip, I/O error) keeps what was decoded, and the store logs the file as incomplete, so <c>picket ingest</c> can
    /// resume it and no row is counted under another file.
    /// </summary>
    /// <param name="stored">The prefix of this file already in the store: its messages go to the analysis, not to the store again.</param>
    private async Task<bool> ReadFileAsync(string file, Action<int>? onRead, AisFeed feed, LiveIngest? live, ContentPrefix? stored, CancellationToken ct)
    {
        bool csv = false, opened = false, counted = false;
        var decoder = new AisDecoder();
        var csvStats = new CsvReadStatistics();
        HashingStream? hashing = null;
        PrefixTrackingStream? content = null;
        feed.BeginInput();
        try
        {
            csv = InputFiles.IsCsv(file);
            await using (var input = InputStreams.Open(file, onRead, out hashing))
            {
                opened = true;
                if (csv)
                {
                    foreach (var record in AisCsvReader.Read(input, csvStats))
                    {
                        feed.OnRecord(record);
                        live?.OnRecord(record);
                    }
                }
                else
                {
                    await using (content = new PrefixTrackingStream(input, stored?.Bytes ?? 0))
                        await NmeaStreamReader.ReadAsync(content, decoder, new TeeMessageSink(feed, live, content), cancellationToken: ct);
                }
            }
            EndFile(complete: true);
            if (!options.Quiet && Console.IsErrorRedirected)
                await Console.Error.WriteLineAsync($"read {file}: {Summary.Decode.Lines:N0} lines so far, {feed.Positions:N0} positions");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"picket analyze: cannot read {file}{(opened ? " to its end" : "")}: {e.Message}");
            if (opened)
            {
                try { EndFile(complete: false); }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"picket analyze: {file} could not be hashed for the store's log: {again.Message}");
                }
            }
            return false;
        }

        void EndFile(bool complete)
        {
            if (!counted) // once, even when the complete end fails and the incomplete one follows
            {
                counted = true;
                if (csv)
                {
                    Summary.CsvRows += csvStats.Rows;
                    Summary.CsvRejected += csvStats.RejectedRows;
                    // A CSV that gave nothing says why (an unknown layout names the columns expected and found), and
                    // how its dates were read, instead of an empty report without a reason.
                    if (csvStats.Problem != null)
                    {
                        Summary.InputNotes.Add($"{file}: {csvStats.Problem}");
                        Console.Error.WriteLine(DisplayText.Printable($"picket analyze: {file}: {csvStats.Problem}"));
                    }
                    if (csvStats.DateOrderNote != null) Summary.InputNotes.Add($"{file}: dates {csvStats.DateOrderNote}");
                }
                else Summary.Decode.Add(decoder.Statistics);
            }
            if (live == null) return;
            string hash = hashing is { HashComplete: true } ? hashing.HashHex : FileHash.Compute(file);
            long size = new FileInfo(file).Length;
            if (csv) live.EndFile(file, hash, size, InputFormat.Csv, csvStats.Rows, csvStats.RejectedRows, RejectedReasons.Json(csvStats), complete);
            else live.EndFile(file, hash, size, InputFormat.Nmea, decoder.Statistics.Lines, decoder.Statistics.RejectedLines, RejectedReasons.Json(decoder.Statistics), complete, content?.Prefix());
        }
    }

    /// <summary>Waits for the store writer; a store that failed is reported and the analysis goes on without it.</summary>
    private static bool CompleteStore(LiveIngest? live)
    {
        if (live == null) return false;
        try
        {
            live.Complete();
            foreach (var f in live.Files.Where(f => f.AlreadyInStore))
                Console.Error.WriteLine($"picket analyze: {f.Path} is already in the store; its positions were not added again");
            return true;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"picket analyze: the store was not written: {e.Message}");
            return false;
        }
    }

    /// <summary>The run's store, <c>picket.duckdb</c> beside the other outputs; null with <c>--no-store</c>.</summary>
    private StoreDatabase? OpenStore()
    {
        if (!options.Store) return null;
        string path = Path.Combine(options.OutDir, "picket.duckdb");
        if (StoreDatabase.TryOpen(path, out var store, out var error)) return store;
        throw AnalysisException.Output($"cannot open the store {path}: {error}");
    }

    private bool InWindow(Core.Tracks.VesselFix f) =>
        (options.From is not { } from || f.Time >= from) && (options.To is not { } to || f.Time <= to)
        && (options.Bbox is not { } b || (f.Lat >= b.S && f.Lat <= b.N && (b.W <= b.E ? f.Lon >= b.W && f.Lon <= b.E : f.Lon >= b.W || f.Lon <= b.E)));

    private SanctionsLists? LoadLists()
    {
        if (options.ListsDir == null) return null;
        // A mistyped --lists used to skip screening silently with exit 0: a report without screening looks clean.
        if (!Directory.Exists(options.ListsDir))
            throw AnalysisException.Input(File.Exists(options.ListsDir) ? $"--lists {options.ListsDir} is a file; give the directory of lists" : $"--lists {options.ListsDir}: no such directory");
        var lists = SanctionsLists.LoadDirectory(options.ListsDir);
        Summary.Lists = string.Join("; ", lists.Results.Select(r => r.ToString()));
        if (!lists.Results.Any(r => r.Succeeded))
            throw AnalysisException.Input($"--lists {options.ListsDir}: no sanctions list could be loaded from it ({(lists.Results.Count == 0 ? "no list files" : Summary.Lists)})");
        foreach (var failed in lists.Results.Where(r => !r.Succeeded))
            Console.Error.WriteLine($"picket analyze: list not loaded: {DisplayText.Printable(failed.ToString())}");
        return lists;
    }

    /// <summary>Every vessel seen: identity records from static reports, plus bare records for vessels heard only in positions or events.</summary>
    private static List<VesselRecord> Records(VesselTracker tracker, IReadOnlyList<PicketEvent> events, ReportTrackSink sketches)
    {
        var records = tracker.Identities.Records().ToDictionary(r => r.Mmsi);
        foreach (var mmsi in events.SelectMany(e => e.Vessels.Select(v => v.Mmsi)).Concat(sketches.Vessels.Select(m => new Mmsi(m))))
        {
            if (records.ContainsKey(mmsi)) continue;
            var flags = mmsi.Flag == null ? IdentityFlags.MidNotCountry : mmsi.Mid == 445 ? IdentityFlags.DprkMid : IdentityFlags.None;
            records[mmsi] = new VesselRecord(mmsi, mmsi.Flag, flags, [], 0);
        }
        return [.. records.Values.OrderBy(r => r.Mmsi.Value)];
    }
}
