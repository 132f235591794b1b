using System.Net.Sockets;

namespace Picket.Core.Input.Live;

/// <summary>
/// <c>tcp://host:port</c>: connects to a feed and reads it; when the connection fails, drops, or stays silent for
/// <see cref="LiveFeedOptions.IdleTimeout"/>, waits (<see cref="ReconnectBackoff"/>) and connects again, for as long as
/// the feed runs. Each connection is a new session: a fragment left over from the last one is stale, not joined.
/// </summary>
internal sealed class TcpClientRunner(LiveSourceState state) : LiveSourceRunner(state)
{
    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = State.Options;
        int failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (failures > 0)
            {
                State.Reconnected();
                var delay = options.Backoff.Delay(failures, Random.Shared.NextDouble());
                try
                {
                    await Task.Delay(delay, State.Clock, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            using var client = new TcpClient { NoDelay = true };
            LiveSession? session = null;
            try
            {
                using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    connect.CancelAfter(options.ConnectTimeout);
                    try
                    {
                        await client.ConnectAsync(State.Address.Host, State.Address.Port, connect.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new TimeoutException($"connect took longer than {options.ConnectTimeout.TotalSeconds:0} s");
                    }
                }
                session = State.OpenSession();
                var stream = client.GetStream();
                await using (stream.ConfigureAwait(false))
                {
                    await PumpAsync(stream, session, options.IdleTimeout, cancellationToken).ConfigureAwait(false);
                }
                State.Failed("the feed closed the connection");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is SocketException or IOException or TimeoutException)
            {
                State.Failed(e.Message);
            }
            finally
            {
                if (session != null) State.CloseSession(session);
            }
            // A connection that delivered data worked: the next failure starts the backoff again from its first step.
            failures = session is { Bytes: > 0 } ? 1 : failures + 1;
        }
    }
}
