using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Input;
using Picket.Core.Observations;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// Reads the inputs of an <see cref="AnalysisJob"/>. Every input is opened through <see cref="AisInput"/> (one sniff,
/// one content hash), decoded once, and each observation goes both to the analysis feed and to the store
/// (<see cref="ObservationTee"/>). Several inputs covering the same hours (two receivers, terrestrial plus satellite)
/// are read at the same time and merged by message time (<see cref="TimeMergedFeed"/>), so the order of the files on
/// the command line never changes the answer; each input still gets its own store lane, so the ingest log records each
/// file's rows, hash and prefix as <c>picket ingest</c> does.
/// </summary>
internal sealed class InputReader(AnalysisRequest request, AnalysisResult result, ProgressReporter progress, TimeProvider time, CancellationToken ct)
{
    private readonly List<AisFeed> _feeds = [];

    /// <summary>The feed's counts over all inputs.</summary>
    public FeedCounts Counts => new(_feeds.Sum(f => f.Positions), _feeds.Sum(f => f.Identities), _feeds.Sum(f => f.WithoutTime),
        _feeds.Sum(f => f.WithoutPosition), _feeds.Sum(f => f.ImplausibleTime), _feeds.Sum(f => f.FilteredOut));

    /// <summary>Reads every input into <paramref name="target"/>; false if one could not be read to its end.</summary>
    /// <param name="target">Receives every observation that passes the window, merged by time.</param>
    /// <param name="live">The store's ingest, fed every decoded observation; null without a store.</param>
    /// <param name="stored">Per NMEA input, the prefix the store already holds: those messages go to the analysis only.</param>
    public async Task<bool> ReadAllAsync(IFeedTarget target, LiveIngest? live, IReadOnlyDictionary<string, ContentPrefix> stored)
    {
        var inputs = request.Inputs;
        var reports = new InputReport?[inputs.Count];
        var lanes = new LiveIngestLane?[inputs.Count];
        for (int i = 0; i < inputs.Count; i++)
            lanes[i] = live == null ? null : i == 0 ? live.MainLane : live.OpenLane();
        bool complete = true;
        Func<Core.Tracks.VesselFix, bool>? filter = request.Window.IsAll ? null : request.Window.Contains;
        var merged = new TimeMergedFeed(target);
        var feeds = new AisFeed?[inputs.Count];
        await merged.RunAsync(inputs.Count, async (i, into) =>
        {
            // Each input has its own plausibility clock: the inputs are read at the same time.
            var feed = feeds[i] = new AisFeed(into) { Filter = filter, Clock = new FeedClock(request.PlausibleTimeWindow, time) };
            if (!await ReadOneAsync(i, feed, lanes[i], stored.GetValueOrDefault(inputs[i]), reports).ConfigureAwait(false)) complete = false;
        }, ct).ConfigureAwait(false);
        _feeds.AddRange(feeds.OfType<AisFeed>());
        result.DuplicatesMerged = merged.Duplicates;
        result.Inputs.AddRange(reports.OfType<InputReport>());
        return complete;
    }

