using Picket.Core.Events;
using Picket.Store.Queries;

namespace Picket.Web.Hosting;

/// <summary>Parses the query-string parameters shared by several endpoints; false with a message for a 400.</summary>
internal static class QueryParameters
{
    /// <summary>The <c>from</c>/<c>to</c> window of a request (ISO 8601; the start before the end).</summary>
    public static bool TryWindow(string? from, string? to, out TimeWindow window, out string? error) =>
        TimeWindow.TryParse(from, to, out window, out error);

    public static bool TryBox(string? bbox, out BoundingBox? box, out string? error)
    {
        box = null;
        error = null;
        if (string.IsNullOrWhiteSpace(bbox)) return true;
        if (!BoundingBox.TryParse(bbox, out var b, out error))
        {
            error = error?.Replace("--bbox", "bbox", StringComparison.Ordinal);
            return false;
        }
        box = b;
        return true;
    }

    public static bool TryTypes(string? types, out IReadOnlyList<EventType> parsed, out string? error)
    {
        error = null;
        var list = new List<EventType>();
        parsed = list;
        foreach (var name in (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EventTypeNames.TryParse(name, out var t))
            {
                error = $"unknown event type '{Trim(name)}' (known: {string.Join(", ", Enum.GetValues<EventType>().Select(e => e.ToWireName()))})";
                return false;
            }
            list.Add(t);
        }
        return true;
    }

    /// <summary>Echoes at most 40 characters of bad input back, so an error answer cannot be made huge.</summary>
    public static string Trim(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
