namespace Picket.Ais.Nmea;

/// <summary>
/// The fields of an IEC 61162-1 (2010) §7.9 tag block, <c>\c:1577836800,s:rcv1,g:1-2-42*hh\</c>, as read from one line.
/// Only the fields a decoder needs are kept; values point into the line and are valid until the next line.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Justification = "A per-line ref struct that TryParse fills field by field on the decode hot path; public fields are its published API (PublicAPI.approved.txt) and cost nothing.")]
public ref struct TagBlock
{
    /// <summary>True when the line had a tag block whose checksum verified.</summary>
    public bool Present;
    /// <summary>UNIX time from <c>c:</c> in milliseconds, or <see cref="long.MinValue"/>.</summary>
    public long TimeMs;
    /// <summary>Source (receiver) id from <c>s:</c>; empty when absent.</summary>
    public ReadOnlySpan<byte> Source;
    /// <summary>Sentence-grouping <c>g:n-m-id</c>: this sentence's number, the group's size and its id; 0 when absent.</summary>
    public int GroupNumber, GroupTotal, GroupId;

    /// <summary>
    /// Parses the content between the backslashes (<c>key:value,…*hh</c>). Returns false when the checksum is
    /// missing or wrong, in which case no field is set. Unknown keys (<c>n</c>, <c>t</c>, <c>d</c>, <c>r</c>, vendor keys) are skipped.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> content, out TagBlock tag)
    {
        tag = default;
        tag.TimeMs = long.MinValue;
        int star = content.LastIndexOf((byte)'*');
        if (star < 0 || content.Length - star != 3) return false;
        int sum = NmeaChecksum.ParseHex2(content[star + 1], content[star + 2]);
        if (sum < 0 || sum != NmeaChecksum.Compute(content[..star])) return false;
        var fields = content[..star];
        while (fields.Length > 0)
        {
            int comma = fields.IndexOf((byte)',');
            var field = comma < 0 ? fields : fields[..comma];
            fields = comma < 0 ? default : fields[(comma + 1)..];
            if (field.Length < 2 || field[1] != (byte)':') continue;
            var value = field[2..];
            switch (field[0])
            {
                case (byte)'c':
                    if (TryParseLong(value, out long t))
                        // Some sources write milliseconds (13 digits) where the standard says seconds.
                        tag.TimeMs = value.Length >= 12 ? t : t * 1000;
                    break;
                case (byte)'s':
                    tag.Source = value;
                    break;
                case (byte)'g':
                    ParseGroup(value, ref tag);
                    break;
            }
        }
        tag.Present = true;
        return true;
    }

    private static void ParseGroup(ReadOnlySpan<byte> value, ref TagBlock tag)
    {
        int d1 = value.IndexOf((byte)'-');
        if (d1 < 0) return;
        int d2 = value[(d1 + 1)..].IndexOf((byte)'-');
        if (d2 < 0) return;
        d2 += d1 + 1;
        if (TryParseLong(value[..d1], out long n) && TryParseLong(value[(d1 + 1)..d2], out long m) && TryParseLong(value[(d2 + 1)..], out long id)
            && n is >= 1 and <= 9 && m is >= 1 and <= 9 && id is >= 0 and < int.MaxValue)
        {
            tag.GroupNumber = (int)n; tag.GroupTotal = (int)m; tag.GroupId = (int)id;
        }
    }

    /// <summary>Parses up to 18 decimal digits.</summary>
    internal static bool TryParseLong(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 18) return false;
        foreach (byte c in s)
        {
            uint d = (uint)(c - '0');
            if (d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
