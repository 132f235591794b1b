namespace Picket.Screening.Model;

/// <summary>
/// The kind of thing a list entry describes, after FollowTheMoney's schemata
/// (followthemoney/schema/*.yaml). <see cref="LegalEntity"/> is the parent of
/// <see cref="Person"/>, <see cref="Organization"/> and <see cref="Company"/>.
/// </summary>
public enum EntitySchema
{
    /// <summary>A person or organisation, not said which (FtM <c>LegalEntity</c>; UN and OFAC entities often are).</summary>
    LegalEntity = 0,
    /// <summary>A natural person (FtM <c>Person</c>).</summary>
    Person = 1,
    /// <summary>An organisation that is not a registered company: a ministry, a bank department, a group (FtM <c>Organization</c>).</summary>
    Organization = 2,
    /// <summary>A registered company (FtM <c>Company</c>).</summary>
    Company = 3,
    /// <summary>A ship (FtM <c>Vessel</c>), known by its IMO number, MMSI, call sign and flag.</summary>
    Vessel = 4,
    /// <summary>An aircraft (FtM <c>Airplane</c>).</summary>
    Aircraft = 5,
}

/// <summary>Which schemata can describe the same real-world thing.</summary>
public static class EntitySchemaRules
{
    /// <summary>
    /// True when an entity of <paramref name="candidate"/> schema may be the thing a query of
    /// <paramref name="query"/> schema looks for. Companies and organisations are interchangeable
    /// because lists do not agree on the split (UN and OFAC do not record it at all).
    /// </summary>
    public static bool AreCompatible(EntitySchema query, EntitySchema candidate)
    {
        if (query == candidate || query == EntitySchema.LegalEntity && candidate is not (EntitySchema.Vessel or EntitySchema.Aircraft))
        {
            return true;
        }

        if (candidate == EntitySchema.LegalEntity)
        {
            return query is not (EntitySchema.Vessel or EntitySchema.Aircraft);
        }

        return IsOrganisation(query) && IsOrganisation(candidate);
    }

    static bool IsOrganisation(EntitySchema s) => s is EntitySchema.Organization or EntitySchema.Company;
}
