using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Input;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// Reads the inputs of an <see cref="AnalysisJob"/> into the feed, and into the store when there is one. Without a
/// store, inputs covering the same hours (two receivers) are merged by message time (<see cref="TimeMergedFeed"/>), so
/// their order on the command line does not change the answer. With a store the files are read one after the other,
/// because the store logs each file (hash, prefix, completeness) as one unit.
/// </summary>
internal sealed class InputReader(AnalysisRequest request, AnalysisResult result, ProgressReporter progress, TimeProvider time, CancellationToken ct)
{
    private readonly List<AisFeed> _feeds = [];

    /// <summary>The feed's counts over all inputs.</summary>
    public FeedCounts Counts => new(_feeds.Sum(f => f.Positions), _feeds.Sum(f => f.Identities), _feeds.Sum(f => f.WithoutTime),
        _feeds.Sum(f => f.WithoutPosition), _feeds.Sum(f => f.ImplausibleTime), _feeds.Sum(f => f.FilteredOut));

    /// <summary>Reads every input into <paramref name="target"/>; false if one could not be read to its end.</summary>
    /// <param name="stored">Per NMEA input, the prefix the store already holds: those messages go to the analysis only.</param>
    public async Task<bool> ReadAllAsync(IFeedTarget target, LiveIngest? live, IReadOnlyDictionary<string, ContentPrefix> stored)
    {
        var inputs = request.Inputs;
        var reports = new InputReport?[inputs.Count];
        bool complete = true;
        Func<Core.Tracks.VesselFix, bool>? filter = request.Window.IsAll ? null : request.Window.Contains;
        if (live != null && inputs.Count > 1)
        {
            // One report heard by two receivers counts once, across files too.
            var unique = new DuplicateFilter(target);
            var feed = new AisFeed(unique) { Filter = filter, Clock = new FeedClock(request.PlausibleTimeWindow, time) };
            _feeds.Add(feed);
            for (int i = 0; i < inputs.Count; i++)
                complete &= await ReadOneAsync(i, feed, live, stored.GetValueOrDefault(inputs[i]), reports).ConfigureAwait(false);
            result.DuplicatesMerged = unique.Duplicates;
        }
        else
        {
            var merged = new TimeMergedFeed(target);
            var feeds = new AisFeed?[inputs.Count];
            await merged.RunAsync(inputs.Count, async (i, into) =>
            {
                // Each input has its own plausibility clock: the inputs are read at the same time.
                var feed = feeds[i] = new AisFeed(into) { Filter = filter, Clock = new FeedClock(request.PlausibleTimeWindow, time) };
                if (!await ReadOneAsync(i, feed, live, stored.GetValueOrDefault(inputs[i]), reports).ConfigureAwait(false)) complete = false;
            }, ct).ConfigureAwait(false);
            _feeds.AddRange(feeds.OfType<AisFeed>());
            result.DuplicatesMerged = merged.Duplicates;
        }
        result.Inputs.AddRange(reports.OfType<InputReport>());
        return complete;
    }

    /// <summary>
    /// Reads one input into the feed; false (after a notice saying why) when it cannot be read. A read that breaks off
    /// (corrupt gzip, I/O error) keeps what was decoded, and the store logs the file as incomplete, so <c>picket
    /// ingest</c> can resume it and no row is counted under another file.
    /// </summary>
    private async Task<bool> ReadOneAsync(int index, AisFeed feed, LiveIngest? live, ContentPrefix? stored, InputReport?[] reports)
    {
        string file = request.Inputs[index];
        bool stdin = file == "-";
        bool csv = false, opened = false, counted = false;
        var decoder = new AisDecoder();
        var csvStats = new CsvReadStatistics();
        HashingStream? hashing = null;
        PrefixTrackingStream? content = null;
        feed.BeginInput();
        try
        {
            csv = !stdin && InputFiles.IsCsv(file);
            await using (var input = stdin ? OpenStandardInput() : InputStreams.Open(file, progress.OnBytesRead, hash: live != null, out hashing))
            {
                opened = true;
                if (csv)
                {
                    foreach (var record in AisCsvReader.Read(input, csvStats))
                    {
                        ct.ThrowIfCancellationRequested();
                        feed.OnRecord(record);
                        live?.OnRecord(record);
                    }
                }
                else if (live == null)
                {
                    await NmeaStreamReader.ReadAsync(input, decoder, feed, cancellationToken: ct).ConfigureAwait(false);
                }
                else
                {
                    await using (content = new PrefixTrackingStream(input, stored?.Bytes ?? 0))
                        await NmeaStreamReader.ReadAsync(content, decoder, new TeeMessageSink(feed, live, content), cancellationToken: ct).ConfigureAwait(false);
                }
            }
            EndFile(complete: true);
            progress.InputRead(file, result.Summary, feed.Positions);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            progress.Notice($"cannot read {file}{(opened ? " to its end" : "")}: {e.Message}", file);
            if (opened)
            {
                try { EndFile(complete: false); }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException)
                {
                    progress.Notice($"{file} could not be hashed for the store's log: {again.Message}", file);
                }
            }
            return false;
        }

        void EndFile(bool complete)
        {
            if (!counted) // once, even when the complete end fails and the incomplete one follows
            {
                counted = true;
                reports[index] = new InputReport(file, csv, csv ? null : decoder.Statistics, csv ? csvStats : null, complete);
                lock (result.Summary)
                {
                    var summary = result.Summary;
                    if (csv)
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
                    else summary.Decode.Add(decoder.Statistics);
                }
            }
            if (live == null) return;
            string hash = hashing is { HashComplete: true } ? hashing.HashHex : FileHash.Compute(file);
            long size = new FileInfo(file).Length;
            if (csv) live.EndFile(file, hash, size, InputFormat.Csv, csvStats.Rows, csvStats.RejectedRows, RejectedReasons.Json(csvStats), complete);
            else live.EndFile(file, hash, size, InputFormat.Nmea, decoder.Statistics.Lines, decoder.Statistics.RejectedLines, RejectedReasons.Json(decoder.Statistics), complete, content?.Prefix());
        }
    }

    private Stream OpenStandardInput() =>
        request.StandardInput?.Invoke() ?? throw AnalysisException.Usage("'-' (standard input) was given but this host has no standard input");
}
