using System.Collections.Concurrent;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// Splits the pipeline over two threads: the caller's thread reads and decodes, a consumer thread runs the track and
/// detection stages. Items cross in batches (thousands per hand-off, so synchronisation costs nanoseconds per
/// message) through a bounded queue, so a fast reader waits for a slow consumer instead of buffering the file: memory
/// stays at a few batches. Order is kept exactly, identity reports interleaved where they came. Call
/// <see cref="Complete"/> at end of input; it waits for the consumer and rethrows what it threw.
/// </summary>
public sealed class FeedHandoff : IFeedTarget, IDisposable
{
    private const int BatchSize = 4_096;
    private const int BatchesInFlight = 4;
    private readonly IFeedTarget _target;
    private readonly BlockingCollection<Batch> _full = new(BatchesInFlight);
    private readonly ConcurrentBag<Batch> _free = [];
    private readonly Thread _consumer;
    private Batch _current = new();
    private Exception? _failure;
    private bool _completed;

    public FeedHandoff(IFeedTarget target)
    {
        _target = target;
        _consumer = new Thread(Consume) { IsBackground = true, Name = "picket tracks+detect" };
        _consumer.Start();
    }

    public void OnFix(in VesselFix fix)
    {
        var b = _current;
        b.Fixes[b.FixCount++] = fix;
        if (b.FixCount == BatchSize)
            Send();
    }

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
        if (_current.FixCount > 0 || _current.Identities.Count > 0)
            Send();
        _full.CompleteAdding();
        _consumer.Join();
        if (_failure != null)
            throw new InvalidOperationException("the track/detection stage failed: " + _failure.Message, _failure);
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _full.CompleteAdding();
            _consumer.Join();
        }
        _full.Dispose();
    }

    private void Send()
    {
        if (_failure != null)
            throw new InvalidOperationException("the track/detection stage failed: " + _failure.Message, _failure);
        _full.Add(_current);
        _current = _free.TryTake(out var b) ? b : new Batch();
    }

    private void Consume()
    {
        try
        {
            foreach (var batch in _full.GetConsumingEnumerable())
            {
                Apply(batch);
                batch.Clear();
                _free.Add(batch);
            }
        }
        catch (Exception e)
        {
            _failure = e;
            // Keep draining so the producer never blocks on a full queue after a failure; it sees _failure on its next send.
            foreach (var _ in _full.GetConsumingEnumerable()) { }
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
