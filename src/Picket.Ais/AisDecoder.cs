using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Ais;

/// <summary>
/// Turns NMEA lines into complete AIS messages: tag blocks, PGHP timestamps, checksums, multi-part reassembly and
/// per-type length checks. One instance per input stream (it remembers pending fragments and the last PGHP time);
/// not thread-safe. Never throws on input: every line ends as a message, a pending fragment, a timestamp, an ignored
/// line or a rejection counted in <see cref="Statistics"/>.
/// </summary>
public sealed class AisDecoder
{
    private readonly AisDecoderOptions _options;
    private readonly FragmentAssembler _fragments;
    private readonly byte[] _bits = new byte[PayloadArmor.PackedSize(FragmentAssembler.MaxChars)];
    private long _pghpTimeMs = long.MinValue;

    /// <summary>Creates a decoder for one input stream; <paramref name="options"/> bounds the fragments it holds (defaults when null).</summary>
    public AisDecoder(AisDecoderOptions? options = null)
    {
        _options = options ?? new AisDecoderOptions();
        _fragments = new FragmentAssembler(Math.Max(1, _options.MaxPendingMessages), _options.MaxFragmentAgeLines,
            (long)_options.MaxFragmentAge.TotalMilliseconds);
    }

    /// <summary>What this decoder has seen so far: lines, messages per type and rejections per reason.</summary>
    public DecodeStatistics Statistics { get; } = new();

    /// <summary>Why the last line was rejected, or <see cref="RejectReason.None"/>.</summary>
    public RejectReason LastRejectReason { get; private set; }

    /// <summary>Decodes one line (without its line terminator; trailing CR and spaces are tolerated).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public LineOutcome Decode(ReadOnlySpan<byte> line, out AisPayload payload)
    {
        payload = default;
        LastRejectReason = RejectReason.None;
        Statistics.Lines++;
        long lineNumber = Statistics.Lines;
        line = line.TrimEnd(" \t\r\n\0"u8);
        line = line.TrimStart(" \t"u8);
        if (line.IsEmpty || line[0] == (byte)'#') { Statistics.IgnoredLines++; return LineOutcome.Ignored; }
        if (line.Length > _options.MaxLineLength) return Reject(RejectReason.LineTooLong);

        TagBlock tag = default;
        tag.TimeMs = long.MinValue;
        if (line[0] == (byte)'\\')
        {
            int end = line[1..].IndexOf((byte)'\\');
            if (end < 0) return Reject(RejectReason.BadTagBlock);
            if (!TagBlock.TryParse(line.Slice(1, end), out tag)) { Statistics.TagBlocksIgnored++; tag = default; tag.TimeMs = long.MinValue; }
            line = line[(end + 2)..];
        }
        else if (line[0] != (byte)'!')
        {
            if (line.StartsWith("$PGHP"u8))
            {
                if (PghpTimestamp.TryParse(line, out long t)) { _pghpTimeMs = t; Statistics.TimestampLines++; return LineOutcome.Timestamp; }
                return Reject(PghpTimestamp.HasValidChecksum(line) ? RejectReason.MalformedField : RejectReason.BadChecksum);
            }
            // Some loggers put a timestamp or receiver name before the sentence: "2020-01-01 00:00:00 !AIVDM,…"
            int start = line.IndexOfAny((byte)'!', (byte)'\\');
            if (start <= 0 || line[start - 1] is not ((byte)' ' or (byte)'\t' or (byte)',' or (byte)';'))
                return Reject(RejectReason.NotAis);
            Statistics.Lines--; // the remainder is decoded as this same line
            return Decode(line[start..], out payload);
        }

        var reason = VdmSentence.TryParse(line, out var v);
        if (reason != RejectReason.None) return Reject(reason);
        if (v.HasTrailingText) Statistics.TrailingTextLines++;

        long timeMs = tag.TimeMs != long.MinValue ? tag.TimeMs
            : _pghpTimeMs != long.MinValue ? _pghpTimeMs
            : v.TrailerTimeMs != long.MinValue ? v.TrailerTimeMs
            : _options.Clock?.GetUtcNow().ToUnixTimeMilliseconds() ?? long.MinValue;
        var source = tag.Source.IsEmpty ? v.TrailerSource : tag.Source;

        if (v.Total == 1)
            return Complete(v.Payload, v.FillBits, timeMs, source, v.Channel, v.OwnShip, 1, out payload);

        reason = _fragments.Add(ref v, ref tag, source, timeMs, lineNumber, out bool completed, out long evicted);
        if (evicted > 0) Statistics.CountRejected(RejectReason.StaleFragment, evicted);
        if (reason != RejectReason.None) return Reject(reason);
        if (!completed) return LineOutcome.Pending;
        _fragments.GetCompleted(out var armored, out int fill, out var src, out long t0, out byte ch, out bool own, out int lines);
        var outcome = Complete(armored, fill, t0, src, ch, own, lines, out payload);
        // The earlier fragments were counted when they arrived only as "pending"; settle them now.
        if (outcome == LineOutcome.Message) Statistics.FragmentLines += lines - 1;
        else Statistics.CountRejected(LastRejectReason, lines - 1);
        return outcome;
    }

    /// <summary>Ends the input: fragments still pending are counted as stale. Call once after the last line.</summary>
    public void Flush()
    {
        long n = _fragments.Flush();
        if (n > 0) Statistics.CountRejected(RejectReason.StaleFragment, n);
    }

    /// <summary>Counts a line the reader skipped because it exceeded the maximum length.</summary>
    internal void RejectTooLong()
    {
        Statistics.Lines++;
        Reject(RejectReason.LineTooLong);
    }

    /// <summary>Fragment lines currently awaiting the rest of their message.</summary>
    public int PendingLines => _fragments.PendingLines;

    private LineOutcome Complete(ReadOnlySpan<byte> armored, int fill, long timeMs, ReadOnlySpan<byte> source, byte channel,
        bool ownShip, int sentences, out AisPayload payload)
    {
        payload = default;
        if (!PayloadArmor.TryPack(armored, _bits)) return Reject(RejectReason.BadPayloadCharacter);
        int bitLength = armored.Length * 6 - fill;
        if (bitLength < 38) return Reject(RejectReason.TooShort);
        var reader = new BitReader(_bits, bitLength);
        int type = (int)reader.UInt(0, 6);
        var check = MessageLengths.Check(type, reader);
        if (check != RejectReason.None) return Reject(check);
        payload = new AisPayload(_bits, bitLength, armored, fill, timeMs, source, channel, ownShip, sentences);
        Statistics.CountMessage(type);
        return LineOutcome.Message;
    }

    private LineOutcome Reject(RejectReason reason)
    {
        LastRejectReason = reason;
        Statistics.CountRejected(reason);
        return LineOutcome.Rejected;
    }
}
