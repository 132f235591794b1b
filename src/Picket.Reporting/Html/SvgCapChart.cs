using System.Text;
using Picket.Core.Assessment;

namespace Picket.Reporting.Html;

/// <summary>Bars per year for each load scenario against the 500,000-barrel cap (a dashed line), as inline SVG.</summary>
internal static class SvgCapChart
{
    private const int Width = 640, Height = 260, Left = 70, Bottom = 30, Top = 10;

    public static string Render(IReadOnlyList<CapYear> years)
    {
        if (years.Count == 0) return "<p>No deliveries to DPRK ports were found in this data.</p>";
        double max = Math.Max(CapAccounting.AnnualCapBarrels * 1.2, years.SelectMany(y => y.Scenarios.Select(s => (double)s.Barrels)).Max() * 1.1);
        double Y(double v) => Height - Bottom - v / max * (Height - Top - Bottom);
        double groupWidth = (Width - Left - 10.0) / years.Count;
        double barWidth = groupWidth / (CapAccounting.LoadScenarios.Count + 1);
        var svg = new StringBuilder($"<svg id=\"cap-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Deliveries against the cap\">");
        for (int i = 0; i < years.Count; i++)
        {
            var y = years[i];
            for (int k = 0; k < y.Scenarios.Count; k++)
            {
                var (load, barrels, _) = y.Scenarios[k];
                double x = Left + i * groupWidth + (k + 0.5) * barWidth;
                svg.Append($"<rect class=\"bar s{k}\" x=\"{Html.N(x, "0.#")}\" y=\"{Html.N(Y(barrels), "0.#")}\" width=\"{Html.N(barWidth * 0.9, "0.#")}\" height=\"{Html.N(Height - Bottom - Y(barrels), "0.#")}\"><title>{y.Year} at {Html.N(load * 100, "0")} % load: {barrels:N0} bbl</title></rect>");
            }
            if (y.ReportedBarrels is double reported)
                svg.Append($"<rect class=\"bar reported\" x=\"{Html.N(Left + i * groupWidth + (y.Scenarios.Count + 0.5) * barWidth, "0.#")}\" y=\"{Html.N(Y(reported), "0.#")}\" width=\"{Html.N(barWidth * 0.9, "0.#")}\" height=\"{Html.N(Height - Bottom - Y(reported), "0.#")}\"><title>{y.Year} officially reported: {reported:N0} bbl</title></rect>");
            svg.Append($"<text x=\"{Html.N(Left + (i + 0.5) * groupWidth, "0")}\" y=\"{Height - 10}\" text-anchor=\"middle\">{y.Year}</text>");
        }
        svg.Append($"<line class=\"cap\" x1=\"{Left}\" x2=\"{Width}\" y1=\"{Html.N(Y(CapAccounting.AnnualCapBarrels), "0.#")}\" y2=\"{Html.N(Y(CapAccounting.AnnualCapBarrels), "0.#")}\"/>");
        svg.Append($"<text x=\"2\" y=\"{Html.N(Y(CapAccounting.AnnualCapBarrels) + 4, "0")}\">cap 500k</text></svg>");
        return svg.ToString();
    }
}
