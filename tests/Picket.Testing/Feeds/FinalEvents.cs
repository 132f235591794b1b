using System.Text.Json;
using Xunit;

namespace Picket.Testing.Feeds;

/// <summary>
/// The events a file finally says, by id: a live watch appends an event again when it learns more (a gap reported open
/// while the vessel is silent, closed when it reappears, under the same id), so the last line of each id is its answer.
/// </summary>
public static class FinalEvents
{
    public static Dictionary<string, string> Read(string path)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            byId[doc.RootElement.GetProperty("id").GetString()!] = line;
        }
        return byId;
    }

    /// <summary>Ids written more than once (what "none duplicated" forbids beyond an open gap closed later).</summary>
    public static List<string> Repeated(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)
            .GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key)];

    /// <summary>
    /// The final events of a watch's <c>events.jsonl</c>, after checking that an id written twice is a gap reported open
    /// and closed later, nothing else (a resumed watch must not write an event again).
    /// </summary>
    public static Dictionary<string, string> ReadWatched(string path)
    {
        var final = Read(path);
        Assert.All(Repeated(path), id => Assert.Contains("\"type\":\"gap\"", final[id], StringComparison.Ordinal));
        return final;
    }

    /// <summary>A gap reported open (the vessel still silent when the watch stopped): live only, the end of a file is no gap.</summary>
    public static bool IsOpenGap(string line) => line.Contains("\"type\":\"gap\"", StringComparison.Ordinal)
        && JsonDocument.Parse(line).RootElement.GetProperty("evidence").TryGetProperty("still_dark", out var open) && open.ValueKind == JsonValueKind.True;

    /// <summary>Every batch event is in the live answer with the same line; the live answer adds only open gaps.</summary>
    public static void AssertSame(Dictionary<string, string> batch, Dictionary<string, string> live)
    {
        var missing = batch.Keys.Where(id => !live.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} batch events missing live, e.g. {(missing.Count > 0 ? batch[missing[0]] : "")}");
        var differing = batch.Keys.Where(id => live[id] != batch[id]).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} events differ, e.g.\nbatch {(differing.Count > 0 ? batch[differing[0]] : "")}\nlive  {(differing.Count > 0 ? live[differing[0]] : "")}");
        var extra = live.Where(p => !batch.ContainsKey(p.Key) && !IsOpenGap(p.Value)).ToList();
        Assert.True(extra.Count == 0, $"{extra.Count} live events not in batch, e.g. {(extra.Count > 0 ? extra[0].Value : "")}");
    }
}
