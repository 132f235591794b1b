using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Picket.Store;
using Picket.Store.Ingest;

namespace Picket.Analysis.Live;

/// <summary>
/// Commits one source's store rows in chunks as they stream in, each chunk in one transaction with an
/// <c>ingest_log</c> entry keyed by the watch, the source and the ordinal the chunk starts at, its <c>lines_done</c>
/// the ordinal it ends at. The chunks chain: a restarted watch follows the chain from the start
/// (<see cref="CoveredThrough"/>) to learn how far the store already holds the source, whatever the checkpoint says,
/// and stores only what follows. A chunk written twice (a crash between the commit and the checkpoint) has the same
/// key, and the store's writer rolls a key it already has back: positions are never stored twice.
/// </summary>
internal sealed class StoreChunks(string watchId, int source, string label, int chunkMessages, TimeSpan chunkInterval, long from)
{
    private long _from = from;
    private long _started = Stopwatch.GetTimestamp();

    /// <summary>
    /// A feed that goes quiet has its open chunk committed after this much wall time without input (the reader's
    /// <see cref="FeedReader"/> wait), so the last positions of a quiet feed reach the store within about a second
    /// instead of waiting for more input.
    /// </summary>
    public static readonly TimeSpan IdleCommitDelay = TimeSpan.FromSeconds(1);

    /// <summary>Commits the open chunk when it is long enough; called after each stored message (a count, no clock).</summary>
    public void AfterMessage(LiveIngestLane lane, long ordinal)
    {
        if (ordinal - _from >= chunkMessages)
            End(lane, ordinal);
    }

    /// <summary>
    /// Commits the messages stored through <paramref name="through"/> when the open chunk is older than the interval, or
    /// at once when <paramref name="idle"/> (the feed has been quiet for <see cref="IdleCommitDelay"/>). Called after
    /// each batch of the feed and on the reader's idle timer: one clock read per batch, not per message.
    /// </summary>
    public void Tick(LiveIngestLane lane, long through, bool idle)
    {
        if (through > _from && (idle || Stopwatch.GetElapsedTime(_started) >= chunkInterval))
            End(lane, through);
    }

    /// <summary>Commits the rows of the messages after the last chunk up to <paramref name="through"/>.</summary>
    public void End(LiveIngestLane lane, long through)
    {
        _started = Stopwatch.GetTimestamp();
        if (through <= _from) return;
        lane.EndFile(label, Key(watchId, source, _from), through - _from, InputFormat.Nmea, through, 0, null, complete: true);
        _from = through;
    }

    /// <summary>How far (an ordinal) the store holds the source's messages: the end of the chain of its chunks.</summary>
    public static long CoveredThrough(StoreDatabase store, string watchId, int source)
    {
        long through = 0;
        for (var guard = 0; guard < 10_000_000; guard++)
        {
            // The key is hex: nothing from a feed is spliced into this text.
            long next = store.ScalarLong($"SELECT coalesce(max(lines_done), -1) FROM ingest_log WHERE file_hash = '{Key(watchId, source, through)}'");
            if (next <= through) return through;
            through = next;
        }
        return through;
    }

    private static string Key(string watchId, int source, long from) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"picket watch {watchId} source {source} from {from}"))).ToLowerInvariant();
}
