using System.Collections.Concurrent;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// One input's side of a <see cref="TimeMergedFeed"/>: the input's reader thread writes its fixes and identity reports
/// here, in batches through a bounded queue, so a reader that is ahead in time waits for the others instead of
/// buffering its file. Memory per input is at most <see cref="BatchesInFlight"/> + 2 batches.
/// </summary>
internal sealed class MergeLane(CancellationToken cancellation) : IFeedTarget, IDisposable
{
    private const int BatchSize = 1_024;
    private const int BatchesInFlight = 2;
    private readonly BlockingCollection<MergedFeedItem[]> _full = new(BatchesInFlight);
    private MergedFeedItem[] _writing = new MergedFeedItem[BatchSize];
    private int _written;
    private MergedFeedItem[] _reading = [];
    private int _readCount, _readIndex;

    public void OnFix(in VesselFix fix) => Put(MergedFeedItem.Of(fix));

    public void OnIdentity(in IdentityReport report) => Put(MergedFeedItem.Of(report));

    /// <summary>The input has ended (or failed): what is buffered is sent and the merger stops waiting for more.</summary>
    public void Complete()
    {
        if (_full.IsAddingCompleted) return;
        if (_written > 0) Send();
        _full.CompleteAdding();
    }

    /// <summary>Merger side: the next item of this input; false once the input has ended and everything was taken.</summary>
    public bool TryTake(out MergedFeedItem item)
    {
        if (_readIndex == _readCount)
        {
            // Blocks only while this input's reader has not yet produced its next batch.
            if (!_full.TryTake(out var batch, Timeout.Infinite, cancellation))
            {
                item = default;
                return false;
            }
            (_reading, _readCount, _readIndex) = (batch, batch.Length, 0);
        }
        item = _reading[_readIndex++];
        return true;
    }

    public void Dispose() => _full.Dispose();

    private void Put(in MergedFeedItem item)
    {
        _writing[_written++] = item;
        if (_written == BatchSize) Send();
    }

    private void Send()
    {
        var batch = _written == BatchSize ? _writing : _writing[.._written];
        _full.Add(batch, cancellation);
        _writing = new MergedFeedItem[BatchSize];
        _written = 0;
    }
}
