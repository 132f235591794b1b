using System.Globalization;
using System.Text;

namespace Picket.Web.Tests;

/// <summary>
/// Position reports for uploads, each behind a tag block with its reception time (IEC 61162-450 §7: <c>\c:UNIX*hh\</c>),
/// with the checksums computed (IEC 61162-1 §7.2.3: XOR of the characters between the delimiter and '*').
/// </summary>
internal static class AisLines
{
    // Public AIVDM examples (type 1 position reports) from the pyais documentation.
    public static readonly string[] Bodies = ["AIVDM,1,1,,B,15NG6V0P01G?cFhE`R2IU?wn28R>,0", "AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"];

    public static string Nmea()
    {
        var sb = new StringBuilder();
        long time = 1518588000; // 2018-02-14T06:00:00Z, inside the simulated scenario's days
        foreach (var body in Bodies)
        {
            string tag = "c:" + (time += 60).ToString(CultureInfo.InvariantCulture);
            sb.Append('\\').Append(tag).Append('*').Append(Checksum(tag)).Append('\\');
            sb.Append('!').Append(body).Append('*').Append(Checksum(body)).Append("\r\n");
        }
        return sb.ToString();
    }

    private static string Checksum(string s)
    {
        byte sum = 0;
        foreach (char c in s) sum ^= (byte)c;
        return sum.ToString("X2", CultureInfo.InvariantCulture);
    }
}
