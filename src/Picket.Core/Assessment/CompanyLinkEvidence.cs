using System.Globalization;

namespace Picket.Core.Assessment;

/// <summary>
/// A path from a vessel to a listed company, as the screening stage found it: vessel → <see cref="Role"/> (registered
/// owner, ship manager, ISM manager, operator, or a list's "Linked To") → <see cref="Company"/> as written → the list
/// entry it answers to, with the dates the role held (null = open) and where the link was read.
/// </summary>
/// <param name="Role">"registered_owner", "ship_manager", "ism_manager", "operator" or "linked_to".</param>
/// <param name="Score">How surely the company is the list entry: 1 when the list names it, else the name match score.</param>
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

    public bool IsOwnership => Role == "registered_owner";
}
