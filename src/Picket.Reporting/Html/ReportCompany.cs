namespace Picket.Reporting.Html;

/// <summary>A listed company in the report: its list entries and every ship it stands behind.</summary>
public sealed record ReportCompany(string Key, string Name, IReadOnlyList<string> ListEntries, IReadOnlyList<ReportCompanyShip> Ships);

/// <summary>
/// A ship of a company: the role (by the company's own name or a registry's spelling of it), the dates, where read,
/// and, when the ship was seen in the input, its MMSI and risk.
/// </summary>
public sealed record ReportCompanyShip(string VesselKey, string? Name, uint? Mmsi, string Role, string CompanyAsWritten,
    DateOnly? From, DateOnly? To, string Source, double? Risk, bool HighRisk);
