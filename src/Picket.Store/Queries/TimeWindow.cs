using System.Globalization;

namespace Picket.Store.Queries;

/// <summary>A half-open UTC time window [From, To); either end may be open.</summary>
/// <param name="From">The first instant inside (UTC); null for no lower bound.</param>
/// <param name="To">The first instant past the end (UTC); null for no upper bound.</param>
public readonly record struct TimeWindow(DateTime? From, DateTime? To)
{
    /// <summary>No bound at either end.</summary>
    public static readonly TimeWindow All = new(null, null);

    /// <summary>Parses an ISO 8601 date or date-time (UTC assumed when no offset is given).</summary>
    public static bool TryParseTime(string? text, out DateTime? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            return false;
        time = t.UtcDateTime;
        return true;
    }

    /// <summary>
    /// Parses a window from its two ends (each an ISO 8601 date or date-time, or empty for an open end); false, with
    /// the reason, when an end does not parse or the start is not before the end. Hosts name the options in their own
    /// words (<paramref name="fromName"/>, <paramref name="toName"/>: <c>--from</c> on the command line, <c>from</c> in a URL).
    /// </summary>
    /// <param name="from">The start, or null/empty for none.</param>
    /// <param name="to">The end (excluded), or null/empty for none.</param>
    /// <param name="window">The window; <see cref="All"/> when parsing fails.</param>
    /// <param name="error">Why it failed, naming the options as the host calls them; null on success.</param>
    /// <param name="fromName">What the host calls the start.</param>
    /// <param name="toName">What the host calls the end.</param>
    public static bool TryParse(string? from, string? to, out TimeWindow window, out string? error, string fromName = "from", string toName = "to")
    {
        window = All;
        error = null;
        if (!TryParseTime(from, out var f) || !TryParseTime(to, out var t))
        {
            error = $"{fromName}/{toName} take an ISO 8601 date or time, e.g. 2018-03-01 or 2018-03-01T06:00:00Z";
            return false;
        }
        if (f != null && t != null && f >= t)
        {
            error = $"{fromName} must be before {toName}";
            return false;
        }
        window = new TimeWindow(f, t);
        return true;
    }

    /// <summary>A SQL predicate on a TIMESTAMP column: the value lies in the window.</summary>
    internal string Sql(string column)
    {
        var parts = new List<string>();
        if (From is { } f) parts.Add($"{column} >= {Literal(f)}");
        if (To is { } t) parts.Add($"{column} < {Literal(t)}");
        return parts.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", parts) + ")";
    }

    /// <summary>A SQL predicate for an interval [start, end] overlapping the window.</summary>
    internal string OverlapSql(string start, string end)
    {
        var parts = new List<string>();
        if (From is { } f) parts.Add($"coalesce({end}, {start}) >= {Literal(f)}");
        if (To is { } t) parts.Add($"{start} < {Literal(t)}");
        return parts.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", parts) + ")";
    }

    internal static string Literal(DateTime t) =>
        "TIMESTAMP '" + t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "'";
}
