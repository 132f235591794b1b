using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// One input's side of a <see cref="TimeMergedFeed"/>: the input's reader thread writes its fixes and identity reports
/// here, in batches through the pipeline's bounded hand-off (<see cref="BatchHandoff{TBatch}"/>), so a reader that is
/// ahead in time waits for the others instead of buffering its file. Memory per input is at most
/// <see cref="BatchesInFlight"/> + 2 batches.
/// </summary>
internal sealed class MergeLane : IFeedTarget
{
    private const int BatchSize = 1_024;
    private const int BatchesInFlight = 2;
    private readonly BatchHandoff<Batch> _handoff;
    private Batch _writing;
    private Batch? _reading;
    private int _readIndex;

    public MergeLane(CancellationToken cancellation)
    {
        _handoff = new BatchHandoff<Batch>(BatchesInFlight, static () => new Batch(), static b => b.Clear(), cancellationToken: cancellation);
        _writing = _handoff.Rent();
    }

    public void OnFix(in VesselFix fix) => Put(MergedFeedItem.Of(fix));

    public void OnIdentity(in IdentityReport report) => Put(MergedFeedItem.Of(report));

    /// <summary>The input has ended (or failed): what is buffered is sent and the merger stops waiting for more.</summary>
    public void Complete()
    {
        if (_writing.Count > 0)
        {
            try { _handoff.Send(_writing); }
            catch (Exception e) when (e is OperationCanceledException or InvalidOperationException) { /* the merger stopped: nothing is waiting */ }
            _writing = _handoff.Rent();
        }
        _handoff.Complete();
    }

    /// <summary>Merger side: the next item of this input; false once the input has ended and everything was taken.</summary>
    public bool TryTake(out MergedFeedItem item)
    {
        if (_reading == null || _readIndex == _reading.Count)
        {
            if (_reading != null) _handoff.Return(_reading);
            _reading = null;
            // Blocks only while this input's reader has not yet produced its next batch.
            if (!_handoff.TryTake(out var batch))
            {
                item = default;
                return false;
            }
            (_reading, _readIndex) = (batch, 0);
        }
        item = _reading.Items[_readIndex++];
        return true;
    }

    /// <summary>Merger side: the merge failed; the reader's next send throws instead of waiting.</summary>
    public void Abort(Exception reason) => _handoff.Abort(reason);

    private void Put(in MergedFeedItem item)
    {
        var b = _writing;
        b.Items[b.Count++] = item;
        if (b.Count < BatchSize) return;
        _handoff.Send(b);
        _writing = _handoff.Rent();
    }

    private sealed class Batch
    {
        public readonly MergedFeedItem[] Items = new MergedFeedItem[BatchSize];
        public int Count;

        public void Clear()
        {
            // Identity reports hold strings: let them go with the batch's reuse.
            Array.Clear(Items, 0, Count);
            Count = 0;
        }
    }
}