    /// <summary>
    /// Reads one input into the feed (and its store lane); false (after a notice saying why) when it cannot be read. A
    /// read that breaks off (corrupt gzip, I/O error) keeps what was decoded, and the store logs the file as incomplete,
    /// so <c>picket ingest</c> can resume it and no row is counted under another file.
    /// </summary>
    private async Task<bool> ReadOneAsync(int index, AisFeed feed, LiveIngestLane? lane, ContentPrefix? stored, InputReport?[] reports)
    {
        string file = request.Inputs[index];
        AisInput? input = null;
        AisDecoder? decoder = null;
        CsvReadStatistics? csvStats = null;
        PrefixTrackingStream? content = null;
        bool counted = false;
        feed.BeginInput();
        try
        {
            // Only the store keys its files by the hash of their bytes: without it, the hash is not computed.
            input = await AisInput.OpenAsync(Source(file), hashContent: lane != null, progress.OnBytesRead, ct).ConfigureAwait(false);
            if (input.Format == AisInputFormat.Csv)
            {
                csvStats = new CsvReadStatistics();
                IObservationSink sink = lane == null ? feed : new ObservationTee(feed, lane);
                foreach (var record in AisCsvReader.Read(input.Content, csvStats))
                {
                    ct.ThrowIfCancellationRequested();
                    CsvObservations.Map(record, sink);
                }
            }
            else
            {
                decoder = new AisDecoder();
                // The prefix (line count and a SHA-256 of every byte) is the store's ingest log: without a store it is
                // not computed (about 8 % of the reading thread's CPU time on the demo feed).
                if (lane != null) content = new PrefixTrackingStream(input.Content, stored?.Bytes ?? 0);
                IObservationSink sink = lane == null ? feed : new ObservationTee(feed, new StoreAfterPrefix(lane, content!));
                await NmeaStreamReader.ReadAsync(content ?? input.Content, decoder, new AisMessageObservations(sink), cancellationToken: ct).ConfigureAwait(false);
            }
            await EndFileAsync(complete: true).ConfigureAwait(false);
            progress.InputRead(file, result.Summary, feed.Positions);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            progress.Notice($"cannot read {file}{(input != null ? " to its end" : "")}: {e.Message}", file);
            if (input != null)
            {
                try { await EndFileAsync(complete: false).ConfigureAwait(false); }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    progress.Notice($"{file} could not be hashed for the store's log: {again.Message}", file);
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
            bool csv = csvStats != null;
            if (!counted) // once, even when the complete end fails and the incomplete one follows
            {
                counted = true;
                reports[index] = new InputReport(file, csv, decoder?.Statistics, csvStats, complete);
                lock (result.Summary)
                {
                    var summary = result.Summary;
                    if (csvStats != null)
                    {
                        summary.CsvRows += csvStats.Rows;
                        summary.CsvRejected += csvStats.RejectedRows;
                        // A CSV that gave nothing says why (an unknown layout names the columns expected and found),
                        // and how its dates were read, instead of an empty report without a reason.
                        if (csvStats.Problem != null)
                        {
                            summary.InputNotes.Add($"{file}: {csvStats.Problem}");
                            progress.Notice($"{file}: {csvStats.Problem}", file);
                        }
                        if (csvStats.DateOrderNote != null) summary.InputNotes.Add($"{file}: dates {csvStats.DateOrderNote}");
                    }
                    else if (decoder != null) summary.Decode.Add(decoder.Statistics);
                }
            }
            if (lane == null) return;
            // A file is keyed by the hash of its bytes; standard input by the hash of what was read from it (there is no
            // file to hash again), so a second run of the same bytes is known as already stored.
            bool isFile = input!.Source.IsFile;
            string hash;
            try { hash = await input.FinishHashAsync(ct).ConfigureAwait(false); }
            catch (Exception e) when (isFile && e is IOException or InvalidOperationException) { hash = FileHash.Compute(file); }
            long size = isFile ? new FileInfo(file).Length : input.RawBytesRead;
            if (csvStats != null)
                lane.EndFile(file, hash, size, InputFormat.Csv, csvStats.Rows, csvStats.RejectedRows, RejectedReasons.Json(csvStats), complete);
            else if (decoder != null)
                lane.EndFile(file, hash, size, InputFormat.Nmea, decoder.Statistics.Lines, decoder.Statistics.RejectedLines,
                    RejectedReasons.Json(decoder.Statistics), complete, content?.Prefix());
        }
    }

    private IAisSource Source(string file) => file != "-" ? new FileSource(file)
        : request.StandardInput is { } open ? new StreamSource("-", _ => ValueTask.FromResult(open()))
        : throw AnalysisException.Usage("'-' (standard input) was given but this host has no standard input");
}
