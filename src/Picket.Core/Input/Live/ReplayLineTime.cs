using Picket.Ais.Nmea;

namespace Picket.Core.Input.Live;

/// <summary>
/// The time a recorded line carries, for pacing a replay: the tag block's <c>c:</c> (IEC 61162-1 §7.9), a
/// <c>$PGHP</c> line's time, or a USCG-style trailer after the checksum. Lines without one (later fragments, feeds
/// without times) take the time of the line before them.
/// </summary>
internal static class ReplayLineTime
{
    /// <summary>True and the time in UNIX ms when the line carries one.</summary>
    public static bool TryGet(ReadOnlySpan<byte> line, out long timeMs)
    {
        timeMs = long.MinValue;
        line = line.TrimStart(" \t"u8);
        if (line.IsEmpty) return false;
        if (line[0] == (byte)'\\')
        {
            int end = line[1..].IndexOf((byte)'\\');
            if (end > 0 && TagBlock.TryParse(line.Slice(1, end), out var tag) && tag.TimeMs != long.MinValue)
            {
                timeMs = tag.TimeMs;
                return true;
            }
            return false;
        }
        if (line.StartsWith("$PGHP"u8)) return PghpTimestamp.TryParse(line.TrimEnd(" \t\r\n"u8), out timeMs);
        int bang = line.IndexOf((byte)'!');
        if (bang < 0) return false;
        if (VdmSentence.TryParse(line[bang..].TrimEnd(" \t\r\n"u8), out var v) == RejectReason.None && v.TrailerTimeMs != long.MinValue)
        {
            timeMs = v.TrailerTimeMs;
            return true;
        }
        return false;
    }
}
