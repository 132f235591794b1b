using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Input;
using Picket.Core.Observations;
using Picket.Core.Tracks;
using Picket.Reporting;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// The analysis's input stage. Every input is opened through <see cref="AisInput"/> (one sniff, one content hash),
/// decoded once, and each observation goes both to the analysis feed and to the store (<see cref="ObservationTee"/>).
/// Several inputs covering the same hours (two receivers, terrestrial plus satellite) are read at the same time and
/// merged by time (<see cref="TimeMergedFeed"/>), so the order of the files on the command line never changes the
/// answer; each input still gets its own store lane, so the ingest log records each file's rows, hash and prefix.
/// </summary>
internal sealed class InputReader(AnalysisOptions options, Func<VesselFix, bool> filter)
{
    private readonly Lock _progress = new();

    /// <summary>What reading one input gave, gathered after the merge (the readers run on their own threads).</summary>
    private sealed class InputResult
    {
        public AisFeed? Feed;
        public AisDecoder? Decoder;
        public CsvReadStatistics? Csv;
        public bool Complete;
    }

    /// <summary>Reads every input into <paramref name="target"/> (and the store); false when an input could not be read to its end.</summary>
    public async Task<bool> ReadAsync(IFeedTarget target, AnalysisSummary summary, LiveIngest? live,
        IReadOnlyDictionary<string, ContentPrefix> stored, CancellationToken ct)
    {
        var files = options.Inputs;
        var results = new InputResult[files.Count];
        var lanes = new LiveIngestLane?[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            results[i] = new InputResult();
            lanes[i] = live == null ? null : i == 0 ? live.MainLane : live.OpenLane();
        }
        Action<int>? onRead = options.OnBytesRead is { } report ? n => { lock (_progress) report(n); } : null;
        var merged = new TimeMergedFeed(target);
        await merged.RunAsync(files.Count, async (i, into) =>
        {
            // Each input has its own plausibility clock: the inputs are read at the same time.
            var feed = new AisFeed(into) { Filter = filter, Clock = files.Count == 1 ? options.Clock : new FeedClock(options.Clock.Window) };
            results[i].Feed = feed;
            results[i].Complete = await ReadFileAsync(files[i], feed, lanes[i], stored.GetValueOrDefault(files[i]), results[i], onRead, ct).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);

        bool complete = true;
        for (int i = 0; i < files.Count; i++)
        {
            var r = results[i];
            complete &= r.Complete;
            if (r.Feed is { } feed)
            {
                summary.Positions += feed.Positions;
                summary.FilteredOut += feed.FilteredOut;
                summary.ImplausibleTimes += feed.ImplausibleTime;
            }
            if (r.Decoder != null) summary.Decode.Add(r.Decoder.Statistics);
            if (r.Csv is not { } csv) continue;
            summary.CsvRows += csv.Rows;
            summary.CsvRejected += csv.RejectedRows;
            // A CSV that gave nothing says why (an unknown layout names the columns expected and found), and how its
            // dates were read, instead of an empty report without a reason.
            if (csv.Problem != null)
            {
                summary.InputNotes.Add($"{files[i]}: {csv.Problem}");
                await Console.Error.WriteLineAsync(DisplayText.Printable($"picket analyze: {files[i]}: {csv.Problem}")).ConfigureAwait(false);
            }
            if (csv.DateOrderNote != null) summary.InputNotes.Add($"{files[i]}: dates {csv.DateOrderNote}");
        }
        if (merged.Duplicates > 0) summary.InputNotes.Add($"{merged.Duplicates:N0} reports heard in more than one input were counted once");
        return complete;
    }

    /// <summary>
    /// Reads one input; false (after saying why) when it cannot be read. A read that breaks off (corrupt gzip, I/O
    /// error) keeps what was decoded, and the store logs the file as incomplete, so <c>picket ingest</c> can resume it
    /// and no row is counted under another file.
    /// </summary>
    /// <param name="stored">The prefix of this file already in the store: its messages go to the analysis, not to the store again.</param>
    private async Task<bool> ReadFileAsync(string file, AisFeed feed, LiveIngestLane? lane, ContentPrefix? stored, InputResult result,
        Action<int>? onRead, CancellationToken ct)
    {
        AisInput? input = null;
        PrefixTrackingStream? content = null;
        feed.BeginInput();
        try
        {
            input = await AisInput.OpenAsync(new FileSource(file), onRead, ct).ConfigureAwait(false);
            if (input.Format == AisInputFormat.Csv)
            {
                var stats = result.Csv = new CsvReadStatistics();
                IObservationSink sink = lane == null ? feed : new ObservationTee(feed, lane);
                foreach (var record in AisCsvReader.Read(input.Content, stats))
                    CsvObservations.Map(record, sink);
            }
            else
            {
                var decoder = result.Decoder = new AisDecoder();
                content = new PrefixTrackingStream(input.Content, stored?.Bytes ?? 0);
                IObservationSink sink = lane == null ? feed : new ObservationTee(feed, new StoreAfterPrefix(lane, content));
                await NmeaStreamReader.ReadAsync(content, decoder, new AisMessageObservations(sink), cancellationToken: ct).ConfigureAwait(false);
            }
            await EndFileAsync(complete: true).ConfigureAwait(false);
            if (!options.Quiet && Console.IsErrorRedirected)
                await Console.Error.WriteLineAsync($"read {file}: {result.Decoder?.Statistics.Lines ?? result.Csv?.Rows ?? 0:N0} lines so far, {feed.Positions:N0} positions").ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"picket analyze: cannot read {file}{(input != null ? " to its end" : "")}: {e.Message}").ConfigureAwait(false);
            if (input != null)
            {
                try { await EndFileAsync(complete: false).ConfigureAwait(false); }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    await Console.Error.WriteLineAsync($"picket analyze: {file} could not be hashed for the store's log: {again.Message}").ConfigureAwait(false);
                }
            }
            return false;
        }
        finally
        {
            if (content != null) await content.DisposeAsync().ConfigureAwait(false);
            if (input != null) await input.DisposeAsync().ConfigureAwait(false);
        }

        async Task EndFileAsync(bool complete)
        {
            if (lane == null) return;
            string hash;
            try { hash = await input!.FinishHashAsync(ct).ConfigureAwait(false); }
            catch (Exception e) when (e is IOException or InvalidOperationException) { hash = FileHash.Compute(file); }
            long size = new FileInfo(file).Length;
            if (result.Csv is { } csv)
                lane.EndFile(file, hash, size, InputFormat.Csv, csv.Rows, csv.RejectedRows, RejectedReasons.Json(csv), complete);
            else
            {
                var stats = result.Decoder!.Statistics;
                lane.EndFile(file, hash, size, InputFormat.Nmea, stats.Lines, stats.RejectedLines, RejectedReasons.Json(stats), complete, content?.Prefix());
            }
        }
    }
}
