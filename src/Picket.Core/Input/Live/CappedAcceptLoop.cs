using System.Net.Sockets;

namespace Picket.Core.Input.Live;

/// <summary>
/// The accept loop of a TCP server that serves each client on its own task, at most a given number at once: a client
/// beyond that is closed at once and reported, so a flood of connections cannot grow memory. Used by the
/// <c>tcp-listen://</c> source (receivers push) and by the feed replayer (clients pull).
/// </summary>
internal sealed class CappedAcceptLoop(int maxConnections)
{
    private int _open;

    /// <summary>
    /// Accepts on <paramref name="listener"/> until cancelled, then stops it and waits for the clients being served.
    /// <paramref name="refused"/> is told of each client closed for want of room; <paramref name="acceptFailed"/> of a
    /// failed accept (null: the exception ends the loop).
    /// </summary>
    public async Task RunAsync(TcpListener listener, Func<TcpClient, CancellationToken, Task> serve, Action refused,
        Action<SocketException>? acceptFailed, CancellationToken cancellationToken)
    {
        var clients = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (SocketException e) when (acceptFailed != null)
                {
                    acceptFailed(e);
                    continue;
                }
                if (Interlocked.Increment(ref _open) > maxConnections)
                {
                    Interlocked.Decrement(ref _open);
                    refused();
                    client.Dispose();
                    continue;
                }
                clients.RemoveAll(t => t.IsCompleted);
                clients.Add(ServeCountedAsync(client, serve, cancellationToken));
            }
        }
        finally
        {
            listener.Stop();
            await Task.WhenAll(clients).ConfigureAwait(false);
        }
    }

    private async Task ServeCountedAsync(TcpClient client, Func<TcpClient, CancellationToken, Task> serve, CancellationToken cancellationToken)
    {
        try
        {
            await serve(client, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }
}
