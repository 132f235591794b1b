namespace Picket.Screening.Companies;

/// <summary>
/// One edge of the company graph: a ship, the role a company plays for it, and when. <see cref="VesselKey"/> is
/// <c>imo:NNNNNNN</c> when the hull's IMO number is known, else the list entry id of the vessel. Dates are whole days
/// (registries record changes of owner or manager by day); null means open.
/// </summary>
/// <param name="VesselKey">The hull: <c>imo:</c> and its IMO number, or the list entry id of the vessel.</param>
/// <param name="Role">The role the company plays.</param>
/// <param name="CompanyKey">The company node's key (<see cref="CompanyGraph.Company"/>).</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Source">Where the edge was read: a list entry (<c>ofac-24508 Linked To</c>) or a registry line.</param>
public readonly record struct VesselCompanyLink(
    string VesselKey, CompanyRole Role, string CompanyKey, DateOnly? From, DateOnly? To, string Source)
{
    /// <summary>True when the link held at some time within [<paramref name="from"/>, <paramref name="to"/>] (inclusive days).</summary>
    public bool Overlaps(DateOnly from, DateOnly to) =>
        (From is not { } f || f <= to) && (To is not { } t || t >= from);

    /// <summary>The vessel key of a hull with IMO number <paramref name="imoDigits"/>.</summary>
    /// <param name="imoDigits">Seven digits, without the "IMO" prefix.</param>
    public static string ImoKey(string imoDigits) => "imo:" + imoDigits;
}
