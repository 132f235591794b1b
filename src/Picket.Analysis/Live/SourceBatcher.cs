using System.Diagnostics;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Analysis.Live;

/// <summary>
/// The end of one source's reading thread: collects what the decode stage mapped into batches and queues them for the
/// analysis thread. A batch is sent only between messages (<see cref="EndMessage"/>), when a reader is about to wait
/// for the network (<see cref="Flush"/>, so a quiet feed's last reports are not held back), or when it switches
/// between rebuilding state and live analysis.
/// </summary>
internal sealed class SourceBatcher(LiveQueue queue, int source, CancellationToken cancellationToken) : IFeedTarget
{
    private LiveBatch? _current;
    private long _completed;
    private bool _warmup;

    /// <summary>Whether what follows only rebuilds state the analysis had before a restart.</summary>
    public bool Warmup
    {
        get => _warmup;
        set
        {
            if (value == _warmup) return;
            Flush();
            _warmup = value;
        }
    }

    public void OnFix(in VesselFix fix)
    {
        var b = _current ??= Rent();
        b.Fixes[b.FixCount++] = fix;
    }

    public void OnIdentity(in IdentityReport report)
    {
        var b = _current ??= Rent();
        b.Identities.Add((b.FixCount, report));
    }

    /// <summary>Every observation of the message with this ordinal has been taken; sends the batch if it is full.</summary>
    public void EndMessage(long ordinal)
    {
        _completed = ordinal;
        if (_current is { } b && (b.FixCount >= LiveBatch.Capacity || b.Identities.Count >= LiveBatch.Capacity)) Send();
    }

    /// <summary>Sends what is collected, if anything.</summary>
    public void Flush()
    {
        if (_current is { IsEmpty: false }) Send();
    }

    /// <summary>
    /// Sends what is collected once reading has stopped (its token cancelled): the batch in hand always has its place
    /// in the queue (the queue holds as many as the pool), so the send cannot wait.
    /// </summary>
    public void FlushAfterStop()
    {
        if (_current is { IsEmpty: false }) Send(CancellationToken.None);
    }

    private LiveBatch Rent()
    {
        var b = queue.Rent(cancellationToken);
        b.Source = source;
        return b;
    }

    private void Send() => Send(cancellationToken);

    private void Send(CancellationToken ct)
    {
        var b = _current!;
        _current = null;
        b.Warmup = _warmup;
        b.LastOrdinal = _completed;
        b.SentAt = Stopwatch.GetTimestamp();
        queue.Send(b, ct);
    }
}
