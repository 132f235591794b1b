using System.Net;
using System.Net.Sockets;
using Picket.Reporting.Alerts;

namespace Picket.Reporting.Tests.Alerts;

/// <summary>
/// A webhook receiver on loopback, written as a user would from the README's recipe: it verifies each request's
/// signature and timestamp against the raw body, answers 401 to a bad one, drops a delivery it already has, and records
/// the rest. It can be started late (the sink sees connection refused until then) and told to answer with a status.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public WebhookReceiver(byte[] secret, TimeProvider time)
    {
        (_secret, _time) = (secret, time);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/hook/");
    }

    public int Port { get; }
    public Uri Url => new($"http://127.0.0.1:{Port}/hook/");
    public List<(string Delivery, byte[] Body)> Received { get; } = [];
    public int Repeats { get; private set; }
    public int BadSignatures { get; private set; }
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.NoContent;

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await ctx.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            var ok = WebhookSignature.Verify(_secret, ctx.Request.Headers[WebhookSignature.SignatureHeader],
                ctx.Request.Headers[WebhookSignature.TimestampHeader], bytes, _time.GetUtcNow(), WebhookSignature.DefaultTolerance);
            lock (Received)
            {
                if (!ok)
                    BadSignatures++;
                else if (Answer is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices)
                {
                    var delivery = ctx.Request.Headers[WebhookSignature.DeliveryHeader] ?? "";
                    if (Received.Exists(r => r.Delivery == delivery))
                        Repeats++;
                    else
                        Received.Add((delivery, bytes));
                }
            }
            ctx.Response.StatusCode = ok ? (int)Answer : 401;
            ctx.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_listener.IsListening)
            _listener.Stop();
        _listener.Close();
        if (_loop is not null)
            await _loop;
        _stop.Dispose();
    }
}
