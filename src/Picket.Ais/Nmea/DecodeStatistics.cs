using System.Text;
using System.Text.Json;

namespace Picket.Ais.Nmea;

/// <summary>Counts of what a decoder saw: lines, messages per type, and rejected lines per reason.</summary>
/// <remarks>
/// Every line lands in exactly one bucket: it completed a message, is a fragment held for (or consumed by) a message,
/// is a timestamp or ignorable line, or was rejected. Fragments consumed by a completed message are counted as
/// <see cref="FragmentLines"/>; those evicted are counted under <see cref="RejectReason.StaleFragment"/> instead.
/// </remarks>
public sealed class DecodeStatistics
{
    private readonly long[] _byType = new long[64];
    private readonly long[] _rejected = new long[Enum.GetValues<RejectReason>().Length];

    /// <summary>Lines read, whatever became of them.</summary>
    public long Lines { get; internal set; }
    /// <summary>Complete messages decoded (one per message, however many sentences it came in).</summary>
    public long Messages { get; internal set; }
    /// <summary>Lines that were earlier fragments of a completed multi-part message.</summary>
    public long FragmentLines { get; internal set; }
    /// <summary>Fragments still held when these statistics were read.</summary>
    public long PendingLines { get; internal set; }
    /// <summary>Timestamp lines (<c>$PGHP</c>) that set the clock for the lines after them.</summary>
    public long TimestampLines { get; internal set; }
    /// <summary>Blank and comment lines.</summary>
    public long IgnoredLines { get; internal set; }
    /// <summary>Tag blocks whose own checksum failed; the sentence was kept but the tag's fields were not used.</summary>
    public long TagBlocksIgnored { get; internal set; }
    /// <summary>Sentences with text after a good checksum that is not a comma trailer; the sentence was kept.</summary>
    public long TrailingTextLines { get; internal set; }

    /// <summary>Lines rejected, all reasons together; <see cref="Rejected"/> gives one reason's count.</summary>
    public long RejectedLines { get { long n = 0; foreach (long v in _rejected) n += v; return n; } }

    /// <summary>Messages decoded of message type <paramref name="type"/> (1–27); 0 for any other number.</summary>
    public long MessagesOfType(int type) => (uint)type < 64 ? _byType[type] : 0;

    /// <summary>Lines rejected for <paramref name="reason"/>.</summary>
    public long Rejected(RejectReason reason) => _rejected[(int)reason];

    internal void CountMessage(int type) { Messages++; _byType[type & 63]++; }

    internal void CountRejected(RejectReason reason, long lines = 1) => _rejected[(int)reason] += lines;

    /// <summary>Adds another decoder's counts (for parallel decoding of several files).</summary>
    public void Add(DecodeStatistics other)
    {
        Lines += other.Lines; Messages += other.Messages; FragmentLines += other.FragmentLines; PendingLines += other.PendingLines;
        TimestampLines += other.TimestampLines; IgnoredLines += other.IgnoredLines; TagBlocksIgnored += other.TagBlocksIgnored;
        TrailingTextLines += other.TrailingTextLines;
        for (int i = 0; i < 64; i++) _byType[i] += other._byType[i];
        for (int i = 0; i < _rejected.Length; i++) _rejected[i] += other._rejected[i];
    }

    /// <summary>A human-readable summary, one fact per line.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("lines read: ").Append(Lines).AppendLine();
        sb.Append("messages decoded: ").Append(Messages).AppendLine();
        for (int t = 0; t < 64; t++)
            if (_byType[t] > 0) sb.Append("  type ").Append(t).Append(": ").Append(_byType[t]).AppendLine();
        sb.Append("fragment lines joined: ").Append(FragmentLines).AppendLine();
        if (TimestampLines > 0) sb.Append("timestamp lines: ").Append(TimestampLines).AppendLine();
        if (IgnoredLines > 0) sb.Append("blank or comment lines: ").Append(IgnoredLines).AppendLine();
        if (TagBlocksIgnored > 0) sb.Append("tag blocks with a bad checksum (sentence kept): ").Append(TagBlocksIgnored).AppendLine();
        if (TrailingTextLines > 0) sb.Append("sentences with text after a good checksum (kept): ").Append(TrailingTextLines).AppendLine();
        sb.Append("rejected lines: ").Append(RejectedLines).AppendLine();
        foreach (var r in Enum.GetValues<RejectReason>())
            if (r != RejectReason.None && _rejected[(int)r] > 0) sb.Append("  ").Append(ReasonName(r)).Append(": ").Append(_rejected[(int)r]).AppendLine();
        return sb.ToString();
    }

    /// <summary>Writes the counts as one JSON object.</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("lines", Lines);
        w.WriteNumber("messages", Messages);
        w.WriteStartObject("messages_by_type");
        for (int t = 0; t < 64; t++) if (_byType[t] > 0) w.WriteNumber(t.ToString(System.Globalization.CultureInfo.InvariantCulture), _byType[t]);
        w.WriteEndObject();
        w.WriteNumber("fragment_lines", FragmentLines);
        w.WriteNumber("timestamp_lines", TimestampLines);
        w.WriteNumber("ignored_lines", IgnoredLines);
        w.WriteNumber("tag_blocks_ignored", TagBlocksIgnored);
        w.WriteNumber("trailing_text_lines", TrailingTextLines);
        w.WriteNumber("rejected", RejectedLines);
        w.WriteStartObject("rejected_by_reason");
        foreach (var r in Enum.GetValues<RejectReason>())
            if (r != RejectReason.None && _rejected[(int)r] > 0) w.WriteNumber(ReasonName(r), _rejected[(int)r]);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The snake_case name of a reason, as printed in statistics.</summary>
    public static string ReasonName(RejectReason reason) => reason switch
    {
        RejectReason.NotAis => "not_ais",
        RejectReason.BadChecksum => "bad_checksum",
        RejectReason.MissingChecksum => "missing_checksum",
        RejectReason.Truncated => "truncated",
        RejectReason.MalformedField => "malformed_field",
        RejectReason.BadFillBits => "bad_fill_bits",
        RejectReason.BadPayloadCharacter => "bad_payload_character",
        RejectReason.EmptyPayload => "empty_payload",
        RejectReason.UnknownType => "unknown_type",
        RejectReason.TooShort => "too_short",
        RejectReason.OrphanFragment => "orphan_fragment",
        RejectReason.StaleFragment => "stale_fragment",
        RejectReason.LineTooLong => "line_too_long",
        RejectReason.BadTagBlock => "bad_tag_block",
        RejectReason.TooLong => "too_long",
        _ => "none",
    };
}
