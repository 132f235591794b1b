using System.Globalization;

namespace Picket.Core.Assessment;

/// <summary>
/// A path from a vessel to a listed company, as the screening stage found it: vessel → <see cref="Role"/> (registered
/// owner, ship manager, ISM manager, operator, or a list's "Linked To") → <see cref="Company"/> as written → the list
/// entry it answers to, with the dates the role held (null = open) and where the link was read.
/// </summary>
/// <param name="Role">"registered_owner", "ship_manager", "ism_manager", "operator" or "linked_to".</param>
/// <param name="Company">The company as the vessel's record writes it.</param>
/// <param name="ListSource">The list the entry is on (e.g. <c>OfacSdn</c>, <c>UnConsolidated</c>).</param>
/// <param name="EntryId">The entry's id on that list.</param>
/// <param name="EntryName">The entry's primary name.</param>
/// <param name="Score">How surely the company is the list entry: 1 when the list names it, else the name match score.</param>
/// <param name="From">First day the role held, or null when open.</param>
/// <param name="To">Last day the role held, or null when open.</param>
/// <param name="Source">Where the link was read (a registry file, a list's "Linked To").</param>
public sealed record CompanyLinkEvidence(
    string Role, string Company, string ListSource, string EntryId, string EntryName, double Score,
    DateOnly? From, DateOnly? To, string Source)
{
    /// <summary>The path in words: <c>ship_manager → Profinet Pte Ltd → OfacSdn ofac-24516 "PROFINET PTE. LTD." (1.00)</c>.</summary>
    public string Path => $"{Role} → {Company} → {ListSource} {EntryId} \"{EntryName}\" ({Score.ToString("0.00", CultureInfo.InvariantCulture)}){Dates}";

    private string Dates => From is null && To is null ? ""
        : $" from {From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    /// <summary>Whether the role held at some time in [<paramref name="start"/>, <paramref name="end"/>].</summary>
    public bool HeldDuring(DateTimeOffset start, DateTimeOffset end) =>
        (From is not { } f || f <= DateOnly.FromDateTime(end.UtcDateTime)) && (To is not { } t || t >= DateOnly.FromDateTime(start.UtcDateTime));

    /// <summary>Whether the role is registered ownership, to which OFAC's 50 % rule applies.</summary>
    public bool IsOwnership => Role == "registered_owner";
}
