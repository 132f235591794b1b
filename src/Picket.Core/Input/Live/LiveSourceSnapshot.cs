using System.Text.Json;

namespace Picket.Core.Input.Live;

/// <summary>
/// The counters of one live source at one moment, for a watcher to print or serve. Every line received ends in
/// exactly one of: a message (<see cref="Messages"/>, counting its fragments as one), a rejection
/// (<see cref="Rejected"/>, by reason: <c>line_too_long</c>, <c>bad_checksum</c>, <c>not_ais</c> for garbage,
/// <c>orphan_fragment</c>, <c>stale_fragment</c>…), or a fragment, timestamp or blank line. Of the messages,
/// <see cref="Duplicates"/> were dropped as copies of one heard first by another receiver, and
/// <see cref="QueueDrops"/> counts batches lost because the consumer fell behind (UDP only, by default).
/// </summary>
public sealed record LiveSourceSnapshot
{
    /// <summary>The source's name.</summary>
    public required string Name { get; init; }
    /// <summary>Its URL.</summary>
    public required string Url { get; init; }
    /// <summary>How it receives.</summary>
    public LiveSourceKind Kind { get; init; }
    /// <summary>Connections (or UDP senders, or open files) now.</summary>
    public int OpenConnections { get; init; }
    /// <summary>Connections made or accepted so far (a file or standard input counts one per opening).</summary>
    public long Connections { get; init; }
    /// <summary>Connections of a <c>tcp://</c> client that were lost or failed and tried again.</summary>
    public long Reconnects { get; init; }
    /// <summary>Receivers refused by a listener at its connection limit, and UDP senders beyond the tracked limit.</summary>
    public long Refused { get; init; }
    /// <summary>Raw bytes received.</summary>
    public long Bytes { get; init; }
    /// <summary>Non-empty lines received.</summary>
    public long Lines { get; init; }
    /// <summary>Complete messages decoded (before de-duplication).</summary>
    public long Messages { get; init; }
    /// <summary>Messages dropped as copies of a message another receiver delivered first.</summary>
    public long Duplicates { get; init; }
    /// <summary>Batches of messages dropped because the consumer's queue was full.</summary>
    public long QueueDrops { get; init; }
    /// <summary>Times a tailed file was found truncated or replaced and read again from its start.</summary>
    public long Truncations { get; init; }
    /// <summary>Rejected lines by reason (snake_case names as <c>picket decode</c> prints them).</summary>
    public required IReadOnlyDictionary<string, long> Rejected { get; init; }
    /// <summary>Receive time − message time of the last message.</summary>
    public TimeSpan? LastLag { get; init; }
    /// <summary>Mean of receive time − message time.</summary>
    public TimeSpan? MeanLag { get; init; }
    /// <summary>Largest receive time − message time.</summary>
    public TimeSpan? MaxLag { get; init; }
    /// <summary>When bytes last arrived.</summary>
    public DateTimeOffset? LastReceived { get; init; }
    /// <summary>The last connection or read error, for the operator.</summary>
    public string? LastError { get; init; }

    /// <summary>The source has ended: standard input or a finished file read to its end (or the feed stopped).</summary>
    public bool Ended { get; init; }

    /// <summary>Lines rejected, all reasons together.</summary>
    public long RejectedLines => Rejected.Values.Sum();

    /// <summary>Lines rejected for one reason (snake_case name); 0 when none.</summary>
    public long RejectedFor(string reason) => Rejected.TryGetValue(reason, out long n) ? n : 0;

    /// <summary>Writes the counters as one JSON object (snake_case keys, lags in ms).</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("name", Name);
        w.WriteString("url", Url);
        w.WriteNumber("open_connections", OpenConnections);
        w.WriteNumber("connections", Connections);
        w.WriteNumber("reconnects", Reconnects);
        w.WriteNumber("refused", Refused);
        w.WriteNumber("bytes", Bytes);
        w.WriteNumber("lines", Lines);
        w.WriteNumber("messages", Messages);
        w.WriteNumber("duplicates", Duplicates);
        w.WriteNumber("queue_drops", QueueDrops);
        w.WriteNumber("truncations", Truncations);
        w.WriteNumber("rejected", RejectedLines);
        w.WriteStartObject("rejected_by_reason");
        foreach (var (reason, n) in Rejected) w.WriteNumber(reason, n);
        w.WriteEndObject();
        if (LastLag is { } last) w.WriteNumber("lag_last_ms", (long)last.TotalMilliseconds);
        if (MeanLag is { } mean) w.WriteNumber("lag_mean_ms", (long)mean.TotalMilliseconds);
        if (MaxLag is { } max) w.WriteNumber("lag_max_ms", (long)max.TotalMilliseconds);
        if (LastReceived is { } at) w.WriteString("last_received", at);
        if (LastError is { } error) w.WriteString("last_error", error);
        w.WriteBoolean("ended", Ended);
        w.WriteEndObject();
    }

    /// <summary>One line: name, messages, duplicates, rejections and lag.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Name}: {Lines} lines, {Messages} messages, {Duplicates} duplicates, {RejectedLines} rejected, {Reconnects} reconnects, lag {(LastLag?.TotalSeconds ?? 0):0.0} s");
}
