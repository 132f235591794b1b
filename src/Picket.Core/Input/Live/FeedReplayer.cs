using System.Net;
using System.Net.Sockets;
using Picket.Ais;

namespace Picket.Core.Input.Live;

/// <summary>
/// Serves a recorded feed the way a provider or a receiver does, for tests, demos and load: over TCP, every client that
/// connects gets the recording from its beginning (or from <see cref="FeedReplayOptions.From"/>, so a watcher restarted
/// from a checkpoint skips what it holds); over UDP, the lines go out in datagrams as a receiver sends them. Lines are
/// paced by the time they carry (<see cref="ReplayLineTime"/>) at <see cref="FeedReplayOptions.Speed"/>× real time, or
/// sent as fast as the other side takes them. The recording is read from disk for each client (plain or gzip), never
/// held in memory; times the plausibility test refuses (<see cref="FeedClock"/>) do not move the pacing.
/// </summary>
/// <param name="files">The recording, in order (NMEA, plain or gzip).</param>
/// <param name="options">Speed, start and limits; the defaults when null.</param>
/// <param name="clock">The clock that paces; the system's when null.</param>
public sealed class FeedReplayer(IReadOnlyList<string> files, FeedReplayOptions? options = null, TimeProvider? clock = null)
{
    private readonly FeedReplayOptions _options = Validate(options ?? new FeedReplayOptions());
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private long _connections, _lines, _refused;

    /// <summary>Clients served so far (TCP), or 1 per <see cref="SendAsync"/>.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Lines sent, over all clients.</summary>
    public long LinesSent => Interlocked.Read(ref _lines);

    /// <summary>Clients closed at once because <see cref="FeedReplayOptions.MaxConnections"/> were being served.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>
    /// Listens on <paramref name="listen"/> and replays the recording to each client that connects, until cancelled.
    /// <paramref name="listening"/> is told the bound address (its port, when 0 was asked for).
    /// </summary>
    /// <exception cref="SocketException">The address is in use or not local.</exception>
    public async Task ServeAsync(IPEndPoint listen, Action<EndPoint>? listening = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listen);
        using var listener = new TcpListener(listen);
        listener.Start();
        listening?.Invoke(listener.LocalEndpoint);
        await new CappedAcceptLoop(_options.MaxConnections).RunAsync(listener, (client, ct) =>
        {
            long number = Interlocked.Increment(ref _connections);
            return ServeClientAsync(client, number, ct);
        }, () => Interlocked.Increment(ref _refused), acceptFailed: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the recording once to <paramref name="to"/> in UDP datagrams; returns the lines sent.</summary>
    public async Task<long> SendAsync(IPEndPoint to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        using var socket = new Socket(to.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        Interlocked.Increment(ref _connections);
        var output = new UdpReplayOutput(socket, to, _options.DatagramBytes);
        return await ReplayAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replays the recording into <paramref name="output"/>; returns the lines sent.</summary>
    internal async Task<long> ReplayAsync(IReplayOutput output, CancellationToken cancellationToken)
    {
        var pacing = new ReplayPacing(_options, _clock);
        var splitter = new ReplayLines(_options.MaxLineLength);
        long sent = 0;
        var chunk = new byte[1 << 16];
        foreach (var file in files)
        {
            var stream = NmeaStreamReader.OpenFile(file);
            await using (stream.ConfigureAwait(false))
            {
                int n;
                while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    splitter.Add(chunk.AsMemory(0, n));
                    while (splitter.TryTake(out var line))
                    {
                        var wait = pacing.Next(line.Span);
                        if (wait == ReplayPacing.Skip) continue;
                        if (wait > TimeSpan.Zero)
                        {
                            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                            await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
                        }
                        await output.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
                        sent++;
                        Interlocked.Increment(ref _lines);
                    }
                }
                splitter.EndOfFile();
                while (splitter.TryTake(out var last))
                {
                    if (pacing.Next(last.Span) == ReplayPacing.Skip) continue;
                    await output.WriteLineAsync(last, cancellationToken).ConfigureAwait(false);
                    sent++;
                    Interlocked.Increment(ref _lines);
                }
            }
        }
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return sent;
    }

    private async Task ServeClientAsync(TcpClient client, long number, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                await using (stream.ConfigureAwait(false))
                {
                    var sent = _options.Sent;
                    var output = new StreamReplayOutput(stream, sent == null ? null : lines => sent(number, lines, _clock.GetUtcNow()));
                    await ReplayAsync(output, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            // The client went away: that ends its replay, not the server.
        }
    }

    private static FeedReplayOptions Validate(FeedReplayOptions o)
    {
        if (!o.AsFastAsPossible && !(o.Speed > 0 && double.IsFinite(o.Speed))) throw new ArgumentException("Speed must be a positive number", nameof(o));
        if (o.MaxConnections < 1 || o.DatagramBytes < 100 || o.MaxLineLength < 100) throw new ArgumentException("limits out of range", nameof(o));
        return o;
    }
}
