namespace Picket.Core.Input.Live;

/// <summary>
/// The task behind one source: connects, accepts, listens or tails, and feeds the bytes to sessions. A runner never
/// throws for what the other side does (refused connections, resets, garbage): it counts, records the error for the
/// snapshot, and carries on; it ends when its input ends (standard input) or when it is cancelled.
/// </summary>
internal abstract class LiveSourceRunner(LiveSourceState state) : IDisposable
{
    /// <summary>Bytes read from a stream at once.</summary>
    protected const int ReadSize = 16 * 1024;

    protected LiveSourceState State { get; } = state;

    public static LiveSourceRunner Create(LiveSourceState state) => state.Address.Kind switch
    {
        LiveSourceKind.TcpClient => new TcpClientRunner(state),
        LiveSourceKind.TcpListen => new TcpListenRunner(state),
        LiveSourceKind.Udp => new UdpRunner(state),
        LiveSourceKind.FileTail => new FileTailRunner(state),
        LiveSourceKind.File => ReadOnceRunner.File(state),
        _ => ReadOnceRunner.StandardInput(state),
    };

    /// <summary>Takes the address a listener listens on; nothing for the other kinds.</summary>
    public virtual void Bind()
    {
    }

    /// <summary>Closes what <see cref="Bind"/> opened, if <see cref="RunAsync"/> did not run to close it.</summary>
    public void Dispose() => Unbind();

    /// <summary>Closes the listening socket, if any.</summary>
    protected virtual void Unbind()
    {
    }

    /// <summary>Runs until the input ends or <paramref name="cancellationToken"/> fires (then it returns, not throws).</summary>
    public abstract Task RunAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads <paramref name="stream"/> into <paramref name="session"/> until it ends, handing messages on after each
    /// read. Returns the bytes read. With an <paramref name="idleTimeout"/>, a stream silent that long is given up
    /// (a <see cref="TimeoutException"/>).
    /// </summary>
    protected async Task<long> PumpAsync(Stream stream, LiveSession session, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var buffer = new byte[ReadSize];
        long total = 0;
        bool timed = idleTimeout > TimeSpan.Zero && idleTimeout != Timeout.InfiniteTimeSpan;
        var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                if (timed) idle.CancelAfter(idleTimeout);
                int n;
                try
                {
                    n = await stream.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"no data for {idleTimeout.TotalSeconds:0} s");
                }
                if (n == 0) break;
                // The silence timer covers the read only: a consumer that keeps this source waiting for room in the
                // queue is backpressure, not a dead feed.
                if (timed && !idle.TryReset())
                {
                    idle.Dispose();
                    idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                }
                total += n;
                var now = State.Clock.GetUtcNow();
                State.Received(now);
                session.Received(buffer.AsSpan(0, n), now);
                await session.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            idle.Dispose();
        }
        session.EndOfRecord();
        await session.FlushAsync(cancellationToken).ConfigureAwait(false);
        return total;
    }
}
