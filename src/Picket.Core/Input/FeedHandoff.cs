using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// Splits the pipeline over two threads: the caller's thread reads and decodes, a consumer thread runs the track and
/// detection stages. Items cross in batches (thousands per hand-off, so synchronisation costs nanoseconds per
/// message) through the pipeline's one bounded hand-off (<see cref="BatchHandoff{TBatch}"/>), so a fast reader waits
/// for a slow consumer instead of buffering the file: memory stays at a few batches; cancellation stops the consumer. Order is kept exactly, identity reports interleaved where they came. Call
/// <see cref="Complete"/> at end of input; it waits for the consumer and rethrows what it threw.
/// </summary>
public sealed class FeedHandoff : IFeedTarget, IDisposable
{
    private const int BatchSize = 4_096;
    private const int BatchesInFlight = 4;
    private readonly IFeedTarget _target;
    private readonly BatchHandoff<Batch> _handoff;
    private readonly Thread _consumer;
    private Batch _current;
    private Exception? _failure;
    private bool _completed;

    /// <param name="target">Runs on the consumer thread.</param>
    /// <param name="cancellationToken">Stops the consumer between batches and a producer waiting to send.</param>
    public FeedHandoff(IFeedTarget target, CancellationToken cancellationToken = default)
    {
        _target = target;
        _handoff = new BatchHandoff<Batch>(BatchesInFlight, static () => new Batch(), static b => b.Clear(), cancellationToken: cancellationToken);
        _current = _handoff.Rent();
        _consumer = new Thread(Consume) { IsBackground = true, Name = "picket tracks+detect" };
        _consumer.Start();
    }

    /// <summary>Buffers the fix and sends the batch when it is full; may wait while the consumer is behind.</summary>
    public void OnFix(in VesselFix fix)
    {
        var b = _current;
        b.Fixes[b.FixCount++] = fix;
        if (b.FixCount == BatchSize)
            Send();
    }

    /// <summary>Buffers the identity report at its place among the fixes.</summary>
    public void OnIdentity(in IdentityReport report)
    {
        var b = _current;
        b.Identities.Add((b.FixCount, report));
    }

    /// <summary>Sends what is buffered, waits until the consumer has applied everything, and rethrows its failure.</summary>
    public void Complete()
    {
        if (_completed)
            return;
        _completed = true;
        try
        {
            if (_current.FixCount > 0 || _current.Identities.Count > 0)
                Send();
        }
        finally
        {
            _handoff.Complete();
            _consumer.Join();
        }
        ThrowIfFailed();
    }

    /// <summary>Stops the consumer without sending what is buffered (use <see cref="Complete"/> to finish normally) and waits for it.</summary>
    public void Dispose()
    {
        if (_completed) return;
        _completed = true;
        _handoff.Complete();
        _consumer.Join();
    }

    private void Send()
    {
        ThrowIfFailed();
        try
        {
            _handoff.Send(_current);
        }
        catch (InvalidOperationException) when (_handoff.Aborted != null)
        {
            ThrowIfFailed();
            throw;
        }
        _current = _handoff.Rent();
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
            throw new InvalidOperationException("the track/detection stage failed: " + failure.Message, failure);
    }

    private void Consume()
    {
        try
        {
            while (_handoff.TryTake(out var batch))
            {
                Apply(batch);
                _handoff.Return(batch);
            }
        }
        catch (Exception e)
        {
            Volatile.Write(ref _failure, e);
            // Releases a producer waiting to send; it sees the failure on its next send or at Complete.
            _handoff.Abort(e);
        }
    }

    private void Apply(Batch b)
    {
        int next = 0;
        for (int i = 0; i < b.FixCount; i++)
        {
            while (next < b.Identities.Count && b.Identities[next].BeforeFix == i)
                _target.OnIdentity(b.Identities[next++].Report);
            _target.OnFix(b.Fixes[i]);
        }
        while (next < b.Identities.Count)
            _target.OnIdentity(b.Identities[next++].Report);
    }

    private sealed class Batch
    {
        public readonly VesselFix[] Fixes = new VesselFix[BatchSize];
        public readonly List<(int BeforeFix, IdentityReport Report)> Identities = [];
        public int FixCount;

        public void Clear()
        {
            FixCount = 0;
            Identities.Clear();
        }
    }
}
