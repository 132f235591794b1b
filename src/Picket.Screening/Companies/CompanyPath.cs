using System.Globalization;

namespace Picket.Screening.Companies;

/// <summary>
/// Why a ship leads to a listed company: vessel → <see cref="Role"/> → <see cref="Company"/> → <see cref="Entry"/>,
/// with the dates the role held and where the link was read.
/// </summary>
/// <param name="Role">The role the company plays for the ship.</param>
/// <param name="Company">The company.</param>
/// <param name="Entry">The list entry the company answers to.</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Source">Where the link was read: a registry line or a list entry.</param>
public sealed record CompanyPath(CompanyRole Role, CompanyNode Company, CompanyListMatch Entry, DateOnly? From, DateOnly? To, string Source)
{
    /// <summary>"ship_manager → PROFINET PTE LTD → OfacSdn ofac-24516 "PROFINET PTE. LTD." (0.97)", for reasons and reports.</summary>
    public string Describe()
    {
        var dates = From is null && To is null ? "" : $" [{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}]";
        return $"{CompanyRoles.Name(Role)} → {Company.Name} → {Entry.List} {Entry.EntryId} \"{Entry.EntryName}\" ({Entry.Score:0.00}){dates}";
    }
}
