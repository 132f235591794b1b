namespace Picket.Core.Assessment;

/// <summary>
/// A company behind a vessel, listed or not: the role, the company as written, when the role held, where it was read,
/// and the paths to the list entries it answers to (none when unlisted). <see cref="CompanyKey"/> is the same for every
/// ship of the company, so ships under one manager can be shown together.
/// </summary>
public sealed record VesselCompany(string Role, string CompanyKey, string Company, DateOnly? From, DateOnly? To, string Source,
    IReadOnlyList<CompanyLinkEvidence> Paths)
{
    public bool IsListed => Paths.Count > 0;
}
