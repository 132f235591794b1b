using System.Globalization;
using System.Net;

namespace Picket.Cli.Report;

/// <summary>Escaping for text that came from AIS or a list: every such string goes through here before it reaches the page.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string N(double v, string format = "0.###") => v.ToString(format, CultureInfo.InvariantCulture);

    public static string T(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
