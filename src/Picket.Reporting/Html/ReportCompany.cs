namespace Picket.Reporting.Html;

/// <summary>A listed company in the report: its list entries and every ship it stands behind.</summary>
/// <param name="Key">The company's key (its list entry id), the same for every ship.</param>
/// <param name="Name">The company's name as the list gives it. Untrusted.</param>
/// <param name="ListEntries">Its list entries, one line each (list, id, name).</param>
/// <param name="Ships">The ships it stands behind.</param>
public sealed record ReportCompany(string Key, string Name, IReadOnlyList<string> ListEntries, IReadOnlyList<ReportCompanyShip> Ships);

/// <summary>
/// A ship of a company: the role (by the company's own name or a registry's spelling of it), the dates, where read,
/// and, when the ship was seen in the input, its MMSI and risk.
/// </summary>
/// <param name="VesselKey">The hull: <c>imo:</c> and its IMO number, or the list entry id of the vessel.</param>
/// <param name="Name">The ship's name, from the input or the list; null if neither gives one.</param>
/// <param name="Mmsi">The MMSI it was seen under; null when not seen in the input.</param>
/// <param name="Role">The role's name (<c>registered_owner</c>, <c>ship_manager</c>, …).</param>
/// <param name="CompanyAsWritten">The company as the registry or list writes it.</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Source">Where the link was read: a registry line or a list entry.</param>
/// <param name="Risk">The ship's risk score; null when not seen.</param>
/// <param name="HighRisk">Whether that score reached the high-risk threshold.</param>
public sealed record ReportCompanyShip(string VesselKey, string? Name, uint? Mmsi, string Role, string CompanyAsWritten,
    DateOnly? From, DateOnly? To, string Source, double? Risk, bool HighRisk);
