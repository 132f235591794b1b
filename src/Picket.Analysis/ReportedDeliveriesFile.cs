using System.Globalization;
using Picket.Core.Assessment;

namespace Picket.Analysis;

/// <summary>
/// <c>--reported</c>: officially reported deliveries as CSV <c>year,barrels[,source]</c> with a header line. Read before
/// the analysis so that a mistyped path fails at once, not after all the work; lines that do not parse are counted.
/// </summary>
internal static class ReportedDeliveriesFile
{
    public static IReadOnlyList<ReportedDeliveries> Read(string? path, Action<string> notice)
    {
        if (path == null) return [];
        if (Directory.Exists(path)) throw AnalysisException.Input($"--reported {path} is a directory, not a CSV file");
        if (!File.Exists(path)) throw AnalysisException.Input($"--reported {path}: no such file");
        var rows = new List<ReportedDeliveries>();
        int bad = 0;
        try
        {
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                var parts = line.Split(',');
                if (parts.Length >= 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int year) && year is >= 1900 and <= 2200
                    && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double barrels) && double.IsFinite(barrels) && barrels >= 0)
                    rows.Add(new ReportedDeliveries(year, barrels, parts.Length > 2 ? parts[2] : "reported"));
                else bad++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw AnalysisException.Input($"cannot read --reported {path}: {e.Message}", e);
        }
        if (bad > 0) notice($"--reported {path}: {bad} line(s) skipped (expected year,barrels[,source])");
        return rows;
    }
}
