using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// Several inputs covering the same hours — two receivers, terrestrial plus satellite — handed to one target as one
/// stream in time order. Read one after the other, the second file's fixes are hours older than where the track
/// builder has got to and are refused as too late, so the order of the files decided the answer. Each input is read
/// on its own thread into a bounded <see cref="MergeLane"/>; a k-way merge by message time (ties ordered by content,
/// not by input) feeds the target on one thread. Inputs whose times do not overlap simply follow each other: the later
/// one's reader waits with a few batches in hand. Memory is a few batches per input, not the files.
/// <para>
/// A message heard by two receivers with the same time is one report, not two: exact duplicates are dropped by a
/// <see cref="DuplicateFilter"/> and counted in <see cref="Duplicates"/>, within one input as across inputs.
/// </para>
/// </summary>
/// <param name="target">Receives the merged stream on one thread, in time order, duplicates removed.</param>
public sealed class TimeMergedFeed(IFeedTarget target)
{
    private readonly DuplicateFilter _unique = new(target);

    /// <summary>Exact duplicates dropped (the same report from two inputs).</summary>
    public long Duplicates => _unique.Duplicates;

    /// <summary>
    /// Runs <paramref name="read"/> once per input, concurrently, each writing into its own <see cref="IFeedTarget"/>,
    /// and merges what they write into the target on a worker thread. With one input the target gets it in input order,
    /// on the reader's thread, without exact duplicates. Exceptions of the readers are rethrown after every input has ended.
    /// </summary>
    public async Task RunAsync(int inputs, Func<int, IFeedTarget, Task> read, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputs);
        ArgumentNullException.ThrowIfNull(read);
        if (inputs == 1)
        {
            await read(0, _unique).ConfigureAwait(false);
            return;
        }
        var lanes = new MergeLane[inputs];
        for (var i = 0; i < inputs; i++) lanes[i] = new MergeLane(cancellationToken);
        var readers = new Task[inputs];
        for (var i = 0; i < inputs; i++)
        {
            var lane = lanes[i];
            var index = i;
            // A thread per input: the decoders push synchronously, and a lane that is ahead in time blocks its reader.
            readers[i] = Task.Factory.StartNew(async () =>
            {
                try { await read(index, lane).ConfigureAwait(false); }
                finally { lane.Complete(); }
            }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        }
        var merger = Task.Factory.StartNew(() => Merge(lanes), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try { await Task.WhenAll(readers).ConfigureAwait(false); }
        finally { await merger.ConfigureAwait(false); }
    }

    private void Merge(MergeLane[] lanes)
    {
        var heads = new PriorityQueue<int, MergedFeedItem>(lanes.Length, MergedFeedItem.Order);
        try
        {
            for (var i = 0; i < lanes.Length; i++)
            {
                if (lanes[i].TryTake(out var first)) heads.Enqueue(i, first);
            }
            while (heads.TryDequeue(out var lane, out var item))
            {
                if (item.IsIdentity) _unique.OnIdentity(item.Report);
                else _unique.OnFix(item.Fix);
                if (lanes[lane].TryTake(out var next)) heads.Enqueue(lane, next);
            }
        }
        catch (Exception e)
        {
            // The target failed (or the run was cancelled): release the readers, which would otherwise wait forever.
            foreach (var l in lanes) l.Abort(e);
            throw;
        }
    }
}
