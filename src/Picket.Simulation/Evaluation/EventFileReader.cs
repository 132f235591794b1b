using System.Text;
using Picket.Core.Events;

namespace Picket.Simulation.Evaluation;

/// <summary>
/// Reads an events file (JSON Lines, ARCHITECTURE.md §Event format) for scoring, through Core's
/// <see cref="JsonLinesEventReader"/>: lines that are not an event object with a type, start, end and at least one
/// vessel MMSI are counted as bad, never thrown; blank lines are skipped; a line without an id is named by its number.
/// The truth's own labels (<c>evidence.observable</c>, <c>evidence.scenario</c>) are read from its evidence as written.
/// </summary>
public static class EventFileReader
{
    /// <summary>What a read gave: the events, and a count of the lines that were not events.</summary>
    public sealed class Result
    {
        /// <summary>The events, in file order, with start and end swapped where a line had them reversed.</summary>
        public List<ScoredEvent> Events { get; } = [];
        /// <summary>Lines that were not an event object (bad JSON, no type, start, end or vessel).</summary>
        public int BadLines { get; internal set; }
        /// <summary>The first bad line's number and reason, for the message; null when none was bad.</summary>
        public string? FirstProblem { get; internal set; }
    }

    /// <summary>Reads the whole text (for small inputs and tests; <see cref="Read(string)"/> streams a file).</summary>
    public static Result Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd()));
        return Read(stream);
    }

    /// <summary>Reads an events file, streaming it.</summary>
    /// <param name="path">A JSON Lines file (UTF-8).</param>
    public static Result Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads events from <paramref name="stream"/> to its end; the stream is left open.</summary>
    /// <param name="stream">UTF-8 JSON Lines.</param>
    public static Result Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new JsonLinesEventReader(stream) { RequireId = false, TypedEvidence = false };
        var result = new Result();
        foreach (var e in reader.ReadAll())
        {
            var labels = e.Evidence as Evidence;
            var (start, end) = e.End < e.Start ? (e.End, e.Start) : (e.Start, e.End);
            result.Events.Add(new ScoredEvent(e.Id, e.Type.ToWireName(), start, end, e.Vessels.Select(v => v.Mmsi.Value).ToList(),
                labels?["observable"] is not false, labels?["scenario"] as string) { Links = Links(labels) });
        }
        result.BadLines = (int)Math.Min(int.MaxValue, reader.BadLines);
        result.FirstProblem = reader.FirstProblem;
        return result;
    }

    /// <summary>
    /// A chain's links (<c>evidence.links</c>, one object per role), from the detected and the planted file alike; a link
    /// without a type, valid times and a hull is skipped (the chain then lacks it and cannot match).
    /// </summary>
    private static List<ScoredLink> Links(Evidence? labels)
    {
        var links = new List<ScoredLink>();
        if (labels?["links"] is not Evidence all) return links;
        foreach (var (role, value) in all.Items)
        {
            if (value is not Evidence l || l["type"] is not string type) continue;
            if (!TryTime(l["start"], out var start) || !TryTime(l["end"], out var end)) continue;
            if (l["mmsi"] is not long mmsi || mmsi is <= 0 or > uint.MaxValue) continue;
            uint? partner = l["partner_mmsi"] is long p && p is > 0 and <= uint.MaxValue ? (uint)p : null;
            links.Add(new ScoredLink(role, type, start, end, (uint)mmsi, l["locode"] as string, partner));
        }
        return links;
    }

    private static bool TryTime(object? value, out DateTimeOffset time)
    {
        time = default;
        return value is string text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out time);
    }
}
