using System.Text;

namespace Picket.Web.Tests.Live;

/// <summary>One server-sent event as a client sees it (WHATWG HTML §9.2.6: id, event type, data lines joined).</summary>
internal sealed record ServerSentEvent(string? Id, string Type, string Data);

/// <summary>Reads a text/event-stream the way EventSource does, from any stream (an HTTP body or a raw socket after its headers).</summary>
internal sealed class ServerSentEventReader(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next event; null when the stream ends. Comments and retry lines are skipped.</summary>
    public async Task<ServerSentEvent?> NextAsync(CancellationToken ct)
    {
        string? id = null, type = null;
        var data = new StringBuilder();
        bool any = false;
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (any) return new ServerSentEvent(id, type ?? "message", data.ToString());
                continue;
            }
            if (line.StartsWith(':')) continue;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string field = colon < 0 ? line : line[..colon];
            string value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; any = true; break;
                case "event": type = value; any = true; break;
                case "data":
                    if (data.Length > 0) data.Append('\n');
                    data.Append(value);
                    any = true;
                    break;
            }
        }
        return null;
    }

    /// <summary>Events until <paramref name="enough"/> says so, the stream ends or <paramref name="timeout"/> passes.</summary>
    public async Task<List<ServerSentEvent>> ReadUntilAsync(Func<List<ServerSentEvent>, bool> enough, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var events = new List<ServerSentEvent>();
        try
        {
            while (!enough(events) && await NextAsync(limit.Token) is { } e) events.Add(e);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
        return events;
    }
}
