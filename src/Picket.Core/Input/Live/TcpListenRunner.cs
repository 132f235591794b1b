using System.Net;
using System.Net.Sockets;

namespace Picket.Core.Input.Live;

/// <summary>
/// <c>tcp-listen://host:port</c>: receivers connect and push sentences. Each connection is a session of its own
/// (its own fragment assembly); up to <see cref="LiveFeedOptions.MaxConnections"/> at once, more are closed at once and
/// counted. A receiver that disconnects may connect again; that is not an error.
/// </summary>
internal sealed class TcpListenRunner(LiveSourceState state) : LiveSourceRunner(state)
{
    private TcpListener? _listener;

    public override void Bind()
    {
        var address = State.Address;
        var ip = IPAddress.TryParse(address.Host, out var parsed) ? parsed
            : Dns.GetHostAddresses(address.Host).FirstOrDefault() ?? throw new SocketException((int)SocketError.HostNotFound);
        _listener = new TcpListener(ip, address.Port);
        _listener.Start();
        State.LocalEndPoint = _listener.LocalEndpoint;
    }

    protected override void Unbind() => _listener?.Dispose();

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        var listener = _listener ?? throw new InvalidOperationException("not bound");
        await new CappedAcceptLoop(State.Options.MaxConnections).RunAsync(listener, ServeAsync, State.Refused,
            e => State.Failed(e.Message), cancellationToken).ConfigureAwait(false);
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var session = State.OpenSession();
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                await using (stream.ConfigureAwait(false))
                {
                    await PumpAsync(stream, session, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            State.Failed(e.Message);
        }
        finally
        {
            State.CloseSession(session);
        }
    }
}
