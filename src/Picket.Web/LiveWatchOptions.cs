namespace Picket.Web;

/// <summary>A live watch the server runs beside its API (<c>picket serve --watch SOURCE…</c>), writing into the server's store.</summary>
public sealed record LiveWatchOptions
{
    /// <summary>The feeds, as <c>picket watch</c> takes them; at least one.</summary>
    public required IReadOnlyList<Picket.Core.Input.Live.LiveSourceAddress> Sources { get; init; }

    /// <summary>Where the watch keeps <c>events.jsonl</c>, <c>alerts.jsonl</c> and its checkpoint; null = <c>watch</c> in the server's work folder. A checkpoint there is resumed.</summary>
    public string? Directory { get; init; }

    /// <summary>A further JSON Lines file every alert also goes to; null for none.</summary>
    public string? AlertsFile { get; init; }

    /// <summary>Further JSON Lines files every alert revision is copied to from <c>alerts.jsonl</c>, each once, across restarts (<c>--alerts FILE</c>, as <c>picket watch</c>).</summary>
    public IReadOnlyList<string> AlertFiles { get; init; } = [];

    /// <summary>Receivers every alert revision is posted to, signed, each once, across outages and restarts (<c>--alerts URL</c>, as <c>picket watch</c>).</summary>
    public IReadOnlyList<Picket.Reporting.Alerts.WebhookTarget> Webhooks { get; init; } = [];

    /// <summary>How long a finishing watch waits for its alert targets to take what is left (a stopped one does not wait: its cursors resume).</summary>
    public TimeSpan AlertsDrainTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the vessel directory and pages are rebuilt from the store while data arrives (only when something arrived).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Frames per second at most on each <c>/api/v1/live/positions</c> connection; each frame holds every vessel that moved since the last, at its newest position.</summary>
    public double PositionFramesPerSecond { get; init; } = 2;

    /// <summary>The watch's checkpoint interval (events reach the store at each checkpoint).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a source's positions wait before they are committed to the store.</summary>
    public TimeSpan StoreChunkInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How far a message's time may stray from its source's clock.</summary>
    public TimeSpan? PlausibleTimeWindow { get; init; }
}
