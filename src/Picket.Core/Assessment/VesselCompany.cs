namespace Picket.Core.Assessment;

/// <summary>
/// A company behind a vessel, listed or not: the role, the company as written, when the role held, where it was read,
/// and the paths to the list entries it answers to (none when unlisted). <see cref="CompanyKey"/> is the same for every
/// ship of the company, so ships under one manager can be shown together.
/// </summary>
/// <param name="Role">"registered_owner", "ship_manager", "ism_manager", "operator" or "linked_to".</param>
/// <param name="CompanyKey">The company's name normalised for grouping.</param>
/// <param name="Company">The company as written.</param>
/// <param name="From">First day the role held, or null when open.</param>
/// <param name="To">Last day the role held, or null when open.</param>
/// <param name="Source">Where the role was read.</param>
/// <param name="Paths">The paths to the list entries the company answers to.</param>
public sealed record VesselCompany(string Role, string CompanyKey, string Company, DateOnly? From, DateOnly? To, string Source,
    IReadOnlyList<CompanyLinkEvidence> Paths)
{
    /// <summary>Whether the company answers to at least one list entry.</summary>
    public bool IsListed => Paths.Count > 0;
}
