using System.Text;
using Picket.Ais.Csv;
using Picket.Ais.Nmea;

namespace Picket.Store.Ingest;

/// <summary>
/// The <c>ingest_log.rejected_reasons</c> text: a JSON object of reason → lines (NMEA) or rows (CSV), reasons with no
/// count left out. Public so a caller that decodes the file itself (<c>picket analyze</c> feeding <see cref="LiveIngest"/>)
/// logs exactly what <c>picket ingest</c> would.
/// </summary>
public static class RejectedReasons
{
    /// <summary>The NMEA decoder's rejected lines by reason (<see cref="DecodeStatistics.ReasonName"/>).</summary>
    /// <param name="stats">The decoder's counts for one file.</param>
    public static string Json(DecodeStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var sb = new StringBuilder("{");
        foreach (var reason in Enum.GetValues<RejectReason>())
        {
            long n = reason == RejectReason.None ? 0 : stats.Rejected(reason);
            if (n == 0) continue;
            if (sb.Length > 1) sb.Append(',');
            sb.Append('"').Append(DecodeStatistics.ReasonName(reason)).Append("\":").Append(n);
        }
        return sb.Append('}').ToString();
    }

    /// <summary>A CSV reader's rejected rows by reason, reasons in ordinal order.</summary>
    /// <param name="stats">The reader's counts for one file.</param>
    public static string Json(CsvReadStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var sb = new StringBuilder("{");
        foreach (var (reason, n) in stats.Rejected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (sb.Length > 1) sb.Append(',');
            sb.Append('"').Append(System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(reason)).Append("\":").Append(n);
        }
        return sb.Append('}').ToString();
    }
}
