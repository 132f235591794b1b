using System.Diagnostics;
using System.Runtime;

namespace Picket.Analysis.Live;

/// <summary>
/// Gives back to the operating system the memory a long watch's garbage collector holds but no longer uses, at the
/// watch's checkpoints (a quiet point, every 30 s by default). A watch keeps small per-vessel records for days while
/// it allocates and drops batches around them every second; the background collector sweeps around the survivors
/// without moving them, so the heap's committed memory creeps up with every new fleet while what is alive hardly
/// grows (measured in the hostile-feed soak, bench/watch/soak.sh: 20 MB alive, 40 → 60 MB committed over seven
/// rounds; compacting whenever 16 MiB were to gain, 35 → 44 MB). A blocking compacting collection in
/// <see cref="GCCollectionMode.Aggressive"/> mode moves the survivors together and decommits the free space.
/// <para>
/// It runs only when it pays (<see cref="ShouldCompact"/>): when the committed memory exceeds what is alive by more
/// than <see cref="MinimumExcessBytes"/> (8 MiB) and a quarter of the live heap, and never more than one part in
/// <see cref="MaximumDutyFactor"/> of the watch's time — a collection that took 40 ms waits at least 4 s — so a
/// watch holding gigabytes of state is not stalled by it.
/// </para>
/// </summary>
internal sealed class HeapCompaction
{
    /// <summary>Committed memory above the live heap that is worth a compaction (below it the gain is noise).</summary>
    public const long MinimumExcessBytes = 8L << 20;

    /// <summary>A compaction may take at most one part in this many of the time since the last one.</summary>
    public const double MaximumDutyFactor = 100;

    private long _lastEnd = long.MinValue;
    private TimeSpan _lastDuration;

    /// <summary>Compactions done.</summary>
    public int Count { get; private set; }

    /// <summary>Time spent in them.</summary>
    public TimeSpan Total { get; private set; }

    /// <summary>
    /// Whether a compaction is due: the committed memory exceeds the live heap by more than
    /// <see cref="MinimumExcessBytes"/> and by a quarter of it, and the last compaction's duration is at most one part
    /// in <see cref="MaximumDutyFactor"/> of the time since it ended.
    /// </summary>
    /// <param name="committedBytes">Memory the collector has committed.</param>
    /// <param name="heapBytes">Bytes alive after the last collection (fragmentation included).</param>
    /// <param name="sinceLast">Time since the last compaction ended (<see cref="TimeSpan.MaxValue"/> before any).</param>
    /// <param name="lastDuration">How long the last compaction took (zero before any).</param>
    public static bool ShouldCompact(long committedBytes, long heapBytes, TimeSpan sinceLast, TimeSpan lastDuration)
    {
        long excess = committedBytes - heapBytes;
        if (excess <= MinimumExcessBytes || excess <= heapBytes / 4) return false;
        return sinceLast.Ticks >= lastDuration.Ticks * MaximumDutyFactor;
    }

    /// <summary>Compacts the heap when <see cref="ShouldCompact"/> says it pays; true when it did.</summary>
    public bool CompactIfWorthIt()
    {
        var info = GC.GetGCMemoryInfo();
        long now = Stopwatch.GetTimestamp();
        var since = _lastEnd == long.MinValue ? TimeSpan.MaxValue : Stopwatch.GetElapsedTime(_lastEnd, now);
        // Live bytes: the heap after the last collection less its free space.
        long live = info.HeapSizeBytes - info.FragmentedBytes;
        if (!ShouldCompact(info.TotalCommittedBytes, live, since, _lastDuration)) return false;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _lastEnd = Stopwatch.GetTimestamp();
        _lastDuration = Stopwatch.GetElapsedTime(now, _lastEnd);
        Count++;
        Total += _lastDuration;
        return true;
    }
}
