using Picket.Core.Vessels;
using Picket.Reporting.Html;

namespace Picket.Analysis;

/// <summary>
/// Each vessel's reported draught over time for the report's timeline: a point only when the value changes by 5 cm or
/// more, so a vessel repeating its draught every six minutes costs one point, not thousands.
/// </summary>
internal sealed class DraughtHistory
{
    private readonly Dictionary<uint, List<DraughtPoint>> _points = [];

    public void Add(in IdentityReport report)
    {
        if (report.DraughtMetres is not double d) return;
        if (!_points.TryGetValue(report.Mmsi.Value, out var list)) _points[report.Mmsi.Value] = list = [];
        if (list.Count == 0 || Math.Abs(list[^1].Metres - d) >= 0.05) list.Add(new DraughtPoint(report.Time, d));
    }

    public IReadOnlyList<DraughtPoint> Of(uint mmsi) => _points.TryGetValue(mmsi, out var list) ? list : [];
}
