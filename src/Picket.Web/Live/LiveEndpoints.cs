using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Picket.Reporting.Alerts;

namespace Picket.Web.Live;

/// <summary>
/// <c>/api/v1/live/…</c>, mapped when the server runs a watch: the alert revisions and the vessels' newest positions as
/// server-sent events (WHATWG HTML Living Standard §9.2), and the watch's status. Each stream is linked with the
/// server's stopping token: a request's own token does not fire on shutdown, and an open stream would hold it.
/// </summary>
internal static class LiveEndpoints
{
    /// <summary>Positions in one frame at most; a larger change is sent over the next frames.</summary>
    public const int MaxFramePositions = 5_000;

    /// <summary>A comment line this often on a quiet stream, so proxies and the client see the connection alive.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static RouteGroupBuilder MapLive(this RouteGroupBuilder api, LiveWatch watch)
    {
        api.MapGet("/live/status", () => TypedResults.Ok(LiveStatusResponse.From(watch)))
            .WithName("getLiveStatus")
            .WithSummary("The live watch: state, messages/s, lag (wall clock minus the newest message time), queue, per-source counters, and the live streams' counters.");

        api.MapGet("/live/alerts", (HttpContext context, IHostApplicationLifetime life) => StreamAlertsAsync(context, watch, life.ApplicationStopping))
            .WithName("followLiveAlerts")
            .WithSummary("Each alert revision as it is published (text/event-stream, event 'alert', id = alert id and revision, data = the alert as in alerts.jsonl). "
                + "The recent revisions come first; with Last-Event-ID (header or ?lastEventId=) only those after it.")
            .Produces(StatusCodes.Status200OK, contentType: ServerSentAlert.ContentType);

        api.MapGet("/live/positions", (HttpContext context, IHostApplicationLifetime life) => StreamPositionsAsync(context, watch, life.ApplicationStopping))
            .WithName("followLivePositions")
            .WithSummary("The vessels' newest positions (text/event-stream, event 'positions', data = an array of positions): every vessel first, then at most "
                + "a few frames a second with the vessels that moved since the last frame, each at its newest position — a slow reader gets fewer, fuller frames, never a backlog.")
            .Produces<LivePositionItem[]>(StatusCodes.Status200OK, ServerSentAlert.ContentType);
        return api;
    }

    private static void BeginStream(HttpContext context)
    {
        context.Response.ContentType = ServerSentAlert.ContentType;
        context.Response.Headers.CacheControl = "no-cache,no-store";
        context.Response.Headers.ContentEncoding = "identity";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    private static async Task StreamAlertsAsync(HttpContext context, LiveWatch watch, CancellationToken stopping)
    {
        string? last = context.Request.Headers["Last-Event-ID"].FirstOrDefault() ?? context.Request.Query["lastEventId"].FirstOrDefault();
        BeginStream(context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var ct = linked.Token;
        var (subscription, backlog) = watch.Alerts.Subscribe(last);
        using (subscription)
        {
            try
            {
                var body = context.Response.Body;
                await body.WriteAsync("retry: 2000\n\n"u8.ToArray(), ct).ConfigureAwait(false);
                foreach (var alert in backlog) await body.WriteAsync(ServerSentAlert.Format(alert), ct).ConfigureAwait(false);
                await body.FlushAsync(ct).ConfigureAwait(false);
                var reader = subscription.Reader;
                while (!ct.IsCancellationRequested)
                {
                    using var beat = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    beat.CancelAfter(Heartbeat);
                    bool more;
                    try
                    {
                        more = await reader.WaitToReadAsync(beat.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                    {
                        await body.WriteAsync(":\n\n"u8.ToArray(), ct).ConfigureAwait(false);
                        await body.FlushAsync(ct).ConfigureAwait(false);
                        continue;
                    }
                    if (!more) break;
                    while (reader.TryRead(out var alert)) await body.WriteAsync(ServerSentAlert.Format(alert), ct).ConfigureAwait(false);
                    await body.FlushAsync(ct).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The client went away or the server is stopping.
            }
        }
    }

    internal static async Task StreamPositionsAsync(HttpContext context, LiveWatch watch, CancellationToken stopping)
    {
        BeginStream(context);
        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var ct = linked.Token;
        var period = TimeSpan.FromSeconds(1 / Math.Clamp(watch.Options.PositionFramesPerSecond, 0.1, 50));
        var board = watch.Positions;
        var changed = new List<LivePosition>();
        long cursor = 0, updatesAtLastFrame = -1;
        var lastWrite = DateTime.UtcNow;
        watch.ClientOpened();
        try
        {
            var body = context.Response.Body;
            await body.WriteAsync("retry: 2000\n\n"u8.ToArray(), ct).ConfigureAwait(false);
            await body.FlushAsync(ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                long updates = board.Updates;
                cursor = board.ChangedSince(cursor, MaxFramePositions, changed);
                if (changed.Count > 0)
                {
                    var items = changed.Select(p => new LivePositionItem(p.Mmsi, p.Time, p.Lat, p.Lon, p.Sog, p.Cog, p.Heading)).ToArray();
                    var frame = Frame(JsonSerializer.SerializeToUtf8Bytes(items, json));
                    // Only this frame is ever held for the connection: a slow reader makes this write wait, and the
                    // fixes that arrive meanwhile replace each other on the board (counted as coalesced).
                    await body.WriteAsync(frame, ct).ConfigureAwait(false);
                    await body.FlushAsync(ct).ConfigureAwait(false);
                    watch.CountFrame(changed.Count, updatesAtLastFrame < 0 ? 0 : updates - updatesAtLastFrame - changed.Count);
                    updatesAtLastFrame = updates;
                    lastWrite = DateTime.UtcNow;
                }
                else if (DateTime.UtcNow - lastWrite >= Heartbeat)
                {
                    await body.WriteAsync(":\n\n"u8.ToArray(), ct).ConfigureAwait(false);
                    await body.FlushAsync(ct).ConfigureAwait(false);
                    lastWrite = DateTime.UtcNow;
                }
                await Task.Delay(period, ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            watch.ClientClosed();
        }
    }

    private static byte[] Frame(byte[] data)
    {
        var head = "event: positions\ndata: "u8;
        var frame = new byte[head.Length + data.Length + 2];
        head.CopyTo(frame);
        data.CopyTo(frame, head.Length);
        frame[^2] = (byte)'\n';
        frame[^1] = (byte)'\n';
        return frame;
    }
}
