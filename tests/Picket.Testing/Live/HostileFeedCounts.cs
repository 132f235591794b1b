using System.Text.Json;

namespace Picket.Testing.Live;

/// <summary>
/// What a <see cref="HostileFeed"/> sent and injected, for a harness to set beside the watcher's per-reason counters.
/// Written by the serving thread, read by anyone (plain 64-bit fields read whole on a 64-bit runtime).
/// </summary>
public sealed class HostileFeedCounts
{
    internal long ConnectionsField, DisconnectsField, HalfLinesField, GarbageField, OverlongField, FloodFragmentsField;
    internal long DisorderedField, DuplicateLinesField, StallsField, MessagesField, RecordingLinesField, RoundsField, BytesField;

    /// <summary>Connections accepted.</summary>
    public long Connections => Volatile.Read(ref ConnectionsField);
    /// <summary>Connections dropped on purpose mid-line.</summary>
    public long Disconnects => Volatile.Read(ref DisconnectsField);
    /// <summary>Lines cut by a disconnect (the watcher sees the first half as the connection's last line).</summary>
    public long HalfLines => Volatile.Read(ref HalfLinesField);
    /// <summary>Lines of binary garbage: <c>not_ais</c>.</summary>
    public long Garbage => Volatile.Read(ref GarbageField);
    /// <summary>Over-long lines: <c>line_too_long</c>.</summary>
    public long Overlong => Volatile.Read(ref OverlongField);
    /// <summary>First fragments never completed: <c>stale_fragment</c> once the watcher evicts them.</summary>
    public long FloodFragments => Volatile.Read(ref FloodFragmentsField);
    /// <summary>Two-part messages sent out of order with a duplicated first part: each one <c>orphan_fragment</c> and two stale first parts.</summary>
    public long Disordered => Volatile.Read(ref DisorderedField);
    /// <summary>Valid lines sent again as exact copies (dropped by de-duplication, not rejected).</summary>
    public long DuplicateLines => Volatile.Read(ref DuplicateLinesField);
    /// <summary>Stalls: connected and silent.</summary>
    public long Stalls => Volatile.Read(ref StallsField);
    /// <summary>Valid messages sent (copies not counted).</summary>
    public long Messages => Volatile.Read(ref MessagesField);
    /// <summary>Lines of the recording sent (copies not counted).</summary>
    public long RecordingLines => Volatile.Read(ref RecordingLinesField);
    /// <summary>Rounds of the recording begun.</summary>
    public long Rounds => Volatile.Read(ref RoundsField);
    /// <summary>Bytes sent.</summary>
    public long Bytes => Volatile.Read(ref BytesField);

    /// <summary>The counts as one JSON object (snake_case keys).</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteNumber("connections", Connections);
        w.WriteNumber("disconnects", Disconnects);
        w.WriteNumber("half_lines", HalfLines);
        w.WriteNumber("garbage", Garbage);
        w.WriteNumber("overlong", Overlong);
        w.WriteNumber("flood_fragments", FloodFragments);
        w.WriteNumber("disordered", Disordered);
        w.WriteNumber("duplicate_lines", DuplicateLines);
        w.WriteNumber("stalls", Stalls);
        w.WriteNumber("messages", Messages);
        w.WriteNumber("recording_lines", RecordingLines);
        w.WriteNumber("rounds", Rounds);
        w.WriteNumber("bytes", Bytes);
        w.WriteEndObject();
    }
}
