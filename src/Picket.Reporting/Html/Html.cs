using System.Globalization;
using System.Net;

namespace Picket.Reporting.Html;

/// <summary>Escaping for text that came from AIS or a list: every such string goes through here before it reaches the page.</summary>
internal static class Html
{
    /// <summary>HTML-encoded, with controls and bidi/format characters (e.g. U+202E) shown as U+FFFD so a name cannot reorder the text after it.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(DisplayText.Printable(text));

    public static string N(double v, string format = "0.###") => v.ToString(format, CultureInfo.InvariantCulture);

    public static string T(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
