using System.Text;
using Picket.Core.Alerts;

namespace Picket.Reporting.Alerts;

/// <summary>
/// One alert as a server-sent event (WHATWG HTML Living Standard §9.2, "text/event-stream"): <c>id</c> = delivery id
/// (alert id and revision, so a reconnecting browser's Last-Event-ID names where it was), <c>event: alert</c>, the alert's
/// JSON on one <c>data</c> line (it has no line breaks), and the blank line that ends the event.
/// </summary>
public static class ServerSentAlert
{
    /// <summary>The content type of the stream.</summary>
    public const string ContentType = "text/event-stream";

    /// <summary>The event's bytes, UTF-8.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static byte[] Format(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var json = JsonLinesAlertWriter.ToUtf8(alert);
        // An id must not hold a line break or NUL (§9.2.6); alert ids are built from wire names, MMSIs and times, but the guard is cheap.
        var id = AlertOutbox.DeliveryId(alert).Replace('\n', ' ').Replace('\r', ' ').Replace('\0', ' ');
        var head = Encoding.UTF8.GetBytes("id: " + id + "\nevent: alert\ndata: ");
        var result = new byte[head.Length + json.Length + 2];
        head.CopyTo(result, 0);
        json.CopyTo(result, head.Length);
        result[^2] = (byte)'\n';
        result[^1] = (byte)'\n';
        return result;
    }
}
