using Picket.Core.Assessment;
using Picket.Core.Ports;
using Picket.Reporting.GeoJson;
using Picket.Reporting.Html;
using Picket.Reporting.Kml;

namespace Picket.Analysis;

/// <summary>The outputs for people and GIS tools: <c>report.html</c>, <c>map.geojson</c>, <c>map.kml</c>, each written whole or not at all.</summary>
internal sealed class ReportOutputs(AnalysisRequest request, AnalysisResult result, TimeProvider time)
{
    public void Write(EvidenceEvents collected, IReadOnlyList<ReportVessel> vessels, IReadOnlyList<Delivery> deliveries,
        IReadOnlyList<ReportedDeliveries> reported, IReadOnlyList<ReportCompany> companies, Action<string> phase)
    {
        string dir = request.OutputDirectory;
        if ((request.Outputs & AnalysisOutputs.Report) != 0)
        {
            var model = new ReportModel
            {
                Title = request.Title,
                Generated = time.GetUtcNow(),
                Inputs = request.Inputs.Select(Path.GetFileName).OfType<string>().ToList(),
                Reproduce = request.CommandLine,
                Events = collected.Events,
                RoutinePortCalls = collected.RoutinePortCalls,
                Vessels = vessels,
                Ports = PortTable.Default.Ports.Select(p => new ReportPort(p.Name, p.Country, p.Lat, p.Lon, p.IsDprk)).ToList(),
                CapTable = CapAccounting.ByYear(deliveries, reported),
                Summary = result.Summary.ForReport(),
                Companies = companies,
            };
            AtomicFile.WriteText(Path.Combine(dir, "report.html"), html => HtmlReportWriter.Write(html, model));
        }
        phase("report");
        if ((request.Outputs & AnalysisOutputs.MapGeoJson) != 0)
            AtomicFile.Write(Path.Combine(dir, "map.geojson"), geo => GeoJsonMapWriter.Write(geo, vessels, collected.Events));
        if ((request.Outputs & AnalysisOutputs.MapKml) != 0)
            AtomicFile.WriteText(Path.Combine(dir, "map.kml"), kml => KmlMapWriter.Write(kml, vessels, collected.Events));
    }
}
