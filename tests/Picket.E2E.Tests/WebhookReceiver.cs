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
/// A webhook receiver on loopback (HttpListener) that checks each request as a user's receiver would, by the README's
/// recipe and with its own code rather than Picket's: HMAC-SHA256 keyed with the shared secret over
/// <c>timestamp + "." + body</c>, hex, <c>sha256=</c> prefix, compared in constant time, the timestamp within 5 minutes.
/// A request that fails the check gets 401 and is counted, not kept. It can be taken down (the port refuses
/// connections) and brought back on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly byte[] _secret;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<ReceivedDelivery> _accepted = [];
    private readonly TimeSpan _answerAfter;
    private HttpListener? _listener;
    private Task? _loop;
    private int _rejected;

    public WebhookReceiver(byte[] secret, TimeSpan answerAfter = default)
    {
        _secret = secret;
        _answerAfter = answerAfter;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

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
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _listener = listener;
        _loop = Task.Run(() => ServeAsync(listener));
    }

    /// <summary>Takes the receiver down: the listener is closed, so connections are refused.</summary>
    public async Task StopAsync()
    {
        var listener = _listener;
        _listener = null;
        if (listener == null) return;
        listener.Close();
        if (_loop != null) await _loop;
    }

    private async Task ServeAsync(HttpListener listener)
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            var delivery = context.Request.Headers["X-Picket-Delivery"];
            if (!Verify(context.Request.Headers["X-Picket-Timestamp"], context.Request.Headers["X-Picket-Signature"], bytes) || delivery == null)
            {
                Interlocked.Increment(ref _rejected);
                context.Response.StatusCode = 401;
                context.Response.Close();
                return;
            }
            if (_answerAfter > TimeSpan.Zero) await Task.Delay(_answerAfter);
            lock (_accepted) _accepted.Add(new ReceivedDelivery(delivery, bytes, _clock.Elapsed));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
        }
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
