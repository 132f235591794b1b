namespace Picket.Ais.Nmea;

/// <summary>
/// Gatehouse <c>$PGHP,1,…</c> proprietary sentences, which stamp the AIS sentences that follow them with a time:
/// <c>$PGHP,1,year,month,day,hour,minute,second,millisecond,country(MID),region,pss,online,cc*hh</c>.
/// </summary>
public static class PghpTimestamp
{
    /// <summary>True when the line ends in a checksum that matches its content.</summary>
    public static bool HasValidChecksum(ReadOnlySpan<byte> line)
    {
        int star = line.LastIndexOf((byte)'*');
        if (star < 1 || line.Length < star + 3) return false;
        int sum = NmeaChecksum.ParseHex2(line[star + 1], line[star + 2]);
        return sum >= 0 && sum == NmeaChecksum.Compute(line[1..star]);
    }

    /// <summary>Parses a <c>$PGHP,1</c> line; returns false for other PGHP types or malformed lines.</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out long unixMs)
    {
        unixMs = long.MinValue;
        if (!HasValidChecksum(line)) return false;
        var rest = line[..line.LastIndexOf((byte)'*')];
        Span<long> f = stackalloc long[9];
        int index = 0;
        while (index < 9)
        {
            int comma = rest.IndexOf((byte)',');
            var field = comma < 0 ? rest : rest[..comma];
            if (index >= 1)
            {
                if (!TagBlock.TryParseLong(field, out long v)) return false;
                f[index] = v;
            }
            index++;
            if (comma < 0) break;
            rest = rest[(comma + 1)..];
        }
        if (index < 9 || f[1] != 1) return false;
        long y = f[2], mo = f[3], d = f[4], h = f[5], mi = f[6], s = f[7], ms = f[8];
        if (y is < 1 or > 9999 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth((int)y, (int)mo) || h > 23 || mi > 59 || s > 60 || ms > 999) return false;
        var t = new DateTimeOffset((int)y, (int)mo, (int)d, (int)h, (int)mi, 0, TimeSpan.Zero);
        unixMs = t.ToUnixTimeMilliseconds() + s * 1000 + ms;
        return true;
    }
}
