using Orleans.Providers;

namespace Picket.Cluster;

/// <summary>
/// What one silo reports about its own load (<see cref="SiloLoadControl"/>): the queue it works through and the grain
/// calls it serves. Orleans' runtime statistics carry activations and message counts but no queue, so the silo measures
/// these itself.
/// </summary>
/// <param name="Silo">The silo's address, as the management grain names it.</param>
/// <param name="QueueDepth">Work items waiting for a thread now: Orleans runs every activation's turns on the .NET thread pool, so this is the silo's run queue.</param>
/// <param name="PeakQueueDepth">The largest queue seen by the sampler since the previous report.</param>
/// <param name="CallsInFlight">Calls to Picket's grains begun and not yet answered (running, or awaiting storage).</param>
/// <param name="CallsServed">Calls to Picket's grains answered since the silo started.</param>
[GenerateSerializer, Immutable, Alias("picket.silo-load")]
public sealed record SiloLoadSample(
    [property: Id(0)] string Silo, [property: Id(1)] long QueueDepth, [property: Id(2)] long PeakQueueDepth,
    [property: Id(3)] long CallsInFlight, [property: Id(4)] long CallsServed);

/// <summary>
/// The silo's load counters, answering Orleans' per-silo control command (<c>IManagementGrain.SendControlCommandToProvider</c>
/// reaches the one instance in every active silo). A timer samples the thread pool's queue every 100 ms so that a
/// report carries the peak between two reads, not only the instant of the read.
/// </summary>
internal sealed class SiloLoadControl : IControllable, IDisposable
{
    /// <summary>The service key the control command names.</summary>
    public const string Name = "picket-load";

    /// <summary>The one command: report and restart the peak.</summary>
    public const int Report = 1;

    private readonly string _silo;
    private readonly Timer _sampler;
    private long _inFlight, _served, _peak;

    public SiloLoadControl(ILocalSiloDetails silo)
    {
        _silo = silo.SiloAddress.ToString();
        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public void CallBegun() => Interlocked.Increment(ref _inFlight);

    public void CallEnded()
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Increment(ref _served);
    }

    public Task<object?> ExecuteCommand(int command, object? arg)
    {
        if (command != Report)
            return Task.FromResult<object?>(null);
        var now = ThreadPool.PendingWorkItemCount;
        var peak = Math.Max(now, Interlocked.Exchange(ref _peak, 0));
        return Task.FromResult<object?>(new SiloLoadSample(_silo, now, peak, Interlocked.Read(ref _inFlight), Interlocked.Read(ref _served)));
    }

    public void Dispose() => _sampler.Dispose();

    private void Sample()
    {
        var now = ThreadPool.PendingWorkItemCount;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}

/// <summary>Counts the calls to Picket's grains in <see cref="SiloLoadControl"/>; Orleans' own system calls are not counted.</summary>
internal sealed class SiloLoadFilter(SiloLoadControl load) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext?.GrainInstance?.GetType().Namespace?.StartsWith("Picket", StringComparison.Ordinal) != true)
        {
            await context.Invoke().ConfigureAwait(false);
            return;
        }
        load.CallBegun();
        try
        {
            await context.Invoke().ConfigureAwait(false);
        }
        finally
        {
            load.CallEnded();
        }
    }
}
