using System.Diagnostics;
using System.Globalization;

namespace Picket.Bench.Detect;

/// <summary>
/// Runs another build of this benchmark (an older commit, built with <c>dotnet build -c Release -o DIR</c>) on the same
/// arguments and reads its result table, so a change is judged against its peer on the same machine under the same
/// load: it runs once before and once half-way through this process's own measurement (which then takes twice the repeats), and the better of its two runs counts.
/// </summary>
internal static class PeerRun
{
    /// <summary>Per scale ("1x", …): the peer's tracks-only and tracks + detectors ns per message; null when it failed.</summary>
    public static Dictionary<string, (double Tracks, double Total)>? Measure(string peerDll, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(peerDll);
        // A build from before the one benchmark host is its own program (Picket.Bench.Detect.dll); a later one is this
        // host, which needs the command's name first.
        if (string.Equals(Path.GetFileName(peerDll), "Picket.Bench.dll", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add("detect-scaling");
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start);
        if (process is null)
            return null;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            return null;
        var rows = new Dictionary<string, (double, double)>();
        foreach (var line in output.Split('\n'))
        {
            // | 1x | 500 | 88000 | 292 | 476 (100 %) | …
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 6 || !cells[1].EndsWith('x') || !double.TryParse(cells[4], CultureInfo.InvariantCulture, out var tracks))
                continue;
            var total = cells[5].Split(' ')[0];
            if (double.TryParse(total, CultureInfo.InvariantCulture, out var t))
                rows[cells[1]] = (tracks, t);
        }
        return rows;
    }

    public static Dictionary<string, (double Tracks, double Total)>? Best(
        Dictionary<string, (double Tracks, double Total)>? a, Dictionary<string, (double Tracks, double Total)>? b)
    {
        if (a is null || b is null)
            return a ?? b;
        var best = new Dictionary<string, (double, double)>();
        foreach (var (k, v) in a)
            best[k] = b.TryGetValue(k, out var w) ? (Math.Min(v.Tracks, w.Tracks), Math.Min(v.Total, w.Total)) : v;
        return best;
    }
}
