namespace Picket.Web.Live;

/// <summary>One feed's counters.</summary>
internal sealed record LiveSourceResponse(string Name, long Connections, long Reconnects, long Lines, long Messages, long Rejected, long Skipped, bool Done);

/// <summary>The live map's board and streams.</summary>
internal sealed record LivePositionsResponse(int Vessels, long Updates, long Older, long Invalid, long Evicted, int Clients, long Sent, long Coalesced);

/// <summary>The alert streams.</summary>
internal sealed record LiveAlertsResponse(long Published, int Subscribers, long Dropped);

/// <summary>The vessel directory and pages rebuilt while data arrives; <c>Current</c> when they hold all the store holds.</summary>
internal sealed record LiveRefreshResponse(double IntervalSeconds, long Refreshes, long Failures, double LastMilliseconds, bool Current);

/// <summary>
/// <c>GET /api/v1/live/status</c>: the watch's state and its <see cref="Picket.Analysis.Live.LiveStatus"/> (throughput,
/// lag = wall clock minus the newest message time, queue, per-source counters), with the server's own live counters.
/// </summary>
internal sealed record LiveStatusResponse(
    string State, string? Failure, double ElapsedSeconds, long Messages, double MessagesPerSecond, double? LagSeconds,
    int QueueDepth, int QueueCapacity, long ReaderWaits, long Events, long Alerts, int Checkpoints,
    IReadOnlyList<LiveSourceResponse> Sources, LivePositionsResponse Positions, LiveAlertsResponse AlertStreams, LiveRefreshResponse ReadModel)
{
    public static LiveStatusResponse From(LiveWatch w)
    {
        var s = w.Status;
        return new LiveStatusResponse(w.State, w.Failure, s?.Elapsed.TotalSeconds ?? 0, s?.Messages ?? 0, s?.MessagesPerSecond ?? 0, s?.Lag?.TotalSeconds,
            s?.QueueDepth ?? 0, s?.QueueCapacity ?? 0, s?.ReaderWaits ?? 0, s?.Events ?? 0, s?.Alerts ?? 0, s?.Checkpoints ?? 0,
            [.. (s?.Sources ?? []).Select(x => new LiveSourceResponse(x.Name, x.Connections, Math.Max(0, x.Connections - 1), x.Lines, x.Messages, x.Rejected, x.Skipped, x.Done))],
            new LivePositionsResponse(w.Positions.Vessels, w.Positions.Updates, w.Positions.Older, w.Positions.Invalid, w.Positions.Evicted,
                w.PositionClients, w.PositionsSent, w.PositionsCoalesced),
            new LiveAlertsResponse(w.Alerts.Published, w.Alerts.Broadcast.Subscribers, w.Alerts.Broadcast.Dropped),
            new LiveRefreshResponse(w.Options.RefreshInterval.TotalSeconds, w.Refreshes, w.RefreshFailures, w.LastRefresh.TotalMilliseconds, w.ReadModelCurrent));
    }
}

/// <summary>One vessel's newest position in a <c>positions</c> frame of <c>/api/v1/live/positions</c>.</summary>
internal sealed record LivePositionItem(uint Mmsi, DateTimeOffset Time, double Lat, double Lon, double? Sog, double? Cog, int? Heading);
