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
