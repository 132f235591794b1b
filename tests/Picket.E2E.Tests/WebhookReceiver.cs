using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Picket.E2E.Tests;

/// <summary>One POST the receiver accepted: its delivery id, body, and when it arrived (test stopwatch).</summary>
public sealed record ReceivedDelivery(string Delivery, byte[] Body, TimeSpan At);

/// <summary>
/// A webhook receiver on loopback — a small HTTP/1.1 server on a socket, so that "down" means down: the listening
/// socket and every open connection closed, new connections refused — that checks each request as a user's receiver
/// would, by the README's recipe and with its own code rather than Picket's: HMAC-SHA256 keyed with the shared secret
/// over <c>timestamp + "." + body</c>, hex, <c>sha256=</c> prefix, compared in constant time, the timestamp within
/// 5 minutes. A request that fails the check gets 401 and is counted, not kept. Brought back on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly byte[] _secret;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<ReceivedDelivery> _accepted = [];
    private readonly List<Socket> _open = [];
    private readonly TimeSpan _answerAfter;
    private Socket? _listener;
    private Task? _loop;
    private int _rejected;

    public WebhookReceiver(byte[] secret, TimeSpan answerAfter = default)
    {
        _secret = secret;
        _answerAfter = answerAfter;
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>
    /// A receiver with a new random secret (32 bytes, hex, as a user would make one), started, for <c>picket</c> to post
    /// to with <see cref="AlertArguments"/> and <see cref="SecretEnvironment"/>.
    /// </summary>
    public static WebhookReceiver StartWithNewSecret(TimeSpan answerAfter = default)
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var receiver = new WebhookReceiver(Encoding.UTF8.GetBytes(secret), answerAfter) { Secret = secret };
        receiver.Start();
        return receiver;
    }

    /// <summary>The environment variable the tests pass the secret in (<c>--alerts-secret-env</c>: never on the command line).</summary>
    public const string SecretVariable = "PICKET_E2E_WEBHOOK_SECRET";

    /// <summary>The shared secret as given to <c>picket</c>; empty for a receiver made with a secret of its caller's.</summary>
    public string Secret { get; private init; } = "";

    /// <summary><c>--alerts URL --alerts-secret-env VARIABLE</c>: post every alert revision here, signed.</summary>
    public string[] AlertArguments => ["--alerts", Url, "--alerts-secret-env", SecretVariable];

    /// <summary>The environment that hands <c>picket</c> the secret.</summary>
    public (string Name, string Value) SecretEnvironment => (SecretVariable, Secret);

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>Requests refused for a bad or missing signature.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>The stopwatch the arrival times are on.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<ReceivedDelivery> Accepted
    {
        get
        {
            lock (_accepted) return [.. _accepted];
        }
    }

    public int Count
    {
        get
        {
            lock (_accepted) return _accepted.Count;
        }
    }

    public void Start()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, Port));
        listener.Listen(64);
        _listener = listener;
        _loop = Task.Run(() => AcceptAsync(listener));
    }

    /// <summary>Takes the receiver down: the listening socket and every connection are closed.</summary>
    public async Task StopAsync()
    {
        var listener = _listener;
        _listener = null;
        if (listener == null) return;
        listener.Close();
        if (_loop != null) await _loop;
        lock (_open)
        {
            foreach (var s in _open) s.Close();
            _open.Clear();
        }
    }

    private async Task AcceptAsync(Socket listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_open) _open.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    /// <summary>Requests on one keep-alive connection until it closes.</summary>
    private async Task ServeAsync(Socket client)
    {
        try
        {
            using var stream = new NetworkStream(client, ownsSocket: true);
            var buffer = new List<byte>();
            var chunk = new byte[8192];
            while (true)
            {
                int headEnd;
                while ((headEnd = IndexOf(buffer, "\r\n\r\n"u8)) < 0)
                {
                    int n = await stream.ReadAsync(chunk);
                    if (n == 0) return;
                    buffer.AddRange(chunk.AsSpan(0, n));
                }
                var head = Encoding.ASCII.GetString([.. buffer.GetRange(0, headEnd)]).Split("\r\n");
                var headers = head.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
                    .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
                int length = headers.TryGetValue("Content-Length", out var cl) ? int.Parse(cl, CultureInfo.InvariantCulture) : 0;
                buffer.RemoveRange(0, headEnd + 4);
                while (buffer.Count < length)
                {
                    int n = await stream.ReadAsync(chunk);
                    if (n == 0) return;
                    buffer.AddRange(chunk.AsSpan(0, n));
                }
                var body = buffer.GetRange(0, length).ToArray();
                buffer.RemoveRange(0, length);
                string status;
                if (Verify(headers.GetValueOrDefault("X-Picket-Timestamp"), headers.GetValueOrDefault("X-Picket-Signature"), body)
                    && headers.GetValueOrDefault("X-Picket-Delivery") is { } delivery)
                {
                    if (_answerAfter > TimeSpan.Zero) await Task.Delay(_answerAfter);
                    lock (_accepted) _accepted.Add(new ReceivedDelivery(delivery, body, _clock.Elapsed));
                    status = "204 No Content";
                }
                else
                {
                    Interlocked.Increment(ref _rejected);
                    status = "401 Unauthorized";
                }
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n"));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            lock (_open) _open.Remove(client);
        }
    }

    private static int IndexOf(List<byte> buffer, ReadOnlySpan<byte> what)
    {
        for (int i = 0; i + what.Length <= buffer.Count; i++)
        {
            int j = 0;
            while (j < what.Length && buffer[i + j] == what[j]) j++;
            if (j == what.Length) return i;
        }
        return -1;
    }

    private bool Verify(string? timestamp, string? signature, byte[] body)
    {
        if (timestamp == null || signature == null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300) return false;
        var signed = Encoding.ASCII.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(_secret, signed)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
