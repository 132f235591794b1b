using System.Globalization;
using System.Text.Json;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Support;

/// <summary>One line of the gpsdio-segment test tracks: a fix plus GFW's segment label when the file has one.</summary>
internal sealed record GfwFix(VesselFix Fix, string? Label);

internal static class GfwTrack
{
    /// <summary>Reads a JSON-lines track; rows without a position (static messages in the GFW files) are skipped and counted.</summary>
    public static List<GfwFix> Read(string path, string? labelField, out int skipped)
    {
        var list = new List<GfwFix>();
        skipped = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (!TryDouble(r, "lat", out var lat) || !TryDouble(r, "lon", out var lon))
            {
                skipped++;
                continue;
            }
            var time = ParseTime(r.GetProperty("timestamp").GetString()!);
            double? speed = TryDouble(r, "speed", out var s) ? s : null;
            double? course = TryDouble(r, "course", out var c) ? c : null;
            var mmsi = new Mmsi(r.GetProperty("ssvid").GetUInt32());
            string? label = labelField is not null && r.TryGetProperty(labelField, out var l) ? l.GetString() : null;
            list.Add(new GfwFix(new VesselFix(mmsi, time, lat, lon, speed, course), label));
        }
        // The course is 0 on every row of these fixtures (and speed too in 416000000): a placeholder, not a
        // measurement. Fed as a real course it would dead-reckon every moving ship due north.
        if (list.All(f => f.Fix.Cog is null or 0))
            list = [.. list.Select(f => f with { Fix = f.Fix with { Cog = null } })];
        if (list.All(f => f.Fix.Sog is null or 0))
            list = [.. list.Select(f => f with { Fix = f.Fix with { Sog = null } })];
        // Files are not all in time order; the comparison needs one order for both segmenters.
        return [.. list.OrderBy(f => f.Fix.Time)];
    }

    private static bool TryDouble(JsonElement r, string name, out double value)
    {
        value = 0;
        return r.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out value);
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text.Replace(' ', 'T').TrimEnd('Z') + "Z", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
