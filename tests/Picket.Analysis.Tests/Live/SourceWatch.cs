using Picket.Analysis.Live;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// How the tests of the watch's source kinds and of their resume run a watch on <see cref="SmallFeed"/>: the request
/// (no store, ended by two idle seconds), a run to its end within a minute, and a run stopped part-way (Ctrl+C) once
/// its checkpoint holds a given number of messages.
/// </summary>
internal static class SourceWatch
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static LiveRequest Request(string dir, TimeSpan checkpointEvery, params LiveSourceAddress[] sources) => new()
    {
        Sources = sources, OutputDirectory = dir, Store = false,
        // Idle is no batch reaching the analysis: a reconnect's replay skipped by position sends none, and on a loaded
        // machine the sources' decoding (on the thread pool) can fall seconds behind; 5 s keeps both from ending the watch.
        StopWhenIdle = TimeSpan.FromSeconds(5), CheckpointInterval = checkpointEvery,
    };

    /// <summary>Runs the watch to its end; its final events, an id written twice being a gap reported open and closed later.</summary>
    public static async Task<(LiveResult Result, Dictionary<string, string> Events)> RunAsync(LiveRequest request)
    {
        var ct = TestContext.Current.CancellationToken;
        var result = await new LiveAnalysisJob(request).RunAsync(ct).WaitAsync(Limit, ct);
        Assert.True(result.Finished);
        return (result, FinalEvents.ReadWatched(Path.Combine(request.OutputDirectory, "events.jsonl")));
    }

    /// <summary>
    /// The source's counters in one line — connections, reconnects, bytes, messages taken and skipped, copies, queue
    /// drops, rejections by reason, last error — for a failure message: a difference seen once under load must say
    /// what the source went through.
    /// </summary>
    public static string Describe(LiveSourceStatus source)
    {
        var c = source.Counters!;
        var rejected = string.Join(", ", c.Rejected.Select(p => $"{p.Key} {p.Value:N0}"));
        return $"source {source.Name}: {c.Connections} connections, {c.Reconnects} reconnects, {c.Bytes:N0} bytes, {c.Lines:N0} lines, " +
            $"{c.Messages:N0} messages decoded, {source.Messages:N0} delivered, {source.Skipped:N0} skipped, {c.Duplicates:N0} copies, " +
            $"{c.QueueDrops:N0} queue drops, rejected [{rejected}], last error '{c.LastError}'";
    }

    /// <summary>
    /// <see cref="FinalEvents.AssertSame"/>, with every differing event named first (missing, differing, extra: id and
    /// batch and live lines) together with <paramref name="context"/>.
    /// </summary>
    public static void AssertSameNaming(Dictionary<string, string> batch, Dictionary<string, string> live, string context)
    {
        var missing = batch.Keys.Where(id => !live.ContainsKey(id)).ToList();
        var differing = batch.Keys.Where(id => live.TryGetValue(id, out var l) && l != batch[id]).ToList();
        var extra = live.Where(p => !batch.ContainsKey(p.Key) && !FinalEvents.IsOpenGap(p.Value)).Select(p => p.Key).ToList();
        if (missing.Count + differing.Count + extra.Count > 0)
        {
            var text = new System.Text.StringBuilder($"{missing.Count} missing, {differing.Count} differing, {extra.Count} extra live events; {context}");
            foreach (var id in missing.Take(5)) text.Append("\nmissing  ").Append(batch[id]);
            foreach (var id in differing.Take(5)) text.Append("\nbatch    ").Append(batch[id]).Append("\nlive     ").Append(live[id]);
            foreach (var id in extra.Take(5)) text.Append("\nextra    ").Append(live[id]);
            Assert.Fail(text.ToString());
        }
        FinalEvents.AssertSame(batch, live);
    }

    /// <summary>Runs a watch until its checkpoint holds <paramref name="messages"/> messages, then stops it (Ctrl+C).</summary>
    public static async Task StopPartWayAsync(LiveRequest request, long messages)
    {
        var ct = TestContext.Current.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        long taken = 0;
        var watch = new LiveAnalysisJob(request with { StopWhenIdle = null, StatusInterval = TimeSpan.FromMilliseconds(100) },
            progress: new StatusSink(s => Interlocked.Exchange(ref taken, s.Messages))).RunAsync(stop.Token);
        var started = DateTime.UtcNow;
        while (Interlocked.Read(ref taken) < messages && DateTime.UtcNow - started < Limit && !watch.IsCompleted)
            await Task.Delay(50, ct);
        await Task.Delay(600, ct); // a checkpoint after them
        await stop.CancelAsync();
        var stopped = await watch.WaitAsync(Limit, ct);
        Assert.False(stopped.Finished);
    }

    /// <summary>
    /// The feed's recording and a file holding its first <paramref name="length"/>(recording length) bytes, cut wherever
    /// that falls in a line, as a logger still writing it leaves it: the start of a followed file.
    /// </summary>
    public static async Task<(string Path, byte[] Recording)> GrowingFileAsync(SmallFeed feed, TempDir dir, Func<int, int> length)
    {
        var ct = TestContext.Current.CancellationToken;
        var recording = await File.ReadAllBytesAsync(feed.Feed, ct);
        var path = dir["growing.nmea"];
        await File.WriteAllBytesAsync(path, recording[..length(recording.Length)], ct);
        return (path, recording);
    }

    /// <summary>Writes the rest of the recording, from <paramref name="from"/>, to the end of the followed file.</summary>
    public static async Task AppendRestAsync(string path, byte[] recording, int from)
    {
        await using var log = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        await log.WriteAsync(recording.AsMemory(from), TestContext.Current.CancellationToken);
    }

    private sealed class StatusSink(Action<LiveStatus> report) : IProgress<LiveStatus>
    {
        public void Report(LiveStatus value) => report(value);
    }
}
